import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DUTIES,
  RIGHTS,
  RIGHTS_AND_DUTIES,
  SITUATIONS,
  getRightOrDuty,
  isInForce,
  isSituation,
  rightsAndDutiesFor,
  rightsTextValues,
} from '@core/content/rights';
import { ACTORS } from '@core/content/actors';
import { GLOSSARY } from '@core/content/glossary';
import { isISODate } from '@core/domain/dates';
import { isSourceId } from '@core/sources/registry';
import en from '@locales/en/rights.json';
import nl from '@locales/nl/rights.json';

const ICONS = fileURLToPath(new URL('../../../assets/icons/', import.meta.url));
const glossaryIds = new Set<string>(GLOSSARY.map((t) => t.id));

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

describe('rights and duties data', () => {
  it('has unique ids and valid fields', () => {
    const ids = RIGHTS_AND_DUTIES.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of RIGHTS_AND_DUTIES) {
      expect(['right', 'duty']).toContain(item.kind);
      expect(item.situations.length, item.id).toBeGreaterThan(0);
      for (const s of item.situations) expect(isSituation(s), `${item.id}: ${s}`).toBe(true);
      expect(new Set(item.situations).size).toBe(item.situations.length);
      for (const a of item.actors) expect(a in ACTORS, `${item.id}: ${a}`).toBe(true);
      if (item.since !== undefined) expect(isISODate(item.since), item.id).toBe(true);
      if (item.until !== undefined) expect(isISODate(item.until), item.id).toBe(true);
      expect(existsSync(`${ICONS}${item.icon}.svg`), `${item.id}: icon ${item.icon}`).toBe(true);
    }
  });

  it('cites at least one existing source for every item', () => {
    for (const item of RIGHTS_AND_DUTIES) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const s of item.sources) expect(isSourceId(s.id), `${item.id}: ${s.id}`).toBe(true);
    }
  });

  it('has at least one right and one duty for every situation', () => {
    for (const s of SITUATIONS) {
      expect(rightsAndDutiesFor(s, 'right').length, `${s} rights`).toBeGreaterThan(0);
      expect(rightsAndDutiesFor(s, 'duty').length, `${s} duties`).toBeGreaterThan(0);
    }
  });

  it('covers the rights and duties the app promises', () => {
    for (const id of ['reception', 'allowance', 'health-care', 'school', 'lawyer', 'interpreter', 'vwn-support', 'privacy', 'complaints']) {
      expect(getRightOrDuty(id)?.kind, id).toBe('right');
    }
    for (const id of ['reporting', 'cooperate', 'own-contribution', 'care-contribution']) {
      expect(getRightOrDuty(id)?.kind, id).toBe('duty');
    }
    expect(RIGHTS.length + DUTIES.length).toBe(RIGHTS_AND_DUTIES.length);
  });

  it('knows when dated items are in force', () => {
    const care = getRightOrDuty('care-contribution');
    expect(care?.since).toBe('2025-11-01');
    expect(care && isInForce(care, '2025-10-31')).toBe(false);
    expect(care && isInForce(care, '2025-11-01')).toBe(true);
    const tp = getRightOrDuty('temporary-protection');
    expect(tp && isInForce(tp, '2027-03-04')).toBe(true);
    expect(tp && isInForce(tp, '2027-03-05')).toBe(false);
    const lawyer = getRightOrDuty('lawyer');
    expect(lawyer && isInForce(lawyer, '1999-01-01')).toBe(true);
  });

  it('filters by situation and kind in list order', () => {
    const all = rightsAndDutiesFor('ukraine');
    expect(all.every((i) => i.situations.includes('ukraine'))).toBe(true);
    expect(rightsAndDutiesFor('ukraine', 'duty').every((i) => i.kind === 'duty')).toBe(true);
    expect(rightsAndDutiesFor('minor').map((i) => i.id)).toContain('guardian');
  });
});

describe('rights texts', () => {
  it('has the same keys in English and Dutch', () => {
    expect(keyPaths(nl).sort()).toEqual(keyPaths(en).sort());
  });

  it('has a title and a text for every item, and no texts for unknown items', () => {
    const ids = RIGHTS_AND_DUTIES.map((i) => i.id).sort();
    for (const cat of [en, nl]) {
      expect(Object.keys(cat.items).sort()).toEqual(ids);
      for (const id of ids) {
        const t = (cat.items as Record<string, { title: string; text: string }>)[id];
        expect(t?.title.trim().length, id).toBeGreaterThan(0);
        expect(t?.text.trim().length, id).toBeGreaterThan(0);
      }
    }
  });

  it('has a label for every situation and kind', () => {
    for (const cat of [en, nl]) {
      expect(Object.keys(cat.situations).sort()).toEqual([...SITUATIONS].sort());
      for (const s of SITUATIONS) expect(cat.situations[s].trim().length).toBeGreaterThan(0);
      expect(cat.kinds.right.length).toBeGreaterThan(0);
      expect(cat.kinds.duty.length).toBeGreaterThan(0);
    }
  });

  it('refers only to existing glossary terms and uses only the placeholders the page supplies (rule numbers)', () => {
    for (const cat of [en, nl]) {
      for (const s of strings(cat)) {
        for (const m of s.matchAll(/\[\[([^\][]+)\]\]/g)) expect(glossaryIds.has(m[1] as string), m[1]).toBe(true);
        expect(s).not.toMatch(/\$t\(/);
      }
      for (const [id, item] of Object.entries(cat.items)) {
        const supplied = Object.keys(rightsTextValues(id, '2026-01-01'));
        for (const s of strings(item)) {
          for (const m of s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) expect(supplied, `${id}: {{${m[1]}}}`).toContain(m[1]);
        }
      }
    }
  });
});
