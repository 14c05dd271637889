import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY,
  getGlossaryTerm,
  glossaryId,
  glossaryRefs,
  resolveGlossaryRefs,
  searchGlossary,
  splitGlossaryRefs,
} from '@core/content/glossary';
import { isSourceId } from '@core/sources/registry';
import en from '@locales/en/glossary.json';
import nl from '@locales/nl/glossary.json';

const LOCALES_DIR = fileURLToPath(new URL('../../../locales/', import.meta.url));
const DUTCH_TERMS = fileURLToPath(new URL('../../../../shared/facts/dutch-terms.md', import.meta.url));

/**
 * The id rule, written out independently of the implementation: lower case,
 * diacritics removed, spaces (and any other run of non-alphanumerics) → '-'.
 */
function expectedId(term: string): string {
  let s = '';
  for (const ch of term.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    s += ch.toLowerCase();
  }
  return s
    .split(/[^a-z0-9]+/)
    .filter((part) => part.length > 0)
    .join('-');
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function refsIn(value: unknown): string[] {
  return strings(value).flatMap((s) => [...s.matchAll(/\[\[([^\][]+)\]\]/g)].map((m) => m[1] as string));
}

const ids = new Set<string>(GLOSSARY.map((t) => t.id));

describe('glossary data', () => {
  it('has at least 100 terms', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(100);
  });

  it('has unique ids that follow the id rule', () => {
    expect(ids.size).toBe(GLOSSARY.length);
    for (const t of GLOSSARY) {
      expect(t.id, t.term).toBe(expectedId(t.term));
      expect(t.term.trim()).toBe(t.term);
      expect(t.term.length).toBeGreaterThan(0);
    }
  });

  it('applies the id rule to the examples in the brief', () => {
    expect(expectedId('nader gehoor')).toBe('nader-gehoor');
    expect(expectedId('IND')).toBe('ind');
    expect(expectedId('rust- en voorbereidingstermijn')).toBe('rust-en-voorbereidingstermijn');
    expect(expectedId('éénstatusstelsel')).toBe('eenstatusstelsel');
    expect(glossaryId('W-document')).toBe('w-document');
    expect(glossaryId('115%-norm')).toBe('115-norm');
    expect(glossaryId('Beëindiging opvang')).toBe('beeindiging-opvang');
  });

  it('contains the terms other parts of the app rely on', () => {
    const required = [
      'nader-gehoor', 'ind', 'twv', 'mvv', 'azc', 'vbl', 'lvv', 'pip', 'beschikking', 'voornemen', 'zienswijze',
      'aanmeldgehoor', 'ingebrekestelling', 'beroep-niet-tijdig-beslissen', 'eigen-bijdrage', 'vrijwilligersverklaring',
      'meedoenbalie', 'kennisgeving', 'w-document', 'verblijfsvergunning-asiel', 'opvolgende-aanvraag', 'hoger-beroep',
      'rust-en-voorbereidingstermijn', 'algemene-asielprocedure', 'verlengde-asielprocedure', 'grensprocedure',
      'dublinclaim', 'screening', 'nareis', 'inburgering', 'brede-intake', 'taakstelling', 'koppeling', 'vertrektermijn',
      'gezinslocatie', 'tijdelijke-bescherming', 'beslistermijn', 'termijnopschortende-factoren',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('links related terms and sources that exist', () => {
    for (const t of GLOSSARY) {
      for (const r of t.related ?? []) {
        expect(ids.has(r), `${t.id} → ${r}`).toBe(true);
        expect(r).not.toBe(t.id);
      }
      for (const s of t.sources ?? []) expect(isSourceId(s.id), `${t.id}: ${s.id}`).toBe(true);
      if (t.abbreviationOf !== undefined) expect(t.abbreviationOf.length).toBeGreaterThan(0);
      if (t.abbreviation !== undefined) expect(t.abbreviation.length).toBeGreaterThan(0);
    }
  });

  it('covers every term of dutch-terms.md that a person meets', () => {
    if (!existsSync(DUTCH_TERMS)) return; // ../shared is beside the project in development and CI
    // Rows covered under another id, and rows left out on purpose (not met by a person, or no longer used).
    const coveredAs: Record<string, string | null> = {
      'voorlopige medische controle en kwetsbaarheidscontrole': 'kwetsbaarheidscontrole',
      'AA+': 'algemene-asielprocedure',
      'Afdeling bestuursrechtspraak van de Raad van State': 'raad-van-state',
      'Voorbereiding op inburgering': 'voorbereiding-op-de-inburgering',
      'schriftelijk horen': null, // stopped by the IND
      'evidente inwilliging (spoor 3 / 5)': null, // tracks 3 and 5 are not used
      inwilligingspercentage: null, // statistics
      voorportaallocatie: null, // a 2022 waiting location
      eetgeld: null, // ended with the 2020–2021 pilot
      'ministerie van Justitie en Veiligheid': null,
      'ministerie van Asiel en Migratie': null,
      'ministerie van Sociale Zaken en Werkgelegenheid': null,
      doenvermogen: null, // words the reports use about people, not on letters
      ervaringsdeskundige: null,
      hospitalisering: null,
    };
    const rows = readFileSync(DUTCH_TERMS, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => l.split('|').map((c) => c.trim()))
      .filter((c) => c.length > 5 && c[1] !== 'Dutch term' && c[1] !== 'code' && !/^-+$/.test(c[1] ?? '') && !/^\d{3}$/.test(c[1] ?? ''));
    expect(rows.length).toBeGreaterThanOrEqual(250);
    const missing: string[] = [];
    for (const cells of rows) {
      const term = (cells[1] ?? '').replace(/\*\*\[not in the documents\]\*\*/, '').trim();
      const abbr = (cells[2] ?? '').split('/').map((a) => a.trim()).filter((a) => a && a !== '—');
      if (term in coveredAs) {
        const id = coveredAs[term];
        if (id) expect(ids.has(id), `${term} → ${id}`).toBe(true);
        continue;
      }
      const candidates = [...term.split(' / ').map((c) => c.replace(/\(.*?\)/g, '').trim()), ...abbr];
      if (!candidates.some((c) => ids.has(expectedId(c)))) missing.push(term);
    }
    expect(missing).toEqual([]);
  });
});

describe('glossary texts', () => {
  it('has a name and a meaning in English and Dutch for every term, and no other keys', () => {
    expect(Object.keys(en.terms).sort()).toEqual([...ids].sort());
    expect(Object.keys(nl.terms).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const e = (en.terms as Record<string, { name: string; meaning: string }>)[id];
      const n = (nl.terms as Record<string, { name: string; meaning: string }>)[id];
      expect(e?.meaning.trim().length, `en ${id}`).toBeGreaterThan(0);
      expect(n?.meaning.trim().length, `nl ${id}`).toBeGreaterThan(0);
      expect(Object.keys(e ?? {}).sort(), `en ${id}`).toEqual(['meaning', 'name']);
      expect(Object.keys(n ?? {}).sort(), `nl ${id}`).toEqual(['meaning', 'name']);
    }
  });

  it('names every term in every language: short, one line, without markers; in Dutch the name is the term', () => {
    const problems: string[] = [];
    for (const lng of readdirSync(LOCALES_DIR).filter((d) => existsSync(`${LOCALES_DIR}${d}/glossary.json`))) {
      const cat = JSON.parse(readFileSync(`${LOCALES_DIR}${lng}/glossary.json`, 'utf8')) as {
        terms: Record<string, { name?: string }>;
      };
      for (const id of ids) {
        const name = cat.terms[id]?.name ?? '';
        if (!name.trim()) problems.push(`${lng} ${id}: no name`);
        else if (name !== name.trim() || /\[\[|\n|\{\{/.test(name)) problems.push(`${lng} ${id}: "${name}"`);
        // A name stands in a sentence: a few words, never a definition.
        else if (name.length > 70) problems.push(`${lng} ${id}: too long (${name.length})`);
      }
    }
    for (const t of GLOSSARY) {
      if ((nl.terms as Record<string, { name: string }>)[t.id]?.name !== t.term) problems.push(`nl ${t.id}: name is not the term`);
    }
    expect(problems).toEqual([]);
  });

  it('refers only to existing terms, and not to the term itself', () => {
    for (const [lng, cat] of [['en', en], ['nl', nl]] as const) {
      for (const [id, entry] of Object.entries(cat.terms)) {
        for (const r of refsIn(entry)) {
          expect(ids.has(r), `${lng} ${id} → ${r}`).toBe(true);
          expect(r, `${lng} ${id} refers to itself`).not.toBe(id);
        }
      }
    }
  });

  it('every [[id]] in any English catalog exists in the glossary', () => {
    const files = readdirSync(`${LOCALES_DIR}en`).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const file of files) {
      const json: unknown = JSON.parse(readFileSync(`${LOCALES_DIR}en/${file}`, 'utf8'));
      for (const r of refsIn(json)) if (!ids.has(r)) missing.push(`${file}: ${r}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every [[id]] in the Dutch catalogs of this content exists in the glossary', () => {
    const missing: string[] = [];
    for (const ns of ['rights', 'participation', 'letters', 'glossary', 'help']) {
      const json: unknown = JSON.parse(readFileSync(`${LOCALES_DIR}nl/${ns}.json`, 'utf8'));
      for (const r of refsIn(json)) if (!ids.has(r)) missing.push(`${ns}: ${r}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('glossary helpers', () => {
  it('finds refs, splits and resolves texts', () => {
    const text = 'Ask the [[ind]] about your [[nader-gehoor]] and the [[ind]] again [[nope]].';
    expect(glossaryRefs(text)).toEqual(['ind', 'nader-gehoor', 'nope']);
    const parts = splitGlossaryRefs(text);
    expect(parts[0]).toEqual({ kind: 'text', text: 'Ask the ' });
    expect(parts[1]).toMatchObject({ kind: 'term', id: 'ind', term: { term: 'IND' } });
    expect(parts.find((p) => p.kind === 'term' && p.id === 'nope')).toMatchObject({ term: undefined });
    expect(parts.at(-1)).toEqual({ kind: 'text', text: '.' });
    expect(resolveGlossaryRefs(text)).toBe('Ask the IND about your nader gehoor and the IND again nope.');
    expect(splitGlossaryRefs('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
  });

  it('looks terms up by id and searches without accents or case', () => {
    expect(getGlossaryTerm('twv')?.abbreviationOf).toBe('tewerkstellingsvergunning');
    expect(getGlossaryTerm('does-not-exist')).toBeUndefined();
    expect(searchGlossary('EENSTATUS').map((t) => t.id)).toContain('eenstatusstelsel');
    expect(searchGlossary('tewerkstelling').map((t) => t.id)).toEqual(
      expect.arrayContaining(['twv', 'tewerkstellingsvergunning']),
    );
    expect(searchGlossary('').length).toBe(GLOSSARY.length);
  });
});
