/**
 * The translators' round trip: one gettext PO file per language (the format
 * Weblate, Pootle, Poedit and most CAT tools read), made and read by
 * gettext-parser.
 *
 * Export: one entry per string. msgctxt is the key ("namespace:key"), msgid
 * the English source, msgstr the current text; the extracted comment (#.) says
 * how the string was made, which termbase entries apply and to keep
 * {{placeholders}} and [[markers]]; the reference (#:) names the catalog file.
 * A string without a current review is flagged fuzzy ("needs review").
 *
 * Import: every entry must name a key the language has, and keep the English
 * placeholders and markers; an entry that does not is refused and reported.
 * Changed texts are written to the catalogs (and nothing else is touched).
 * An entry that is no longer fuzzy counts as reviewed: meta.json records who
 * reviewed it and the SHA-256 of the English it was reviewed against (its
 * msgid), so a later change to the English makes the review stale by itself.
 *
 * Runs under Node 24 (type stripping) from scripts/i18n-export.ts and
 * scripts/i18n-import.ts, and in the tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { flattenCatalog } from '../../core/i18n/catalog.ts';
import { termNotes, type Termbase } from '../../core/i18n/termbase.ts';
import type { StringReview } from '../../core/i18n/confidence.ts';

type Tree = { [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const FUZZY = 'fuzzy';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
const markers = (s: string): string[] => [...s.matchAll(/\[\[([a-z0-9-]+)\]\]/g)].map((m) => m[1] ?? '').sort();

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function writeJson(file: string, data: unknown): void {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** Sets a dotted key inside a catalog tree, in place (the key already exists: order is kept). */
function setIn(tree: Tree, dotted: string, value: string): void {
  const parts = dotted.split('.');
  let node: Tree = tree;
  for (const p of parts.slice(0, -1)) node = node[p] as Tree;
  node[parts.at(-1) as string] = value;
}

function namespaces(root: string): string[] {
  return readdirSync(path.join(root, 'en'))
    .filter((f) => f.endsWith('.json') && f !== 'meta.json')
    .map((f) => f.slice(0, -5))
    .sort();
}

/** All strings of a language as "ns:key" → text. */
export function loadStrings(root: string, lng: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of namespaces(root)) {
    const file = path.join(root, lng, `${ns}.json`);
    if (!existsSync(file)) continue;
    flattenCatalog(readJson<Tree>(file), ns, out);
  }
  return out;
}

/** The English source of a key (a plural form of the language maps to the English "_other"). */
export function englishFor(en: ReadonlyMap<string, string>, key: string): string | undefined {
  return en.get(key) ?? en.get(key.replace(PLURAL, '_other'));
}

interface Meta {
  confidence?: string;
  /** The language's own writing conventions for translators (e.g. how to address the reader), shown in the PO header. */
  styleNote?: string;
  reviews?: Record<string, StringReview>;
  [k: string]: unknown;
}

const NOTE_MADE = {
  'machine-low': 'Machine-drafted; the language review could not vouch for it. Please check the meaning against the English.',
  'machine-good': 'Machine-drafted; judged fit to show as machine-drafted, not yet reviewed by a native speaker.',
  reviewed: 'Reviewed by a native speaker.',
} as Record<string, string>;

const NOTE_KEEP =
  'Keep every {{placeholder}} and [[marker]] exactly as in the English: a [[marker]] shows the official Dutch term and links to its explanation. Plain language (B1), short sentences. A deadline ("by {{date}}", "at the latest") always uses the termbase phrase for "no later than".';

/** The PO file for one language, as text. */
export function exportLanguage(root: string, lng: string, opts: { date: string }): string {
  if (lng === 'en') throw new Error('English is the source language: export a translation (e.g. nl, ar, so).');
  if (!existsSync(path.join(root, lng, 'meta.json'))) throw new Error(`No catalogs for language "${lng}" in ${root}.`);
  const en = loadStrings(root, 'en');
  const mine = loadStrings(root, lng);
  const meta = readJson<Meta>(path.join(root, lng, 'meta.json'));
  const tb = readJson<Termbase>(path.join(root, 'termbase.json'));
  const translations: Record<string, GetTextTranslation> = {};
  for (const [key, text] of mine) {
    const source = englishFor(en, key);
    if (source === undefined) continue;
    const review = meta.reviews?.[key];
    const current = review !== undefined && review.source === sha256(source);
    const notes = [
      current ? `Reviewed by ${review.by} on ${review.date}.` : (NOTE_MADE[meta.confidence ?? ''] ?? 'Not reviewed.'),
      ...termNotes(tb, lng, source).map((n) => `Termbase ${n}`),
      NOTE_KEEP,
    ];
    const ns = key.slice(0, key.indexOf(':'));
    translations[key] = {
      msgctxt: key,
      msgid: source,
      msgstr: [text],
      comments: { extracted: notes.join('\n'), reference: `locales/${lng}/${ns}.json`, ...(current ? {} : { flag: FUZZY }) },
    };
  }
  const table: GetTextTranslations = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': 'Wegwijs',
      Language: lng,
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'POT-Creation-Date': opts.date,
      'X-Wegwijs-Confidence': meta.confidence ?? 'unknown',
      ...(meta.styleNote ? { 'X-Wegwijs-Style-Note': meta.styleNote } : {}),
    },
    translations: Object.fromEntries(Object.entries(translations).map(([key, entry]) => [key, { [entry.msgid]: entry }])),
  };
  return po.compile(table, { foldLength: 0 }).toString('utf8');
}

