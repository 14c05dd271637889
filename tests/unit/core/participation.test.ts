import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARTICIPATION, getParticipationItem, participationFor } from '@core/content/participation';
import { isSituation } from '@core/content/rights';
import { ACTORS } from '@core/content/actors';
import { GLOSSARY } from '@core/content/glossary';
import { isSourceId } from '@core/sources/registry';
import en from '@locales/en/participation.json';
import nl from '@locales/nl/participation.json';

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

describe('participation data', () => {
  it('has unique ids, valid phases, actors, icons and sources', () => {
    const ids = PARTICIPATION.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of PARTICIPATION) {
      expect(item.phases.length, item.id).toBeGreaterThan(0);
      for (const p of item.phases) expect(isSituation(p), `${item.id}: ${p}`).toBe(true);
      expect(item.actors.length, item.id).toBeGreaterThan(0);
      for (const a of item.actors) expect(a in ACTORS, `${item.id}: ${a}`).toBe(true);
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const s of item.sources) expect(isSourceId(s.id), `${item.id}: ${s.id}`).toBe(true);
      expect(existsSync(`${ICONS}${item.icon}.svg`), `${item.id}: icon ${item.icon}`).toBe(true);
    }
  });

  it('covers the offers the app promises', () => {
    for (const id of ['dutch-lessons-procedure', 'voorinburgering', 'meedoenbalie', 'volunteering', 'study', 'activities', 'early-integration']) {
      expect(getParticipationItem(id), id).toBeDefined();
    }
    expect(getParticipationItem('voorinburgering')?.phases).toEqual(['granted']);
    expect(getParticipationItem('voorinburgering')?.actors).toContain('coa');
  });

  it('offers something in the procedure, after a permit and under temporary protection', () => {
    for (const phase of ['in-procedure', 'granted', 'ukraine'] as const) {
      expect(participationFor(phase).length, phase).toBeGreaterThan(0);
    }
  });
});

describe('participation texts', () => {
  it('has the same keys in English and Dutch', () => {
    expect(keyPaths(nl).sort()).toEqual(keyPaths(en).sort());
  });

  it('has a title and a text for every item, and no texts for unknown items', () => {
    const ids = PARTICIPATION.map((i) => i.id).sort();
    for (const cat of [en, nl]) {
      expect(Object.keys(cat.items).sort()).toEqual(ids);
      for (const id of ids) {
        const t = (cat.items as Record<string, { title: string; text: string }>)[id];
        expect(t?.title.trim().length, id).toBeGreaterThan(0);
        expect(t?.text.trim().length, id).toBeGreaterThan(0);
      }
    }
  });

  it('refers only to existing glossary terms and uses no interpolation', () => {
    for (const cat of [en, nl]) {
      for (const s of strings(cat)) {
        for (const m of s.matchAll(/\[\[([^\][]+)\]\]/g)) expect(glossaryIds.has(m[1] as string), m[1]).toBe(true);
        expect(s).not.toMatch(/\{\{|\$t\(/);
      }
    }
  });
});
