import { ACTORS } from '@core/content/actors';
import { GLOSSARY, resolveGlossaryRefs } from '@core/content/glossary';
import { ACTOR_HELP_LIST } from '@core/content/help';
import { LETTERS } from '@core/content/letters';
import { PARTICIPATION } from '@core/content/participation';
import { STEPS } from '@core/content/procedure';
import { RIGHTS_AND_DUTIES } from '@core/content/rights';
import { CONDITION_IDS, WORK_SITUATIONS } from '@core/work';
import type { SearchDoc } from '@core/search/engine';
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

export function buildSearchDocs(catalogs: SearchCatalogs, opts: BuildDocsOptions = {}): SearchDoc[] {
  const marker = opts.missingMarker;
  /** Plain text: no missing-translation marker, no {{placeholders}}, `[[id]]` → Dutch term. */
  const clean = (text: string | undefined): string => {
    if (!text) return '';
    let t = text;
    if (marker && t.startsWith(marker)) t = t.slice(marker.length);
    return resolveGlossaryRefs(t.replace(/\{\{[^}]*\}\}/g, '…')).trim();
  };
  const text = (tree: Catalog | undefined, ...paths: string[]) =>
    paths
      .map((p) => clean(lookup(tree, p)))
      .filter(Boolean)
      .join('\n');

  const docs: SearchDoc[] = [];

  for (const step of STEPS) {
    const base = `steps.${step.id}`;
    const faq: string[] = [];
    for (let i = 1; i <= step.faqCount; i++) faq.push(`${base}.faq.q${i}`, `${base}.faq.a${i}`);
    const notes = (step.periodNotes ?? []).map((p) => `${base}.periodNotes.${p}`);
    docs.push({
      id: `step:${step.id}`,
      kind: 'step',
      route: PAGE_ROUTES.step(step.id),
      title: clean(lookup(catalogs.procedure, `${base}.title`)) || step.dutchTerm,
      text: text(catalogs.procedure, `${base}.summary`, `${base}.whatHappens`, `${base}.whatToDo`, `${base}.rights`, ...faq, ...notes),
      dutch: step.dutchTerm,
    });
  }

  for (const item of RIGHTS_AND_DUTIES) {
    const base = `items.${item.id}`;
    docs.push({
      id: `${item.kind}:${item.id}`,
      kind: item.kind,
      route: PAGE_ROUTES.right(item.id),
      title: clean(lookup(catalogs.rights, `${base}.title`)) || item.id,
      text: text(catalogs.rights, `${base}.text`),
      dutch: '',
    });
  }

  for (const item of PARTICIPATION) {
    const base = `items.${item.id}`;
    docs.push({
      id: `participation:${item.id}`,
      kind: 'participation',
      route: PAGE_ROUTES.participation(item.id),
      title: clean(lookup(catalogs.participation, `${base}.title`)) || item.id,
      text: text(catalogs.participation, `${base}.text`),
      dutch: '',
    });
  }

  if (catalogs.work) {
    docs.push({
      id: 'work:checker',
      kind: 'work',
      route: PAGE_ROUTES.work(),
      title: clean(lookup(catalogs.work, 'title')) || 'work',
      text: text(
        catalogs.work,
        'question',
        ...WORK_SITUATIONS.map((s) => `situations.${s}`),
        ...CONDITION_IDS.map((c) => `conditions.${c}`),
      ),
      dutch: 'werk',
    });
  }

  for (const letter of LETTERS) {
    const base = `items.${letter.id}`;
    docs.push({
      id: `letter:${letter.id}`,
      kind: 'letter',
      route: PAGE_ROUTES.letter(letter.id),
      title: clean(lookup(catalogs.letters, `${base}.title`)) || letter.dutchTitle,
      text: text(catalogs.letters, `${base}.what`, `${base}.means`, `${base}.todo`, `${base}.deadline`),
      dutch: [letter.dutchTitle, ...(letter.alsoPrinted ?? [])].join('\n'),
    });
  }

  for (const term of GLOSSARY) {
    docs.push({
      id: `glossary:${term.id}`,
      kind: 'glossary',
      route: PAGE_ROUTES.glossary(term.id),
      title: term.term,
      text: text(catalogs.glossary, `terms.${term.id}.meaning`),
      dutch: [term.term, term.abbreviation, term.abbreviationOf].filter(Boolean).join('\n'),
    });
  }

  for (const actor of ACTOR_HELP_LIST) {
    const base = `actors.${actor.id}`;
    docs.push({
      id: `help:${actor.id}`,
      kind: 'help',
      route: PAGE_ROUTES.help(actor.id),
      title: clean(lookup(catalogs.help, `${base}.name`)) || ACTORS[actor.id].dutchName,
      text: text(catalogs.help, `${base}.does`, `${base}.when`),
      dutch: ACTORS[actor.id].dutchName,
    });
  }

  return docs;
}
