import type { z } from 'zod';
import { addDays, isISODate, type ISODate } from '../domain/dates';
import type { Answer } from '../domain/case';
import type { StepId } from '../domain/steps';
import { EVENT_DATE_FIELDS, caseShapeSchema } from '../domain/case';
import {
  addDuration,
  appealTerm,
  borderAdmissionAfter,
  decisionPeriod,
  historyAt,
  housingTarget,
  integrationTerm,
  latestDecisionProcessingTime,
  latestHousingWait,
  nareisTerm,
  permitDuration,
  permitRenewalFrom,
  receptionEndAfterRejection,
  safeCountryDeparture,
  WORK_RULE_KNOWN_UNTIL,
  rulePeriodFor,
  ruleValue,
  ruleVersion,
  statutoryTermEnd,
  temporaryProtectionEnd,
  workAfter,
  subtractDuration,
  type Duration,
  type KnownTrack,
  type Rule,
} from '../rules';
import type { SourceRef } from '../sources/registry';
import {
  DATE_FIELDS,
  MILESTONE_IDS,
  MILESTONE_KINDS,
  type CaseDateField,
  type CaseInput,
  type ConditionId,
  type EventId,
  type Milestone,
  type MilestoneId,
  type MilestoneKind,
  type NoteId,
  type Timeline,
  type TimelineIssue,
  type Track,
} from './types';

export * from './types';

/**
 * The timeline engine: from the person's own dates to dated milestones.
 *
 * Choices (documented here because the UI and the texts rely on them):
 * - `ruleSet` is the rule period (core/rules/periods.ts) in force on the
 *   application date; without one, the registration date, then the decision
 *   date, then today. Individual rules choose their own version by the date
 *   named in `Rule.decidedBy`: the permit duration by the decision (grant)
 *   date, the integration term by the PIP date, the decision period and work
 *   rule by the application date.
 * - While no decision has been entered (no decision date and no outcome), the
 *   timeline shows `decision-deadline`, `decision-estimate` and
 *   `work-allowed-from`. Once a decision is entered they are left out: they no
 *   longer tell the person anything to do.
 * - Deadlines are the last day of the term: date + term (a term starts the day
 *   after the date it counts from, so the last day is date + term). Only the
 *   appeal deadline is moved by the Algemene termijnenwet (weekend / holiday);
 *   the others are shown unmoved, which can only make them look earlier.
 * - Unknown or border track: no processing-time estimate (no published
 *   figure; an issue `missing-info`/`track` when the track is unknown); the
 *   decision deadline is shown with the note `unlessDublin`; after a rejection
 *   the appeal deadline shows the earliest possible last day (1 week) as its
 *   date and the latest possible (4 weeks) as `latest`, with note
 *   `trackUnknown`.
 * - Temporary protection: the IND does not decide on the asylum application
 *   while temporary protection applies (SvM 2026 §5.2, L2661), so only the
 *   entered events and `temporary-protection-end` are shown.
 * - Dublin after a rejection: no `reception-end` (reception continues until
 *   the transfer, Introductiedossier §1.3). Border procedure: no
 *   `reception-end` (the person is in border detention, not in reception;
 *   SvM 2026 Bijlage I "Grensprocedure asiel"). Unaccompanied minors: no
 *   `reception-end` (they stay in reception, Heroriëntatie 2024 §7.5).
 * - Never throws: hostile input gives issues and as many milestones as can be
 *   computed safely.
 */
export function computeTimeline(input: CaseInput, today: string): Timeline {
  try {
    return compute(input as unknown, today as unknown);
  } catch {
    return { ruleSet: 'unknown', milestones: [], issues: [{ code: 'invalid-input' }] };
  }
}

// ---------------------------------------------------------------------------

const EVENT_OF: Partial<Record<CaseDateField, EventId>> = {
  registration: 'registration',
  application: 'application',
  decision: 'decision',
  appealLodged: 'appeal-lodged',
  pip: 'pip',
};

const EVENT_STEP: Partial<Record<EventId, StepId>> = {
  registration: 'registration',
  decision: 'decision',
  'appeal-lodged': 'appeal',
  pip: 'inburgering',
};

/** Dates that must not come before another: [earlier, later]. */
const ORDER: readonly [CaseDateField, CaseDateField][] = [
  ['registration', 'application'],
  ['registration', 'decision'],
  ['application', 'decision'],
  ['decision', 'appealLodged'],
  ['application', 'appealLodged'],
  ['decision', 'pip'],
  ['application', 'pip'],
  ['decision', 'permitEnd'],
  ['application', 'permitEnd'],
];

