import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLanguage, isLanguageCode, LANGUAGE_CODES } from '@core/i18n/languages';

/**
 * The catalog checks: every language has exactly the keys of English, with
 * the plural categories of its own language (CLDR, via Intl.PluralRules),
 * the same {{placeholders}} and the same [[glossary]] markers.
 */
const ROOT = path.resolve('locales');
type Tree = { [k: string]: string | Tree };

const locales = readdirSync(ROOT).filter((d) => existsSync(path.join(ROOT, d, 'common.json')));
const namespaces = readdirSync(path.join(ROOT, 'en'))
  .filter((f) => f.endsWith('.json') && f !== 'meta.json')
  .map((f) => f.replace(/\.json$/, ''));

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

function load(lng: string, ns: string): Map<string, string> {
  const file = path.join(ROOT, lng, `${ns}.json`);
  return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree) : new Map();
}

/** The keys a language must have: English keys, with plural keys expanded to the language's own categories. */
function expectedKeys(lng: string, en: Map<string, string>): Set<string> {
  const categories = new Intl.PluralRules(isLanguageCode(lng) ? getLanguage(lng).intl : lng).resolvedOptions().pluralCategories;
  const out = new Set<string>();
  for (const key of en.keys()) {
    if (PLURAL.test(key)) {
      const base = key.replace(PLURAL, '');
      for (const c of categories) out.add(`${base}_${c}`);
    } else out.add(key);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const markers = (s: string) => [...s.matchAll(/\[\[([a-z0-9-]+)\]\]/g)].map((m) => m[1]).sort();

describe('locale catalogs', () => {
  it('has a folder only for languages in the language table', () => {
    for (const lng of locales) expect(LANGUAGE_CODES as string[]).toContain(lng);
  });

  it('has every namespace for every one of the sixteen languages', () => {
    const missing = LANGUAGE_CODES.flatMap((lng) =>
      [...namespaces, 'meta'].filter((ns) => !existsSync(path.join(ROOT, lng, `${ns}.json`))).map((ns) => `${lng}/${ns}.json`),
    );
    expect(missing).toEqual([]);
  });

  for (const lng of locales) {
    describe(lng, () => {
      it('carries honest metadata: who drafted it and whether a native speaker reviewed it', () => {
        const meta = JSON.parse(readFileSync(path.join(ROOT, lng, 'meta.json'), 'utf8'));
        expect(['machine', 'human']).toContain(meta.drafted.by);
        expect(['not-reviewed', 'reviewed']).toContain(meta.review.status);
        if (meta.review.status === 'reviewed') expect(meta.review.by && meta.review.date).toBeTruthy();
      });

      // English is the source the others are compared with: compared with itself only the parts that
      // can fail remain, in one test (every plural form English needs, no empty text).
      if (lng === 'en') {
        it('every namespace: the plural forms English needs, no empty text', () => {
          const problems = namespaces.flatMap((ns) => {
            const en = load('en', ns);
            const missing = [...expectedKeys('en', en)].filter((k) => !en.has(k)).map((k) => `${ns}: ${k} missing`);
            const empty = [...en].filter(([, v]) => !v.trim()).map(([k]) => `${ns}: ${k} empty`);
            return [...missing, ...empty];
          });
          expect(problems).toEqual([]);
        });
        return;
      }

      for (const ns of namespaces) {
        it(`${ns}: exactly the keys of English, plural forms of its own language`, () => {
          const en = load('en', ns);
          const mine = load(lng, ns);
          const want = expectedKeys(lng, en);
          const missing = [...want].filter((k) => !mine.has(k));
          const extra = [...mine.keys()].filter((k) => !want.has(k));
          expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        });

        it(`${ns}: same placeholders and glossary markers as English, no empty text`, () => {
          const en = load('en', ns);
          const problems: string[] = [];
          for (const [key, value] of load(lng, ns)) {
            const enKey = en.has(key) ? key : key.replace(PLURAL, '_other');
            const source = en.get(enKey);
            if (source === undefined) continue;
            if (!value.trim()) problems.push(`${key}: empty`);
            // A plural form may leave out {{count}} (e.g. Arabic "one" says "one second" in words), and the
            // "one" and "two" forms may also leave out the formatted number (Arabic duals: "يومان", two days).
            const optional = (p: string | undefined) => PLURAL.test(key) && (p === 'count' || (p === 'value' && /_(one|two)$/.test(key)));
            const want = placeholders(source).filter((p) => !optional(p));
            const have = placeholders(value).filter((p) => !optional(p));
            if (want.join() !== have.join()) problems.push(`${key}: placeholders ${have} ≠ ${want}`);
            if (markers(source).join() !== markers(value).join()) problems.push(`${key}: markers ${markers(value)} ≠ ${markers(source)}`);
          }
          expect(problems).toEqual([]);
        });
      }
    });
  }
});
