import { addDays, addMonths, addYears, type ISODate } from '../domain/dates';
import type { SourceRef } from '../sources/registry';

/**
 * Rules as data. Every legal term, target and published figure the app uses is
 * a `Rule` with dated versions and sources, so a change in the law or next
 * year's figures is a data change, not a code change.
 */

/** The asylum tracks the IND assigns (spoor 1 = dublin, spoor 2 = safe-country, spoor 4 = general/extended), plus the border procedure. */
export const KNOWN_TRACKS = ['dublin', 'safe-country', 'general', 'extended', 'border'] as const;
export type KnownTrack = (typeof KNOWN_TRACKS)[number];

/** A length of time in whole units. Units are applied largest first: years, months, weeks, days. */
export interface Duration {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
}

/**
 * Adds a duration to a date. Months and years are calendar months: a day that
 * does not exist in the target month becomes that month's last day
 * (31 Jan + 1 month = 28/29 Feb), as in `addMonths`.
 */
export function addDuration(date: ISODate, d: Duration): ISODate {
  let out = date;
  if (d.years) out = addYears(out, d.years);
  if (d.months) out = addMonths(out, d.months);
  if (d.weeks) out = addDays(out, Math.round(d.weeks * 7));
  if (d.days) out = addDays(out, d.days);
  return out;
}

/** The date of the case that picks a rule's version. */
export type DecidedBy =
  | 'application' // the date the asylum application was lodged
  | 'decision' // the date of the IND decision
  | 'pip' // the date the municipality adopted the PIP
  | 'today' // the rule in force today (e.g. what you may do now)
  | 'registration';

export interface RuleVersion<T> {
  /** First day (inclusive) the version applies to. `null` = open start. */
  from: ISODate | null;
  /** Last day (inclusive). `null` = still in force. */
  until: ISODate | null;
  value: T;
  sources: SourceRef[];
}

/** A version that once applied or was announced, and was later reversed, withdrawn or replaced for everyone. Never chosen by `ruleValue`. */
export interface HistoricVersion<T> extends RuleVersion<T> {
  /** When it stopped counting (the ruling or decision that ended it), if known. */
  endedOn: ISODate | null;
  /** Short machine-readable reason, e.g. 'reversed-after-cjeu-c-662-23'. */
  reason: string;
  endedBy: SourceRef[];
}

export interface Rule<T> {
  id: string;
  /** Which date of the case chooses the version. */
  decidedBy: DecidedBy;
  /** Versions in date order; together they must not overlap. */
  versions: readonly RuleVersion<T>[];
  /** Superseded or reversed versions, kept so the app can explain old letters. */
  history?: readonly HistoricVersion<T>[];
}

function covers(v: { from: ISODate | null; until: ISODate | null }, date: ISODate): boolean {
  return (v.from === null || date >= v.from) && (v.until === null || date <= v.until);
}

/** The version in force on `date`, or `undefined` if no version covers it. */
export function ruleVersion<T>(rule: Rule<T>, date: ISODate): RuleVersion<T> | undefined {
  return rule.versions.find((v) => covers(v, date));
}

/** The value in force on `date`. Throws a RangeError when no version covers the date. */
export function ruleValue<T>(rule: Rule<T>, date: ISODate): T {
  const v = ruleVersion(rule, date);
  if (!v) throw new RangeError(`Rule ${rule.id} has no version for ${date}`);
  return v.value;
}

/** Historic (reversed or superseded) versions whose period includes `date`. */
export function historyAt<T>(rule: Rule<T>, date: ISODate): HistoricVersion<T>[] {
  return (rule.history ?? []).filter((v) => covers(v, date));
}