interface Clean {
  procedure: CaseInput['procedure'] | undefined;
  track: Track;
  minor: boolean;
  outcome: 'granted' | 'rejected' | undefined;
  manifest: Answer;
  interim: Answer;
  dates: Partial<Record<CaseDateField, ISODate>>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads the case field by field with the one case schema (core/domain/case.ts),
 * so a bad field gives an issue and the rest is still used.
 */
function read(raw: unknown, issues: TimelineIssue[]): Clean {
  const clean: Clean = {
    procedure: undefined,
    track: 'unknown',
    minor: false,
    outcome: undefined,
    manifest: 'unknown',
    interim: 'unknown',
    dates: {},
  };
  if (!isRecord(raw)) {
    issues.push({ code: 'invalid-input' });
    return clean;
  }
  const shape = caseShapeSchema.shape;
  for (const k of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(shape, k)) issues.push({ code: 'invalid-input', field: k });
  }
  const field = <K extends Exclude<keyof typeof shape, 'dates'>>(k: K): z.infer<(typeof shape)[K]> | undefined => {
    const r = shape[k].safeParse(raw[k]);
    if (r.success) return r.data as z.infer<(typeof shape)[K]>;
    issues.push({ code: 'invalid-input', field: k });
    return undefined;
  };
  clean.procedure = field('procedure');
  clean.track = field('track') ?? 'unknown';
  clean.minor = field('unaccompaniedMinor') === true;
  clean.outcome = field('decisionOutcome');
  clean.manifest = field('manifestRejection') ?? 'unknown';
  clean.interim = field('interimMeasure') ?? 'unknown';

  const d = raw['dates'];
  if (!isRecord(d)) {
    issues.push({ code: 'invalid-input', field: 'dates' });
    return clean;
  }
  for (const k of Object.keys(d)) {
    if (!(DATE_FIELDS as readonly string[]).includes(k)) issues.push({ code: 'invalid-input', field: `dates.${k}` });
  }
  for (const f of DATE_FIELDS) {
    const v = d[f];
    if (v === undefined || v === '') continue;
    if (isISODate(v)) clean.dates[f] = v;
    else issues.push({ code: 'invalid-date', field: f });
  }
  return clean;
}

function sourceIds(refs: readonly SourceRef[]): string[] {
  const out: string[] = [];
  for (const r of refs) if (!out.includes(r.id)) out.push(r.id);
  return out;
}

function statusOf(date: ISODate, today: ISODate): Milestone['status'] {
  return date < today ? 'past' : date === today ? 'today' : 'upcoming';
}

const ID_ORDER = new Map<string, number>(MILESTONE_IDS.map((id, i) => [id, i]));
const KIND_ORDER = new Map<MilestoneKind, number>(MILESTONE_KINDS.map((k, i) => [k, i]));

function byDate(a: Milestone, b: Milestone): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const k = (KIND_ORDER.get(a.kind) ?? 9) - (KIND_ORDER.get(b.kind) ?? 9);
  if (k !== 0) return k;
  return (ID_ORDER.get(a.id) ?? 99) - (ID_ORDER.get(b.id) ?? 99);
}

/** The shortest and longest of some terms, counted from one date. */
function termExtremes(terms: readonly Duration[], from: ISODate): { min: Duration; max: Duration } {
  let min = terms[0]!;
  let max = terms[0]!;
  let minEnd = addDuration(from, min);
  let maxEnd = minEnd;
  for (const d of terms) {
    if (d === min) continue;
    const end = addDuration(from, d);
    if (end < minEnd) [min, minEnd] = [d, end];
    if (end > maxEnd) [max, maxEnd] = [d, end];
  }
  return { min, max };
}

/** A whole-week term as a number of weeks (for the texts' placeholders). */
function weeksOf(d: Duration): number {
  return (d.weeks ?? 0) + (d.days ?? 0) / 7;
}

/** First day of the EU Pact period (core/rules/periods.ts). */
const PACT_START: ISODate = rulePeriodFor('2026-06-12').from ?? '2026-06-12';

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** The fields a milestone may have beyond the ones every milestone has. */
type MilestoneExtra = Partial<Omit<Milestone, 'id' | 'kind' | 'date' | 'status' | 'sources'>>;

