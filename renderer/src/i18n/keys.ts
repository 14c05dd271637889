import type { FlatNamespace, Namespace, ParseKeys, TFunction } from 'i18next';

/**
 * Translation keys are typed from the English catalogs (./i18next.d.ts): a
 * `t('…')`, `<Tx k="…">` or `<BiSpan k="…">` whose key is not in
 * `locales/en/<ns>.json` is a type error. A key built from an id
 * (`milestones.${m.id}.title`) is checked too where the id's type is the union
 * of the content's ids in core (MilestoneId, StepId, LetterId, TermId, …).
 */

/** A translation function for one catalog as the pure text builders take it (QR code, calendar): keys checked, result a string. */
export type KeyedT<N extends FlatNamespace> = (key: ParseKeys<N>, options?: Record<string, unknown>) => string;

/**
 * The one place a key is read as a plain string, for two reasons only:
 *  - inside a component generic over its namespace (`Tx`, `BiSpan`): the key was
 *    checked at the component's props, but the compiler cannot resolve
 *    `TFunction<N>`'s overloads for an open `N`;
 *  - a key that comes from text at run time (a `[[term]]` marker inside a
 *    translated text): the caller checks it with `i18n.exists`, and
 *    tests/unit/core/glossary tests that every marker names a term.
 */
export function stringKeyT<N extends Namespace>(t: TFunction<N>): (key: PropertyKey, options?: Record<string, unknown>) => string {
  return t as unknown as (key: PropertyKey, options?: Record<string, unknown>) => string;
}

/**
 * A key whose parts depend on each other in the content data, which a type
 * cannot follow: a step's `faq.q<n>` up to its `faqCount`, its
 * `periodNotes.<period>` for the periods it lists, the durations and published
 * figures a step lists (their ids are strings inside each step's data, or a
 * union wider than the figures any step shows), a question's own answers, a
 * nareis task's own checks and facts (and its `unknown` text, there where it says so). The catalog tests check each of these
 * keys against the English catalog (tests/unit/core/*.locales.test.ts,
 * catalogs.test.ts); renaming one fails there, not in the compiler.
 */
export function dataKey<N extends FlatNamespace>(_ns: N, key: string): ParseKeys<N> {
  return key as ParseKeys<N>;
}
