import { addDays, addMonths, addYears, type ISODate } from '../domain/dates';
import type { SourceRef } from '../sources/registry';
import type { KnownTrack } from '../domain/case';

export type { KnownTrack };

/**
 * Rules as data. Every legal term, target and published figure the app uses is
 * a `Rule` with dated versions and sources, so a change in the law or next
 * year's figures is a data change, not a code change.
 */


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

/** Subtracts a duration (for terms counted backwards, e.g. "from 6 months before the permit ends"). */
export function subtractDuration(date: ISODate, d: Duration): ISODate {
  return addDuration(date, {
    ...(d.years ? { years: -d.years } : {}),
    ...(d.months ? { months: -d.months } : {}),
    ...(d.weeks ? { weeks: -d.weeks } : {}),
    ...(d.days ? { days: -d.days } : {}),
  });
}

/** The date of the case that picks a rule's version. */
type DecidedBy =
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
  /**
   * True when the sources do not give this version's start date and the app
   * only assumes it (e.g. "from 12 June 2026" for a Pact-era national law
   * whose start date is not known). Milestones from such a version, or from
   * the version before it near that date, are "not yet known". Also used
   * where the sources give neither the start date nor the value of a Pact-era
   * version and the app keeps the earlier value (the decision period).
   */
  startAssumed?: boolean;
}

/** A version that once applied or was announced, and was later reversed, withdrawn or replaced for everyone. Never chosen by `ruleValue`. */
export interface HistoricVersion<T> extends RuleVersion<T> {
  /** When it stopped counting (the ruling or decision that ended it), if known. */
  endedOn: ISODate | null;
  /** Short machine-readable reason, e.g. 'reversed-after-cjeu-c-662-23'. */
  reason: string;
  endedBy: SourceRef[];
}

/** Laws and regulations a rule can rest on (the legal basis, beside the seed sources). */
const LAWS = {
  'Vw 2000': { title: 'Vreemdelingenwet 2000', jci: 'BWBR0011823' },
  'Vb 2000': { title: 'Vreemdelingenbesluit 2000', jci: 'BWBR0011825' },
  Awb: { title: 'Algemene wet bestuursrecht', jci: 'BWBR0005537' },
  Atw: { title: 'Algemene termijnenwet', jci: 'BWBR0002448' },
  'Rva 2005': { title: 'Regeling verstrekkingen asielzoekers en andere categorieën vreemdelingen 2005', jci: 'BWBR0017552' },
  Wav: { title: 'Wet arbeid vreemdelingen', jci: 'BWBR0007149' },
  'Wi 2021': { title: 'Wet inburgering 2021', jci: 'BWBR0044770' },
  'Dublin III': { title: 'Verordening (EU) nr. 604/2013 (Dublin III)', url: 'https://eur-lex.europa.eu/eli/reg/2013/604/oj' },
  'EU 2024/1348': { title: 'Verordening (EU) 2024/1348 (asielprocedureverordening, Migratiepact)', url: 'https://eur-lex.europa.eu/eli/reg/2024/1348/oj' },
  'EU 2022/382': { title: 'Uitvoeringsbesluit (EU) 2022/382 (tijdelijke bescherming Oekraïne)', url: 'https://eur-lex.europa.eu/eli/dec_impl/2022/382/oj' },
  IND: { title: 'IND (uitvoeringspraktijk, geen wet)', url: 'https://ind.nl' },
  UWV: { title: 'UWV (uitvoeringspraktijk, geen wet)', url: 'https://www.uwv.nl' },
  Afspraak: { title: 'Bestuurlijke afspraak (geen wet)' },
} as const satisfies Record<string, { title: string; jci?: string; url?: string }>;
type LawId = keyof typeof LAWS;

/** One article (or page) a rule rests on. */
export interface LegalBasis {
  law: LawId;
  /** e.g. 'art. 69 lid 2'. Absent when the whole act or a practice page is meant. */
  article?: string;
  /** Public URL of the article or page, where there is one (wetten.overheid.nl, eur-lex, ind.nl, uwv.nl). */
  url?: string;
  /** What this article says for the rule, in one line (for the lawyer's review book). */
  note?: string;
}

/** The public URL of an article: wetten.overheid.nl's stable JCI link for Dutch law, else the basis' own URL. */
export function legalBasisUrl(b: LegalBasis): string | undefined {
  if (b.url) return b.url;
  const law: { title: string; jci?: string; url?: string } = LAWS[b.law];
  if (law.jci) {
    const art = b.article ? /art\.\s*([0-9]+[a-z]?(?::[0-9]+[a-z]?)?(?:\.[0-9]+[a-z]?)?)/.exec(b.article)?.[1] : undefined;
    return art ? `https://wetten.overheid.nl/jci1.3:c:${law.jci}&artikel=${art}` : `https://wetten.overheid.nl/${law.jci}`;
  }
  return law.url;
}

/**
 * Does the Algemene termijnenwet move the last day of this rule's term?
 * - `applies`: a term set in a law or an AMvB (Atw art. 1), not longer than three months (art. 4): moved off a weekend or holiday.
 * - `not-applicable`: the reason says why (ministerial regulation, EU regulation, fixed date, counted backwards, longer than three months, not a term to act within).
 * - `unknown`: the sources do not say where the term is set; the app shows the unmoved (earliest) day.
 */
interface AtwDecision {
  decision: 'applies' | 'not-applicable' | 'unknown';
  reason: string;
}

/** A lawyer's review of a rule. None today: the app says "checked by a lawyer" only where this is set. */
interface Review {
  by: string;
  date: ISODate;
}

export interface Rule<T> {
  id: string;
  /** What the rule computes, in one English sentence (review book). */
  computes: string;
  /** The formula in words (review book). */
  formula: string;
  /** Where the law branches on something the app asks or cannot know (review book). */
  branches?: string;
  /** The legal basis: articles of the law, never only a seed document. */
  legalBasis: readonly LegalBasis[];
  atw: AtwDecision;
  /** Set only when a lawyer has checked this rule. */
  reviewed?: Review;
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