/** One milestone, with its status on `today` and the sources it cites. */
function milestone(
  today: ISODate,
  id: MilestoneId,
  kind: MilestoneKind,
  date: ISODate,
  refs: readonly SourceRef[],
  extra: MilestoneExtra = {},
): Milestone {
  const m: Milestone = { id, kind, date, status: statusOf(date, today), sources: sourceIds(refs) };
  if (refs.length > 0) m.refs = refs.map((r) => ({ ...r }));
  Object.assign(m, extra);
  if (m.notes && m.notes.length === 0) delete m.notes;
  return m;
}

/** The sources of the version of a rule in force on a date. */
function refsOf<T>(rule: Rule<T>, date: ISODate): SourceRef[] {
  return ruleVersion(rule, date)?.sources ?? [];
}

/**
 * A published average (processing time, wait for a house) counted from a case date: an estimate, never a
 * deadline. The one place both estimates are made.
 */
function averageEstimate(
  today: ISODate,
  id: 'decision-estimate' | 'housing-estimate',
  at: { step: StepId; basis: CaseDateField; from: ISODate },
  stat: { weeks: number; year: number; sources: readonly SourceRef[] },
): Milestone {
  return milestone(today, id, 'estimate', addDuration(at.from, { weeks: stat.weeks }), stat.sources, {
    step: at.step,
    basis: at.basis,
    statYear: stat.year,
    notes: ['average'],
  });
}

/** What one part of the engine finds: milestones, issues (each reported once), and notes for the person's own events. */
interface Found {
  milestones: Milestone[];
  issues: TimelineIssue[];
  eventNotes: [EventId, NoteId][];
}

function found(milestones: readonly (Milestone | undefined)[] = [], issues: TimelineIssue[] = [], eventNotes: [EventId, NoteId][] = []): Found {
  return { milestones: milestones.filter((m): m is Milestone => m !== undefined), issues, eventNotes };
}

/** The parts together, in order (the order of the issues is the order they are reported in). */
function merge(...parts: Found[]): Found {
  return {
    milestones: parts.flatMap((p) => p.milestones),
    issues: parts.flatMap((p) => p.issues),
    eventNotes: parts.flatMap((p) => p.eventNotes),
  };
}

/** Adds an issue unless it is already there; a date entered but not real is not also called missing. */
function issueOnce(issues: TimelineIssue[], issue: TimelineIssue): void {
  if (issues.some((i) => i.code === issue.code && i.field === issue.field)) return;
  if (issue.code === 'missing-date' && issues.some((i) => i.code === 'invalid-date' && i.field === issue.field)) return;
  issues.push(issue);
}

// ---------------------------------------------------------------------------
// The entered dates
// ---------------------------------------------------------------------------

/** Event dates after today, and dates before one they must follow (`ORDER`; each later date flagged once). */
function dateIssues(dates: Clean['dates'], today: ISODate): TimelineIssue[] {
  const issues: TimelineIssue[] = [];
  for (const f of EVENT_DATE_FIELDS) {
    const v = dates[f];
    if (v !== undefined && v > today) issues.push({ code: 'future-date', field: f });
  }
  const orderFlagged = new Set<string>();
  for (const [a, b] of ORDER) {
    const da = dates[a];
    const db = dates[b];
    if (da !== undefined && db !== undefined && db < da && !orderFlagged.has(b)) {
      orderFlagged.add(b);
      issues.push({ code: 'date-order', field: b });
    }
  }
  return issues;
}

/** The rule period in force on the application date; without one the registration date, then the decision date, then today. */
function ruleSetOf(dates: Clean['dates'], today: ISODate): string {
  return rulePeriodFor(dates.application ?? dates.registration ?? dates.decision ?? today).id;
}

