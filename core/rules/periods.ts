import type { ISODate } from '../domain/dates';
import type { SourceRef } from '../sources/registry';

/**
 * Rule periods: the big sets of rules that change on a known date. A person's
 * own dates decide which set applies to them (see `rulePeriodFor`).
 *
 * Smaller dated changes (one rule changing on one date) live beside the rule
 * they change, in `core/rules/`.
 */
export type RulePeriodId = 'pre-pact' | 'pact';

export interface RulePeriod {
  id: RulePeriodId;
  /** First day the period applies (inclusive). `null` = open start. */
  from: ISODate | null;
  /** Last day the period applies (inclusive). `null` = still in force. */
  until: ISODate | null;
  sources: SourceRef[];
}

export const RULE_PERIODS: readonly RulePeriod[] = [
  {
    id: 'pre-pact',
    from: null,
    until: '2026-06-11',
    sources: [{ id: 'svm2026', section: 'Bijlage I' }],
  },
  {
    id: 'pact',
    from: '2026-06-12',
    until: null,
    sources: [{ id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' }, { id: 'euPact' }],
  },
];

/** The rule period in force on `date`. */
export function rulePeriodFor(date: ISODate): RulePeriod {
  const found = RULE_PERIODS.find(
    (p) => (p.from === null || date >= p.from) && (p.until === null || date <= p.until),
  );
  if (!found) throw new RangeError(`No rule period covers ${date}`);
  return found;
}
