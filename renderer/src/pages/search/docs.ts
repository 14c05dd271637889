import { ACTORS } from '@core/content/actors';
import { GLOSSARY, resolveGlossaryRefs } from '@core/content/glossary';
import { ACTOR_HELP_LIST } from '@core/content/help';
import { LETTERS } from '@core/content/letters';
import { PARTICIPATION } from '@core/content/participation';
import { STEPS } from '@core/content/procedure';
import { RIGHTS_AND_DUTIES } from '@core/content/rights';
import { CONDITION_IDS, WORK_SITUATIONS } from '@core/work';
import type { SearchDoc, SearchKind } from '@core/search/engine';
import { PAGE_ROUTES } from '../../app/paths';

/**
 * Builds the search documents of one language from plain catalog objects
 * (the parsed `locales/<lng>/<namespace>.json`, or what i18next holds for
 * them) and the content data in `core/content`. No i18next here: the caller
 * passes the trees.
 *
 * Routes come from the app's one table (app/paths.ts).
 */
export type Catalog = { readonly [key: string]: string | Catalog };

export interface SearchCatalogs {
  procedure?: Catalog;
  rights?: Catalog;
  participation?: Catalog;
  letters?: Catalog;
  glossary?: Catalog;
  help?: Catalog;
  work?: Catalog;
}

export interface BuildDocsOptions {
  /**
   * A prefix the caller's catalogs put before English text that stands in
   * for a missing translation (the renderer's `[EN] `); it is not indexed.
   */
  missingMarker?: string;
}

function lookup(tree: Catalog | undefined, path: string): string | undefined {
  let node: string | Catalog | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Reads plain text out of the catalogs: no missing-translation marker, no {{placeholders}}, `[[id]]` → Dutch term. */
interface Reader {
  /** One text, or '' where the catalog has none. */
  one(tree: Catalog | undefined, path: string): string;
  /** Several texts, one per line, the missing ones left out. */
  all(tree: Catalog | undefined, ...paths: string[]): string;
}

function reader(marker: string | undefined): Reader {
  const clean = (text: string | undefined): string => {
    if (!text) return '';
    const t = marker && text.startsWith(marker) ? text.slice(marker.length) : text;
    return resolveGlossaryRefs(t.replace(/\{\{[^}]*\}\}/g, '…')).trim();
  };
  return {
    one: (tree, path) => clean(lookup(tree, path)),
    all: (tree, ...paths) =>
      paths
        .map((p) => clean(lookup(tree, p)))
        .filter(Boolean)
        .join('\n'),
  };
}

/** One document; its id is `<kind>:<the content's id>`. */
function doc(kind: SearchKind, id: string, route: string, texts: Pick<SearchDoc, 'title' | 'text' | 'dutch'>): SearchDoc {
  return { id: `${kind}:${id}`, kind, route, ...texts };
}

function stepDocs(r: Reader, c: SearchCatalogs): SearchDoc[] {
  return STEPS.map((step) => {
    const base = `steps.${step.id}`;
    const faq = Array.from({ length: step.faqCount }, (_, i) => [`${base}.faq.q${i + 1}`, `${base}.faq.a${i + 1}`]).flat();
    const notes = (step.periodNotes ?? []).map((p) => `${base}.periodNotes.${p}`);
    return doc('step', step.id, PAGE_ROUTES.step(step.id), {
      title: r.one(c.procedure, `${base}.title`) || step.dutchTerm,
      text: r.all(c.procedure, `${base}.summary`, `${base}.whatHappens`, `${base}.whatToDo`, `${base}.rights`, ...faq, ...notes),
      dutch: step.dutchTerm,
    });
  });
}

/** Rights, duties and participation offers: a title and a text each, under `items.<id>`. */
function itemDocs(r: Reader, c: SearchCatalogs): SearchDoc[] {
  const rights = RIGHTS_AND_DUTIES.map((item) =>
    doc(item.kind, item.id, PAGE_ROUTES.right(item.id), {
      title: r.one(c.rights, `items.${item.id}.title`) || item.id,
      text: r.all(c.rights, `items.${item.id}.text`),
      dutch: '',
    }),
  );
  const offers = PARTICIPATION.map((item) =>
    doc('participation', item.id, PAGE_ROUTES.participation(item.id), {
      title: r.one(c.participation, `items.${item.id}.title`) || item.id,
      text: r.all(c.participation, `items.${item.id}.text`),
      dutch: '',
    }),
  );
  return [...rights, ...offers];
}

function workDocs(r: Reader, c: SearchCatalogs): SearchDoc[] {
  if (!c.work) return [];
  const paths = ['question', ...WORK_SITUATIONS.map((s) => `situations.${s}`), ...CONDITION_IDS.map((id) => `conditions.${id}`)];
  return [doc('work', 'checker', PAGE_ROUTES.work(), { title: r.one(c.work, 'title') || 'work', text: r.all(c.work, ...paths), dutch: 'werk' })];
}

function letterDocs(r: Reader, c: SearchCatalogs): SearchDoc[] {
  return LETTERS.map((letter) => {
    const base = `items.${letter.id}`;
    return doc('letter', letter.id, PAGE_ROUTES.letter(letter.id), {
      title: r.one(c.letters, `${base}.title`) || letter.dutchTitle,
      text: r.all(c.letters, `${base}.what`, `${base}.means`, `${base}.todo`, `${base}.deadline`),
      dutch: [letter.dutchTitle, ...(letter.alsoPrinted ?? [])].join('\n'),
    });
  });
}

function glossaryDocs(r: Reader, c: SearchCatalogs): SearchDoc[] {
  return GLOSSARY.map((term) =>
    doc('glossary', term.id, PAGE_ROUTES.glossary(term.id), {
      title: term.term,
      text: r.all(c.glossary, `terms.${term.id}.meaning`),
      dutch: [term.term, term.abbreviation, term.abbreviationOf].filter(Boolean).join('\n'),
    }),
  );
}

function helpDocs(r: Reader, c: SearchCatalogs): SearchDoc[] {
  return ACTOR_HELP_LIST.map((actor) => {
    const base = `actors.${actor.id}`;
    return doc('help', actor.id, PAGE_ROUTES.help(actor.id), {
      title: r.one(c.help, `${base}.name`) || ACTORS[actor.id].dutchName,
      text: r.all(c.help, `${base}.does`, `${base}.when`),
      dutch: ACTORS[actor.id].dutchName,
    });
  });
}

/** Every document of one language: steps, rights and offers, the work checker, letters, terms, organisations. */
export function buildSearchDocs(catalogs: SearchCatalogs, opts: BuildDocsOptions = {}): SearchDoc[] {
  const r = reader(opts.missingMarker);
  return [stepDocs, itemDocs, workDocs, letterDocs, glossaryDocs, helpDocs].flatMap((build) => build(r, catalogs));
}
