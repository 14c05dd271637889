import { describe, expect, it } from 'vitest';
import en from '@locales/en/work.json';
import nl from '@locales/nl/work.json';
import { CONDITION_IDS, WORK_SITUATIONS } from '@core/work';

// Same checks as in timeline.locales.test.ts (kept local so each test file runs on its own).
type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Checks shared by the timeline and work catalogs. */
function checkCatalogPair(a: Tree, b: Tree): void {
  const la = leaves(a);
  const lb = leaves(b);
  expect([...la.keys()].sort()).toEqual([...lb.keys()].sort());
  for (const [key, text] of [...la, ...lb]) {
    expect(text.trim(), key).not.toBe('');
    // Glossary links: Dutch term, lower case, hyphens, no diacritics.
    for (const m of text.matchAll(/\[\[([^\]]*)\]\]/g)) expect(m[1], key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(text.replace(/\[\[[a-z0-9-]+\]\]/g, ''), `${key}: unbalanced [[ ]]`).not.toMatch(/\[\[|\]\]/);
    expect(text.replace(/\{\{[a-zA-Z]+\}\}/g, ''), `${key}: unbalanced {{ }}`).not.toMatch(/\{\{|\}\}/);
  }
  // The same placeholders and glossary terms in both languages.
  const marks = (t: string) => [...t.matchAll(/\{\{[a-zA-Z]+\}\}|\[\[[a-z0-9-]+\]\]/g)].map((m) => m[0]).sort();
  for (const [key, text] of la) expect(new Set(marks(lb.get(key)!)), key).toEqual(new Set(marks(text)));
}


describe('work texts (en, nl)', () => {
  it('have identical key sets, non-empty strings, well-formed markup', () => {
    checkCatalogPair(en as Tree, nl as Tree);
  });
  it('cover every situation, answer and condition', () => {
    for (const cat of [en, nl]) {
      expect(Object.keys(cat.situations).sort()).toEqual([...WORK_SITUATIONS].sort());
      expect(Object.keys(cat.answers).sort()).toEqual(['from', 'no', 'unknown', 'yes']);
      expect(Object.keys(cat.conditions).sort()).toEqual([...CONDITION_IDS].sort());
    }
    expect(en.answers.from).toContain('{{date}}');
    expect(en.conditions['uwv-notification-2-working-days']).toContain('{{days}}');
  });
});