/** The person's own dates as events on the timeline. */
function eventMilestones(dates: Clean['dates'], today: ISODate): Milestone[] {
  const out: Milestone[] = [];
  for (const f of EVENT_DATE_FIELDS) {
    const v = dates[f];
    const id = EVENT_OF[f];
    if (v === undefined || id === undefined) continue;
    const step = EVENT_STEP[id];
    out.push(milestone(today, id, 'event', v, [], step ? { step, basis: f } : { basis: f }));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Asylum: while the decision is pending
// ---------------------------------------------------------------------------

/**
 * The decision deadline: application + the decision period for the track (none for Dublin). The IND can suspend
 * the period and the app cannot see that, so the date is the earliest possible end. Unknown track: conditional
 * (a Dublin procedure has no such period). Application under the Pact: its periods are not in the sources, so
 * not yet known.
 */
function decisionDeadline(A: ISODate, known: KnownTrack | undefined, today: ISODate): Milestone | undefined {
  const periods = ruleValue(decisionPeriod, A);
  const period = known ? periods[known] : periods.general;
  if (!period) return undefined;
  const notes: NoteId[] = ['letterCounts', 'suspension'];
  if (historyAt(decisionPeriod, A).length > 0) notes.push('extensionReversed');
  if (!known) notes.push('unlessDublin');
  const assumed = ruleVersion(decisionPeriod, A)?.startAssumed === true;
  const kind: MilestoneKind = assumed ? 'not-yet-known' : known ? 'legal-deadline' : 'conditional-deadline';
  const condition: ConditionId | undefined = assumed ? 'newLaw' : known ? undefined : 'track';
  return milestone(today, 'decision-deadline', kind, addDuration(A, period), refsOf(decisionPeriod, A), {
    step: 'decision',
    basis: 'application',
    rule: 'decisionPeriod',
    notes,
    ...(condition ? { condition } : {}),
  });
}

/** The estimated decision date: application + the published average processing time for the track (none for border). */
function decisionEstimate(A: ISODate, known: KnownTrack, today: ISODate): Milestone | undefined {
  const stat = latestDecisionProcessingTime(known);
  return stat && averageEstimate(today, 'decision-estimate', { step: 'decision', basis: 'application', from: A }, stat);
}

/** "May work from": only where every known condition can hold (UWV; the same `workDate` as the work checker). */
function workAllowed(A: ISODate, c: Clean, today: ISODate): Found {
  const work = workDate(A, c.track, c.minor);
  if (!work.date) return found([], [{ code: 'work-unknown', field: work.reason }]);
  const m = milestone(today, 'work-allowed-from', 'conditional-deadline', work.date, refsOf(workAfter, A), {
    basis: 'application',
    rule: 'workAfter',
    condition: 'workConditions',
    notes: ['workConditions'],
  });
  return found([m]);
}

/**
 * Border procedure: admitted to the regular procedure if there is no decision within the term (2025 rules),
 * moved by the Algemene termijnenwet. Only the adult's application; children are let in (SvM 2026 L3785).
 */
function borderAdmission(A: ISODate, known: KnownTrack | undefined, minor: boolean, today: ISODate): Milestone | undefined {
  if (known !== 'border' || minor) return undefined;
  const term = ruleValue(borderAdmissionAfter, A);
  if (!term) return undefined;
  const end = statutoryTermEnd(addDays(A, 1), addDuration(A, term));
  return milestone(today, 'border-admission', 'legal-deadline', end.date, refsOf(borderAdmissionAfter, A), {
    step: 'border-procedure',
    basis: 'application',
    rule: 'borderAdmissionAfter',
    ...(end.adjusted ? { adjusted: end.adjusted } : {}),
  });
}

/** Everything counted from the application while no decision is entered: deadline, estimate, work, border admission. */
function pendingDecision(A: ISODate | undefined, c: Clean, known: KnownTrack | undefined, today: ISODate): Found {
  if (A === undefined) return found([], [{ code: 'missing-date', field: 'application' }]);
  return merge(
    found([decisionDeadline(A, known, today)]),
    known ? found([decisionEstimate(A, known, today)]) : found([], [{ code: 'missing-info', field: 'track' }]),
    workAllowed(A, c, today),
    found([borderAdmission(A, known, c.minor, today)]),
  );
}

// ---------------------------------------------------------------------------
// Asylum: after a rejection
// ---------------------------------------------------------------------------

/**
 * The appeal deadline (Vw 2000 art. 69): decision + the appeal term, moved by the Algemene termijnenwet. A legal
 * deadline where the term is known for what the person told us; where it branches on what they have not told us
 * (the track, or for VA the wording of the letter) the earliest possible last day is the date to act on and the
 * latest is shown beside it. Decision under the EU Pact: not yet known.
 */
function appealDeadline(D: ISODate, known: KnownTrack | undefined, manifest: Answer, today: ISODate): Found {
  const terms = ruleValue(appealTerm, D);
  const refs = refsOf(appealTerm, D);
  const firstDay = addDays(D, 1);
  const endOf = (d: Duration) => statutoryTermEnd(firstDay, addDuration(D, d));
  const trackTerm = known ? terms.byTrack[known] : null;
  const appealBase = { step: 'appeal' as StepId, basis: 'decision' as const, rule: 'appealTerm' as const };
  const allTerms: Duration[] = [terms.manifest, ...Object.values(terms.byTrack).filter((d): d is Duration => d !== null)];
  /** One known term: a legal deadline. */
  const fixedTerm = (term: Duration): Milestone => {
    const end = endOf(term);
    return milestone(today, 'appeal-deadline', 'legal-deadline', end.date, refs, {
      ...appealBase,
      notes: ['letterCounts', 'equatedDays'],
      values: { weeks: weeksOf(term) },
      ...(end.adjusted ? { adjusted: end.adjusted } : {}),
    });
  };
  /** Several possible terms: the earliest possible last day is the date to act on, the latest the later possibility. */
  const termRange = (options: readonly Duration[], kind: MilestoneKind, condition: ConditionId, notes: NoteId[]): Milestone => {
    const ext = termExtremes(options, D);
    const early = endOf(ext.min);
    const late = endOf(ext.max);
    return milestone(today, 'appeal-deadline', kind, early.date, refs, {
      ...appealBase,
      earliest: early.date,
      latest: late.date,
      condition,
      notes,
      values: { weeks: weeksOf(ext.min), laterWeeks: weeksOf(ext.max) },
      ...(early.adjusted ? { adjusted: early.adjusted } : {}),
    });
  };
  if (D >= PACT_START) {
    // Decision under the EU Pact: the new appeal terms and transitional rules are not in the sources (the APR,
    // EU 2024/1348 art. 67, allows 1–2 weeks or 2 weeks–1 month). Not yet known.
    return found([termRange(allTerms, 'not-yet-known', 'newLaw', ['letterCounts', 'equatedDays'])]);
  }
  if (trackTerm && (known !== 'extended' || manifest === 'no')) {
    // AA, Dublin, track 2: 1 week; VA with a letter that does not say kennelijk ongegrond / niet-ontvankelijk: 4 weeks.
    return found([fixedTerm(trackTerm)]);
  }
  if (known === 'extended' && manifest === 'yes') return found([fixedTerm(terms.manifest)]);
  // The term branches on what the person has not told us: the track, or (VA) the wording of the letter.
  const range = termRange(
    known === 'extended' ? [terms.manifest, trackTerm!] : allTerms,
    'conditional-deadline',
    known ? 'manifestRejection' : 'track',
    [known ? 'appealEarliest' : 'trackUnknown', 'letterCounts', 'equatedDays'],
  );
  return found([range], known ? [] : [{ code: 'missing-info', field: 'track' }]);
}

/**
 * Reception after a rejection. Dublin (reception continues until the transfer), border (not in reception) and
 * unaccompanied minors (they stay): nothing. Safe country: leave immediately. Otherwise reception ends a term after
 * the decision, unless an appeal stops the decision (VA with an ordinary rejection: Vw 2000 art. 82(1)) or an
 * interim measure was asked for; then the appeal event gets a note instead.
 */
function receptionAfterRejection(D: ISODate, known: KnownTrack | undefined, cs: Clean, appealed: boolean, today: ISODate): Found {
  if (known === 'dublin' || known === 'border' || cs.minor) return found();
  if (known === 'safe-country') {
    const v = ruleVersion(safeCountryDeparture, D);
    if (!v) return found();
    const m = milestone(today, 'leave-immediately', 'conditional-deadline', D, v.sources, {
      step: 'departure',
      basis: 'decision',
      rule: 'safeCountryDeparture',
      notes: ['safeCountry'],
      values: { years: v.value.entryBanYears },
    });
    return found([m]);
  }
  // Does an appeal stop the decision? VA (extended) with an ordinary rejection: yes (Vw 2000 art. 82(1)).
  // AA, or a rejection as kennelijk ongegrond / niet-ontvankelijk: no (art. 82(2)); then only a voorlopige voorziening helps.
  const suspends: Answer =
    known === 'extended' ? (cs.manifest === 'no' ? 'yes' : cs.manifest === 'yes' ? 'no' : 'unknown') : known === 'general' ? 'no' : 'unknown';
  if (appealed && suspends === 'yes') return found([], [], [['appeal-lodged', 'appealSuspends']]);
  if (appealed && cs.interim === 'yes') return found([], [], [['appeal-lodged', 'interimMeasurePending']]);
  const end = addDuration(D, ruleValue(receptionEndAfterRejection, D));
  const notes: NoteId[] = ['letterCounts'];
  if (!known) notes.push('unlessDublin', 'unlessSafeCountry');
  let condition: ConditionId | undefined;
  if (!known) condition = 'track';
  else if (suspends === 'unknown') condition = 'manifestRejection';
  else if (appealed && cs.interim === 'unknown') condition = 'interimMeasure';
  if (suspends === 'yes') notes.push('appealSuspends');
  else notes.push('interimMeasureNeeded');
  const m = milestone(today, 'reception-end', condition ? 'conditional-deadline' : 'legal-deadline', end, refsOf(receptionEndAfterRejection, D), {
    step: 'after-reception-ends',
    basis: 'decision',
    rule: 'receptionEndAfterRejection',
    notes,
    values: { weeks: weeksOf(ruleValue(receptionEndAfterRejection, D)) },
    ...(condition ? { condition } : {}),
  });
  return found([m]);
}

// ---------------------------------------------------------------------------
// Asylum: after a grant
// ---------------------------------------------------------------------------

/**
 * The nareis (family reunification) deadline: decision + the nareis term. From 12 June 2026 the new law (nuclear
 * family only) may apply but its start date is not known: the same date to act on, but not yet known rather than a
 * legal deadline.
 */
function nareisDeadline(D: ISODate, today: ISODate): Milestone {
  const nareisNewLaw = D >= PACT_START;
  return milestone(today, 'nareis-deadline', nareisNewLaw ? 'not-yet-known' : 'legal-deadline', addDuration(D, ruleValue(nareisTerm, D)), refsOf(nareisTerm, D), {
    step: 'nareis',
    basis: 'decision',
    rule: 'nareisTerm',
    ...(nareisNewLaw ? { condition: 'newLaw' as const } : {}),
    // Atw decision 'unknown' (see the rule): the unmoved day is shown, which can only be earlier.
    notes: ['letterCounts', 'atwUnknown', ...(D >= PACT_START ? (['newLawUnknown'] as NoteId[]) : [])],
  });
}

/** A house: the target (decision + the housing target) and the estimate (the published average wait). */
function housingMilestones(D: ISODate, today: ISODate): Milestone[] {
  const target = milestone(today, 'housing-target', 'target', addDuration(D, ruleValue(housingTarget, D)), refsOf(housingTarget, D), {
    step: 'housing',
    basis: 'decision',
    rule: 'housingTarget',
    notes: ['target'],
  });
  const wait = latestHousingWait();
  if (!wait) return [target];
  const stat = { weeks: wait.value, year: wait.year, sources: wait.sources };
  return [target, averageEstimate(today, 'housing-estimate', { step: 'housing', basis: 'decision', from: D }, stat)];
}

/**
 * The permit's end and the first day to ask for renewal. The date on the card wins; without it, the permit counts
 * from the application (it takes effect from the day the application was received).
 */
function permitMilestones(D: ISODate, A: ISODate | undefined, card: ISODate | undefined, today: ISODate): Found {
  if (card !== undefined) return found(permitFromCard(D, card, today));
  if (A === undefined) return found([], [{ code: 'missing-date', field: 'application' }]);
  return found(permitFromApplication(D, A, today));
}

/** The end date on the card, as entered (nothing is computed), and the renewal date counted back from it. */
function permitFromCard(D: ISODate, card: ISODate, today: ISODate): Milestone[] {
  const renewal = ruleValue(permitRenewalFrom, D);
  return [
    milestone(today, 'permit-expiry', 'legal-deadline', card, refsOf(permitDuration, D), { step: 'permit', basis: 'permitEnd', notes: ['permitCard'] }),
    milestone(today, 'permit-renewal-from', 'legal-deadline', subtractDuration(card, renewal), refsOf(permitRenewalFrom, D), {
      step: 'permit',
      basis: 'permitEnd',
      rule: 'permitRenewalFrom',
      notes: ['renewBeforeEnd'],
      values: { months: renewal.months ?? 0 },
    }),
  ];
}

/**
 * Application + the permit duration, and the renewal date counted back from it. Where the length under the new law
 * is not yet known, both lengths are shown and the earliest end is the date.
 */
function permitFromApplication(D: ISODate, A: ISODate, today: ISODate): Milestone[] {
  const renewal = ruleValue(permitRenewalFrom, D);
  const renewalRefs = refsOf(permitRenewalFrom, D);
  const v = ruleVersion(permitDuration, D);
  if (!v) return [];
  const before = ruleVersion(permitDuration, '2026-06-11');
  const refs = [...(before?.sources ?? []), ...(v.startAssumed ? v.sources : [])];
  if (v.startAssumed && before) {
    // Which length applies is not yet known: show both, the earliest as the date.
    const [short, long] = [addDuration(A, v.value), addDuration(A, before.value)].sort();
    return [
      milestone(today, 'permit-expiry', 'not-yet-known', short!, refs, {
        step: 'permit',
        basis: 'application',
        rule: 'permitDuration',
        earliest: short!,
        latest: long!,
        condition: 'newLaw',
        notes: ['permitBoth', 'permitFromApplication', 'permitCard'],
        values: { years: Math.min(v.value.years ?? 0, before.value.years ?? 0), laterYears: Math.max(v.value.years ?? 0, before.value.years ?? 0) },
      }),
      milestone(today, 'permit-renewal-from', 'not-yet-known', subtractDuration(short!, renewal), renewalRefs, {
        step: 'permit',
        basis: 'application',
        rule: 'permitRenewalFrom',
        earliest: subtractDuration(short!, renewal),
        latest: subtractDuration(long!, renewal),
        condition: 'newLaw',
        notes: ['renewBeforeEnd', 'permitCard'],
        values: { months: renewal.months ?? 0 },
      }),
    ];
  }
  const end = addDuration(A, v.value);
  return [
    milestone(today, 'permit-expiry', 'legal-deadline', end, v.sources, {
      step: 'permit',
      basis: 'application',
      rule: 'permitDuration',
      notes: ['permitFromApplication', 'permitCard'],
      values: { years: v.value.years ?? 0 },
    }),
    milestone(today, 'permit-renewal-from', 'legal-deadline', subtractDuration(end, renewal), renewalRefs, {
      step: 'permit',
      basis: 'application',
      rule: 'permitRenewalFrom',
      notes: ['renewBeforeEnd', 'permitCard'],
      values: { months: renewal.months ?? 0 },
    }),
  ];
}

// ---------------------------------------------------------------------------
// The procedures
// ---------------------------------------------------------------------------

/** The asylum procedure: pending, rejected or granted, by what the person entered about the decision. */
function asylumMilestones(c: Clean, today: ISODate): Found {
  const { dates } = c;
  const A = dates.application;
  const D = dates.decision;
  const known: KnownTrack | undefined = c.track === 'unknown' ? undefined : c.track;
  const issues: TimelineIssue[] = [];
  if (c.outcome !== undefined && D === undefined) issues.push({ code: 'missing-date', field: 'decision' });
  if (D !== undefined && c.outcome === undefined) issues.push({ code: 'missing-info', field: 'decisionOutcome' });
  const parts = [found([], issues)];
  if (D === undefined && c.outcome === undefined) parts.push(pendingDecision(A, c, known, today));
  if (D !== undefined && c.outcome === 'rejected') {
    parts.push(appealDeadline(D, known, c.manifest, today), receptionAfterRejection(D, known, c, dates.appealLodged !== undefined, today));
  }
  if (D !== undefined && c.outcome === 'granted') {
    parts.push(found([nareisDeadline(D, today), ...housingMilestones(D, today)]), permitMilestones(D, A, dates.permitEnd, today));
  }
  return merge(...parts);
}

/** The end of the integration term (any procedure where a PIP was adopted): PIP date + the term. */
function integrationTermEnd(P: ISODate, today: ISODate): Found {
  const v = ruleVersion(integrationTerm, P);
  if (!v) return found([], [{ code: 'not-covered', field: 'pip' }]);
  const m = milestone(today, 'integration-term-end', 'legal-deadline', addDuration(P, v.value), v.sources, {
    step: 'inburgering',
    basis: 'pip',
    rule: 'integrationTerm',
    notes: ['letterCounts'],
  });
  return found([m]);
}

/** Temporary protection: the date it ends, fixed by EU decision. */
function temporaryProtectionEndMilestone(today: ISODate): Milestone | undefined {
  const v = ruleVersion(temporaryProtectionEnd, today);
  return (
    v &&
    milestone(today, 'temporary-protection-end', 'legal-deadline', v.value, v.sources, {
      step: 'ukraine-end',
      basis: 'fixed',
      rule: 'temporaryProtectionEnd',
    })
  );
}

/**
 * The engine (see `computeTimeline` for the choices): reads the case, checks the dates, and puts together the parts
 * of the procedure the person is in. Each part is one function above; this only orders them and reports each issue once.
 */
function compute(raw: unknown, rawToday: unknown): Timeline {
  const issues: TimelineIssue[] = [];
  if (!isISODate(rawToday)) {
    // Without a valid today, statuses and future-date checks are impossible.
    read(raw, issues);
    return { ruleSet: 'unknown', milestones: [], issues: [{ code: 'invalid-date', field: 'today' }, ...issues] };
  }
  const today: ISODate = rawToday;
  const c = read(raw, issues);
  issues.push(...dateIssues(c.dates, today));
  const all = merge(
    found(eventMilestones(c.dates, today)),
    c.procedure === 'asylum' ? asylumMilestones(c, today) : found(),
    c.dates.pip !== undefined ? integrationTermEnd(c.dates.pip, today) : found(),
    c.procedure === 'temporary-protection' ? found([temporaryProtectionEndMilestone(today)]) : found(),
  );
  for (const issue of all.issues) issueOnce(issues, issue);
  for (const [id, note] of all.eventNotes) {
    const ev = all.milestones.find((m) => m.id === id);
    if (ev) ev.notes = [...(ev.notes ?? []), note];
  }
  return { ruleSet: ruleSetOf(c.dates, today), milestones: all.milestones.sort(byDate), issues };
}

// ---------------------------------------------------------------------------
// Shared rule applications and helpers for the UI
// ---------------------------------------------------------------------------

/**
 * The first day an asylum seeker may work: application + the `workAfter`
 * rule (6 months). Used only through `workDate`, which the timeline's
 * `work-allowed-from` and the work checker both call, so they can never disagree.
 */
function workAllowedFrom(application: ISODate): ISODate {
  return addDuration(application, ruleValue(workAfter, application));
}

/** Why there is no "may work from" date: a minor (UWV: older than 18), a track where it is not known, or the new rules. */
export type WorkUnknownReason = 'minor' | 'track' | 'newLaw';

/**
 * The "may work from" date where every condition the app knows can hold, or
 * why there is none. UWV lists: older than 18, application pending at least 6
 * months, in COA reception, a valid W-document. The app does not show a date
 * for the border and safe-country procedures (a proposal of 3 Nov 2025 gives
 * low-chance applicants no work), nor when the date would fall under the new
 * rules from 12 June 2026 (not yet known). The timeline and the work checker
 * both use this.
 */
export function workDate(application: ISODate, track: Track | undefined, minor: boolean): { date?: ISODate; reason?: WorkUnknownReason } {
  if (minor) return { reason: 'minor' };
  if (track === 'border' || track === 'safe-country') return { reason: 'track' };
  const date = workAllowedFrom(application);
  if (date > WORK_RULE_KNOWN_UNTIL) return { reason: 'newLaw' };
  return { date };
}

/** The next milestone that is today or later, ignoring the person's own events. */
export function nextMilestone(timeline: Timeline): Milestone | undefined {
  return timeline.milestones.find((m) => m.kind !== 'event' && m.status !== 'past');
}

/** Sources for the "decision overdue" advice: notice of default (ingebrekestelling), then an appeal for failure to decide in time. */
export const OVERDUE_REFS: readonly SourceRef[] = [
  // Awb art. 6:12: the ingebrekestelling only after the decision period; the appeal two weeks after it.
  { id: 'awb', section: 'art. 6:12' },
  // Sent too early, the appeal is inadmissible.
  { id: 'rbdha2025_327' },
  // No dwangsom (Awb art. 4:17) for asylum applications: abolished, upheld by the Council of State.
  { id: 'rvs2022_dwangsom' },
];

/**
 * True when the statutory decision period has passed (today is after its last
 * day), that period is known (not under the Pact) and no decision has been entered. The UI then shows the `overdue.*`
 * texts (talk to a lawyer about an ingebrekestelling, then an appeal because
 * the IND did not decide in time), citing OVERDUE_REFS.
 */
export function decisionOverdue(timeline: Timeline, today: string): boolean {
  if (!isISODate(today)) return false;
  if (timeline.milestones.some((m) => m.id === 'decision')) return false;
  const deadline = timeline.milestones.find((m) => m.id === 'decision-deadline');
  // Under a not-yet-known period the app cannot say the IND is late: an ingebrekestelling sent too early fails.
  return deadline !== undefined && deadline.kind !== 'not-yet-known' && today > deadline.date;
}

/** What the screens need from one case on one day, computed once (issue 16): the timeline, the next date, overdue. */
export interface CaseView {
  today: ISODate;
  timeline: Timeline;
  next: Milestone | undefined;
  overdue: boolean;
}

/** The derived view of a case. Pure: the renderer computes it once per case change in its AppContext. */
export function caseView(input: CaseInput, today: ISODate): CaseView {
  const timeline = computeTimeline(input, today);
  return { today, timeline, next: nextMilestone(timeline), overdue: decisionOverdue(timeline, today) };
}