export interface ImportResult {
  lang: string;
  /** Keys whose text changed in the catalogs. */
  changed: string[];
  /** Keys recorded as reviewed (newly, or against a newer English). */
  reviewed: string[];
  /** Entries refused, with the reason; nothing of them was written. */
  errors: string[];
}

/**
 * Reads a PO file back into the catalogs of its language. `reviewer` names who
 * reviewed the entries that are no longer fuzzy (default: the file's
 * Last-Translator header).
 */
export function importLanguage(root: string, poText: string, opts: { date: string; reviewer?: string }): ImportResult {
  const parsed = po.parse(poText);
  const lng = (parsed.headers.Language ?? '').trim();
  if (!lng || lng === 'en' || !existsSync(path.join(root, lng, 'meta.json'))) {
    throw new Error(`The file's Language header ("${lng}") is not a translated language of this app.`);
  }
  const reviewer = (opts.reviewer ?? parsed.headers['Last-Translator'] ?? '').replace(/\s*<[^>]*>\s*$/, '').trim();
  const en = loadStrings(root, 'en');
  const mine = loadStrings(root, lng);
  const metaFile = path.join(root, lng, 'meta.json');
  const meta = readJson<Meta>(metaFile);
  const reviews: Record<string, StringReview> = { ...(meta.reviews ?? {}) };
  const result: ImportResult = { lang: lng, changed: [], reviewed: [], errors: [] };
  const edits = new Map<string, Map<string, string>>(); // ns → dotted key → text

  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      if (!entry.msgid && !context) continue; // the header
      const key = entry.msgctxt ?? '';
      const text = entry.msgstr[0] ?? '';
      const now = mine.get(key);
      const source = englishFor(en, key);
      if (now === undefined || source === undefined) {
        result.errors.push(`${key || entry.msgid}: no such key in ${lng} (keys are kept as they are)`);
        continue;
      }
      if (!text.trim()) {
        result.errors.push(`${key}: empty translation`);
        continue;
      }
      const optional = (p: string) => PLURAL.test(key) && (p === 'count' || (p === 'value' && /_(one|two)$/.test(key)));
      const want = placeholders(source).filter((p) => !optional(p));
      const have = placeholders(text).filter((p) => !optional(p));
      if (want.join() !== have.join()) {
        result.errors.push(`${key}: placeholders {{${have.join('}}, {{')}}} differ from the English {{${want.join('}}, {{')}}}`);
        continue;
      }
      if (markers(source).join() !== markers(text).join()) {
        result.errors.push(`${key}: markers [[${markers(text).join(']], [[')}]] differ from the English [[${markers(source).join(']], [[')}]]`);
        continue;
      }
      const fuzzy = (entry.comments?.flag ?? '').split(',').map((f) => f.trim()).includes(FUZZY);
      if (text !== now) {
        const ns = key.slice(0, key.indexOf(':'));
        if (!edits.has(ns)) edits.set(ns, new Map());
        edits.get(ns)?.set(key.slice(ns.length + 1), text);
        result.changed.push(key);
        if (fuzzy) delete reviews[key]; // edited, not yet reviewed
      }
      if (!fuzzy) {
        if (!reviewer) {
          result.errors.push(`${key}: marked as reviewed, but who reviewed it? Pass --reviewer "Name" or set Last-Translator.`);
          continue;
        }
        const review = { by: reviewer, date: opts.date, source: sha256(entry.msgid) };
        const old = reviews[key];
        if (!old || old.by !== review.by || old.source !== review.source) {
          reviews[key] = review;
          result.reviewed.push(key);
        }
      }
    }
  }

  for (const [ns, changes] of edits) {
    const file = path.join(root, lng, `${ns}.json`);
    const tree = readJson<Tree>(file);
    for (const [dotted, text] of changes) setIn(tree, dotted, text);
    writeJson(file, tree);
  }
  const before = JSON.stringify(meta.reviews ?? {});
  const sorted = Object.fromEntries(Object.entries(reviews).sort(([a], [b]) => a.localeCompare(b)));
  if (JSON.stringify(sorted) !== before) writeJson(metaFile, { ...meta, reviews: sorted });
  return result;
}
