import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { po, type GetTextTranslation } from 'gettext-parser';
import { currentReviews } from '@core/i18n/confidence';
import { englishFor, exportLanguage, importLanguage, loadStrings, sha256 } from '../../../scripts/i18n/exchange.ts';

/**
 * The translators' round trip (npm run i18n:export / i18n:import) on a copy of
 * the catalogs: export → edit in the PO file → import changes exactly the
 * edited strings, records who reviewed which string against which English,
 * and refuses entries that break keys, placeholders or markers.
 */
let root: string;
const LNG = 'fr';
const DATE = '2026-12-05';

type Entry = GetTextTranslation & { msgctxt: string };
function entries(text: string): Entry[] {
  return Object.values(po.parse(text).translations)
    .flatMap((byId) => Object.values(byId))
    .filter((e): e is Entry => Boolean(e.msgctxt));
}

// One export of the untouched catalogs, parsed once (PO parsing is slow on a busy machine).
let exported: string;
let exportedEntries: Entry[];
beforeAll(() => {
  exported = exportLanguage(path.resolve('locales'), LNG, { date: DATE });
  exportedEntries = entries(exported);
}, 60_000);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'wegwijs-i18n-'));
  cpSync(path.resolve('locales'), root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Edits the PO text as a translator's tool would: one entry's msgstr, or its fuzzy flag. */
const ctx = (key: string) => `msgctxt ${JSON.stringify(key)}\n`;
function unfuzzy(text: string, key: string): string {
  const out = text.replace(`#, fuzzy\n${ctx(key)}`, ctx(key));
  expect(out).not.toBe(text);
  return out;
}
function setText(text: string, key: string, value: string): string {
  const at = text.indexOf(ctx(key));
  const line = text.indexOf('\nmsgstr ', at);
  const end = text.indexOf('\n', line + 1);
  return `${text.slice(0, line)}\nmsgstr ${JSON.stringify(value)}${text.slice(end)}`;
}
const meta = () => JSON.parse(readFileSync(path.join(root, LNG, 'meta.json'), 'utf8'));

describe('i18n export', () => {
  it('holds every string of the language once: key as context, English source, current text, fuzzy until reviewed', () => {
    const en = loadStrings(root, 'en');
    const mine = loadStrings(root, LNG);
    const list = exportedEntries;
    expect(list.map((e) => e.msgctxt).sort()).toEqual([...mine.keys()].sort());
    for (const e of list) {
      expect(e.msgid).toBe(englishFor(en, e.msgctxt));
      expect(e.msgstr).toEqual([mine.get(e.msgctxt)]);
      expect(e.comments?.flag).toBe('fuzzy');
      expect(e.comments?.reference).toBe(`locales/${LNG}/${e.msgctxt.split(':')[0]}.json`);
    }
  });

  it('shows the termbase entries that apply, including the "no later than" phrase on deadlines', () => {
    const tb = JSON.parse(readFileSync(path.join(root, 'termbase.json'), 'utf8'));
    const list = exportedEntries;
    const deadline = list.find((e) => /at the latest/.test(e.msgid));
    expect(deadline?.comments?.extracted).toContain(`no-later-than: ${tb.noLaterThan.phrases[LNG].term}`);
    const lawyer = list.find((e) => /\blawyer\b/.test(e.msgid));
    const term = tb.concepts.find((c: { id: string }) => c.id === 'lawyer').terms[LNG].term;
    expect(lawyer?.comments?.extracted).toContain(`lawyer: ${term}`);
  });

  it("carries the language's style note (how to address the reader) in the file header, for the translator", () => {
    const note = 'Address the reader without a gender: impersonal forms.';
    const file = path.join(root, LNG, 'meta.json');
    writeFileSync(file, JSON.stringify({ ...meta(), styleNote: note }, null, 2));
    expect(po.parse(exportLanguage(root, LNG, { date: DATE })).headers['X-Wegwijs-Style-Note']).toBe(note);
    expect(po.parse(exported).headers['X-Wegwijs-Style-Note']).toBeUndefined();
  });
});

describe('i18n import', { timeout: 30_000 }, () => {
  it('changes exactly the edited strings and records the review with the hash of the English it was checked against', () => {
    const before = loadStrings(root, LNG);
    const [edited, reviewed] = exportedEntries.filter((e) => !/\{\{|\[\[/.test(e.msgid));
    const edit = unfuzzy(setText(exported, edited!.msgctxt, `${edited!.msgstr[0]} (modifié)`), reviewed!.msgctxt);
    const result = importLanguage(root, edit, { date: DATE, reviewer: 'Test Reviewer' });
    expect(result.errors).toEqual([]);
    expect(result.changed).toEqual([edited!.msgctxt]);
    expect(result.reviewed).toEqual([reviewed!.msgctxt]);

    const after = loadStrings(root, LNG);
    const differs = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(differs).toEqual([edited!.msgctxt]);
    expect(after.get(edited!.msgctxt)).toBe(`${before.get(edited!.msgctxt)} (modifié)`);
    expect(meta().reviews).toEqual({ [reviewed!.msgctxt]: { by: 'Test Reviewer', date: DATE, source: sha256(reviewed!.msgid) } });

    // A second export offers the reviewed string without the fuzzy flag, with its reviewer.
    const again = exportLanguage(root, LNG, { date: DATE });
    const block = again.slice(again.lastIndexOf('\n\n', again.indexOf(ctx(reviewed!.msgctxt))), again.indexOf(ctx(reviewed!.msgctxt)));
    expect(block).not.toContain('fuzzy');
    expect(block).toContain('Reviewed by Test Reviewer');
  });

  it('lets a review go stale on its own when the English text changes', () => {
    const [target] = exportedEntries.filter((e) => !/\{\{|\[\[/.test(e.msgid));
    importLanguage(root, unfuzzy(exported, target!.msgctxt), { date: DATE, reviewer: 'R' });
    const hashOf = (r: string) => (key: string) => {
      const s = englishFor(loadStrings(r, 'en'), key);
      return s === undefined ? undefined : sha256(s);
    };
    expect([...currentReviews(meta().reviews, hashOf(root))]).toEqual([target!.msgctxt]);
    // The English source is rewritten: the review no longer holds.
    const [ns, key] = target!.msgctxt.split(':') as [string, string];
    const file = path.join(root, 'en', `${ns}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(JSON.stringify(target!.msgid), JSON.stringify(`${target!.msgid} Now different.`)));
    expect(englishFor(loadStrings(root, 'en'), `${ns}:${key}`)).toBe(`${target!.msgid} Now different.`);
    expect([...currentReviews(meta().reviews, hashOf(root))]).toEqual([]);
  });

  it('refuses entries that break a placeholder or a marker, or name a key the app does not have, and writes none of them', () => {
    const before = loadStrings(root, LNG);
    const withPlaceholder = exportedEntries.find((e) => /\{\{date\}\}/.test(e.msgid))!;
    const withMarker = exportedEntries.find((e) => /\[\[ind\]\]/.test(e.msgid) && !/\{\{/.test(e.msgid))!;
    let broken = setText(exported, withPlaceholder.msgctxt, withPlaceholder.msgstr[0]!.replace('{{date}}', '{{datum}}'));
    broken = setText(broken, withMarker.msgctxt, withMarker.msgstr[0]!.replaceAll('[[ind]]', 'IND'));
    broken += '\nmsgctxt "common:does.not.exist"\nmsgid "Hello"\nmsgstr "Bonjour"\n';
    const result = importLanguage(root, broken, { date: DATE, reviewer: 'R' });
    expect(result.changed).toEqual([]);
    expect(result.errors.map((e) => e.split(':').slice(0, 2).join(':')).sort()).toEqual(
      ['common:does.not.exist', withMarker.msgctxt, withPlaceholder.msgctxt].sort(),
    );
    expect(loadStrings(root, LNG)).toEqual(before);
    expect(meta().reviews).toBeUndefined();
  });

  it('wants to know who reviewed a string it records as reviewed', () => {
    const [one] = exportedEntries;
    const result = importLanguage(root, unfuzzy(exported, one!.msgctxt), { date: DATE });
    expect(result.errors).toHaveLength(1);
    expect(meta().reviews).toBeUndefined();
  });
});
