import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTOR_HELP, ACTOR_HELP_LIST } from '@core/content/help';
import { ACTOR_IDS } from '@core/content/actors';
import { GLOSSARY } from '@core/content/glossary';
import { isSourceId } from '@core/sources/registry';
import en from '@locales/en/help.json';
import nl from '@locales/nl/help.json';

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

describe('help data', () => {
  it('has an entry for every actor, in actor order', () => {
    expect(Object.keys(ACTOR_HELP).sort()).toEqual([...ACTOR_IDS].sort());
    expect(ACTOR_HELP_LIST.map((h) => h.id)).toEqual(ACTOR_IDS);
    for (const id of ACTOR_IDS) expect(ACTOR_HELP[id].id).toBe(id);
  });

  it('links glossary terms, sources and icons that exist', () => {
    for (const h of ACTOR_HELP_LIST) {
      expect(glossaryIds.has(h.glossary), `${h.id}: ${h.glossary}`).toBe(true);
      for (const s of h.sources) expect(isSourceId(s.id), `${h.id}: ${s.id}`).toBe(true);
      expect(existsSync(`${ICONS}${h.icon}.svg`), `${h.id}: icon ${h.icon}`).toBe(true);
    }
  });
});

describe('help texts', () => {
  it('has the same keys in English and Dutch', () => {
    expect(keyPaths(nl).sort()).toEqual(keyPaths(en).sort());
  });

  it('has name, does and when for every actor, and nothing for unknown actors', () => {
    for (const cat of [en, nl]) {
      expect(Object.keys(cat.actors).sort()).toEqual([...ACTOR_IDS].sort());
      for (const id of ACTOR_IDS) {
        const t = (cat.actors as Record<string, Record<string, string>>)[id] ?? {};
        expect(Object.keys(t).sort(), id).toEqual(['does', 'name', 'when']);
        for (const k of ['name', 'does', 'when']) expect(t[k]?.trim().length, `${id}.${k}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives no phone numbers, e-mail or web addresses', () => {
    for (const cat of [en, nl]) {
      for (const s of strings(cat)) {
        expect(s).not.toMatch(/\d[\d\s-]{6,}\d/);
        expect(s).not.toMatch(/@|https?:|www\./);
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
