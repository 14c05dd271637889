import { describe, expect, it } from 'vitest';
import en from '@locales/en/timeline.json';
import nl from '@locales/nl/timeline.json';
import { ISSUE_CODES, MILESTONE_IDS, MILESTONE_KINDS, NOTE_IDS, DATE_FIELDS } from '@core/timeline';
import { RULE_PERIODS } from '@core/rules';

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

describe('timeline texts (en, nl)', () => {
  it('have identical key sets, non-empty strings, well-formed markup', () => {
    checkCatalogPair(en as Tree, nl as Tree);
  });

  it('have a title and an explanation for every milestone id', () => {
    for (const cat of [en, nl] as Tree[]) {
      const l = leaves(cat);
      for (const id of MILESTONE_IDS) {
        expect(l.has(`milestones.${id}.title`), id).toBe(true);
        expect(l.has(`milestones.${id}.explain`), id).toBe(true);
      }
      expect(Object.keys((cat as { milestones: Tree }).milestones).sort()).toEqual([...MILESTONE_IDS].sort());
    }
  });

  it('have texts for every issue code, kind, note, status, adjustment, rule set and date field', () => {
    const l = leaves(en as Tree);
    for (const c of ISSUE_CODES) expect(l.has(`issues.${c}`), c).toBe(true);
    for (const k of MILESTONE_KINDS) expect(l.has(`kinds.${k}`), k).toBe(true);
    for (const n of NOTE_IDS) expect(l.has(`notes.${n}`), n).toBe(true);
    for (const s of ['past', 'today', 'upcoming']) expect(l.has(`status.${s}`)).toBe(true);
    for (const a of ['weekend', 'holiday']) expect(l.has(`adjusted.${a}`)).toBe(true);
    for (const p of RULE_PERIODS) expect(l.has(`ruleSets.${p.id}`), p.id).toBe(true);
    for (const f of [...DATE_FIELDS, 'track', 'decisionOutcome', 'today']) expect(l.has(`fields.${f}`), f).toBe(true);
    for (const o of ['title', 'explain', 'lawyer', 'ingebrekestelling', 'beroep']) expect(l.has(`overdue.${o}`)).toBe(true);
  });

  it('the legend never calls a date "exact"; conditional and not-yet-known dates have their own words (issue 11)', () => {
    expect(en.ui.legend['legal-deadline']).not.toMatch(/exact/i);
    expect(nl.ui.legend['legal-deadline']).not.toMatch(/precies|exact/i);
    for (const cat of [en, nl]) {
      for (const k of ['conditional-deadline', 'not-yet-known'] as const) expect(cat.ui.legend[k].length).toBeGreaterThan(20);
      // A legal deadline's own text never says "about": only estimates do.
      expect(cat.milestones['permit-expiry'].explain).not.toMatch(/about|ongeveer/);
    }
  });

  it('the overdue advice: the ingebrekestelling only after the period, no dwangsom for asylum', () => {
    expect(en.overdue.ingebrekestelling).toMatch(/After the legal deadline has passed/);
    expect(en.overdue.dwangsom).toContain('[[dwangsom]]');
    expect(nl.overdue.dwangsom).toContain('afgeschaft');
  });

  it('the overdue advice names the ingebrekestelling and the appeal for failure to decide', () => {
    for (const cat of [en, nl]) {
      expect(cat.overdue.ingebrekestelling).toContain('[[ingebrekestelling]]');
      expect(cat.overdue.beroep).toContain('[[beroep-niet-tijdig-beslissen]]');
    }
  });

  it('texts that show a date use {{date}}; estimates name their {{year}}', () => {
    for (const id of MILESTONE_IDS) {
      const explain = (en.milestones as Record<string, { explain: string }>)[id]!.explain;
      const isEvent = ['registration', 'application', 'decision', 'appeal-lodged', 'pip'].includes(id);
      if (!isEvent) expect(explain, id).toContain('{{date}}');
    }
    expect(en.milestones['decision-estimate'].explain).toContain('{{year}}');
    expect(en.milestones['housing-estimate'].explain).toContain('{{year}}');
    expect(en.notes.letterCounts).toBe('The date in your letter counts.');
  });
});
