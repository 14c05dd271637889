import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  LETTERS,
  LETTER_MILESTONE_IDS,
  findLetters,
  getLetter,
  letterTextValues,
  lettersForStep,
  normalizeDutch,
} from '@core/content/letters';
import { STEP_IDS } from '@core/content/procedure/ids';
import { ACTORS } from '@core/content/actors';
import { GLOSSARY } from '@core/content/glossary';
import { CASE_DATE_FIELDS } from '@core/domain/case';
import { MILESTONE_IDS } from '@core/domain/milestones';
import { isSourceId } from '@core/sources/registry';
import en from '@locales/en/letters.json';
import nl from '@locales/nl/letters.json';

const ICONS = fileURLToPath(new URL('../../../assets/icons/', import.meta.url));
const glossaryIds = new Set<string>(GLOSSARY.map((t) => t.id));
const TEXT_KEYS = ['deadline', 'means', 'title', 'todo', 'what'];

function keyPaths(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('letters data', () => {
  it('has unique ids and unique Dutch titles', () => {
    const ids = LETTERS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles = LETTERS.map((l) => normalizeDutch(l.dutchTitle));
    expect(new Set(titles).size).toBe(titles.length);
    for (const l of LETTERS) expect(l.dutchTitle.trim().length, l.id).toBeGreaterThan(0);
  });

  it('links every letter to existing steps', () => {
    for (const l of LETTERS) {
      expect(l.steps.length, l.id).toBeGreaterThan(0);
      for (const s of l.steps) expect((STEP_IDS as readonly string[]).includes(s), `${l.id}: ${s}`).toBe(true);
    }
  });

  it('links every letter to existing glossary terms', () => {
    for (const l of LETTERS) {
      expect(l.glossary.length, l.id).toBeGreaterThan(0);
      for (const g of l.glossary) expect(glossaryIds.has(g), `${l.id}: ${g}`).toBe(true);
    }
  });

  it('starts only declared timeline milestones and fills only case dates', () => {
    expect(new Set(LETTER_MILESTONE_IDS).size).toBe(LETTER_MILESTONE_IDS.length);
    for (const m of LETTER_MILESTONE_IDS) expect(MILESTONE_IDS as readonly string[]).toContain(m);
    for (const l of LETTERS) {
      if (l.startsDeadline) {
        expect((LETTER_MILESTONE_IDS as readonly string[]).includes(l.startsDeadline.milestone), l.id).toBe(true);
      }
      if (l.addsDate) expect(CASE_DATE_FIELDS).toContain(l.addsDate);
    }
  });

  it('has exactly one granted and one refused asylum decision, both filling the decision date', () => {
    const granted = LETTERS.filter((l) => l.decisionOutcome === 'granted');
    const rejected = LETTERS.filter((l) => l.decisionOutcome === 'rejected');
    expect(granted).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(granted[0]?.addsDate).toBe('decision');
    expect(rejected[0]?.addsDate).toBe('decision');
    expect(granted[0]?.startsDeadline?.milestone).toBe('nareis-deadline');
    expect(rejected[0]?.startsDeadline?.milestone).toBe('appeal-deadline');
  });

  it('has valid senders, sources and icons', () => {
    for (const l of LETTERS) {
      expect(l.from in ACTORS, `${l.id}: ${l.from}`).toBe(true);
      expect(l.sources.length, l.id).toBeGreaterThan(0);
      for (const s of l.sources) expect(isSourceId(s.id), `${l.id}: ${s.id}`).toBe(true);
      expect(existsSync(`${ICONS}${l.icon}.svg`), `${l.id}: icon ${l.icon}`).toBe(true);
    }
  });

  it('covers the letters people ask about', () => {
    const expected: [string, string][] = [
      ['aanmeldgehoor', 'invitation-registration-interview'],
      ['nader gehoor', 'invitation-detailed-interview'],
      ['voornemen', 'intention'],
      ['beschikking inwilliging', 'decision-granted'],
      ['beschikking afwijzing', 'decision-rejected'],
      ['beslistermijn', 'decision-period'],
      ['uitspraak', 'appeal-ruling'],
      ['overplaatsing', 'coa-transfer'],
      ['verhuizing', 'coa-transfer'],
      ['kennisgeving inburgeringsplicht', 'duo-notice'],
      ['mvv', 'mvv-decision'],
      ['W-document', 'w-document'],
      ['verblijfspas', 'residence-card'],
      ['verblijfsdocument', 'residence-card'],
    ];
    for (const [query, id] of expected) {
      expect(findLetters(query).map((l) => l.id), query).toContain(id);
    }
  });
});

describe('letter search', () => {
  it('ignores case and accents, and ranks the title first', () => {
    expect(findLetters('BEEINDIGING')[0]?.id).toBe('reception-end');
    expect(findLetters('beëindiging opvang')[0]?.id).toBe('reception-end');
    expect(findLetters('uitspraak')[0]?.id).toBe('appeal-ruling');
    expect(findLetters('beschikking').map((l) => l.id).slice(0, 2)).toEqual(['decision-granted', 'decision-rejected']);
    expect(findLetters('')).toHaveLength(LETTERS.length);
    expect(findLetters('xyz-no-such-letter')).toEqual([]);
  });

  it('finds letters by id and by step', () => {
    expect(getLetter('pip')?.addsDate).toBe('pip');
    expect(getLetter('pip')?.startsDeadline?.milestone).toBe('integration-term-end');
    expect(lettersForStep('nareis').map((l) => l.id)).toEqual(expect.arrayContaining(['decision-granted', 'mvv-decision']));
  });
});

describe('letters texts', () => {
  it('has the same keys in English and Dutch', () => {
    expect(keyPaths(nl).sort()).toEqual(keyPaths(en).sort());
  });

  it('has title, what, means, todo and deadline for every letter, and nothing for unknown letters', () => {
    const ids = LETTERS.map((l) => l.id).sort();
    for (const cat of [en, nl]) {
      expect(Object.keys(cat.items).sort()).toEqual(ids);
      for (const id of ids) {
        const t = (cat.items as Record<string, Record<string, string>>)[id] ?? {};
        expect(Object.keys(t).sort(), id).toEqual(TEXT_KEYS);
        for (const k of TEXT_KEYS) expect(t[k]?.trim().length, `${id}.${k}`).toBeGreaterThan(0);
      }
    }
  });

  it('refers only to existing glossary terms and uses only the placeholders the letter page supplies', () => {
    for (const cat of [en, nl]) {
      for (const s of strings(cat)) {
        for (const m of s.matchAll(/\[\[([^\][]+)\]\]/g)) expect(glossaryIds.has(m[1] as string), m[1]).toBe(true);
        expect(s).not.toMatch(/\$t\(/);
      }
      for (const [id, item] of Object.entries(cat.items)) {
        const supplied = Object.keys(letterTextValues(id, '2026-01-01'));
        for (const s of strings(item)) {
          for (const m of s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) expect(supplied, `${id}: {{${m[1]}}}`).toContain(m[1]);
        }
      }
    }
  });
});
