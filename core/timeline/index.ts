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

function compute(raw: unknown, rawToday: unknown): Timeline {
  const issues: TimelineIssue[] = [];
  if (!isISODate(rawToday)) {
    // Without a valid today, statuses and future-date checks are impossible.
    read(raw, issues);
    return { ruleSet: 'unknown', milestones: [], issues: [{ code: 'invalid-date', field: 'today' }, ...issues] };
  }
  const today: ISODate = rawToday;
  const c = read(raw, issues);
  const { dates } = c;
  const milestones: Milestone[] = [];

  // --- checks on the entered dates ---------------------------------------
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

  // --- rule set ------------------------------------------------------------
  const ruleSetDate = dates.application ?? dates.registration ?? dates.decision ?? today;
  const ruleSet = rulePeriodFor(ruleSetDate).id;

  // --- helpers ---------------------------------------------------------------
  const add = (
    id: MilestoneId,
    kind: MilestoneKind,
    date: ISODate,
    refs: readonly SourceRef[],
    extra: Partial<Omit<Milestone, 'id' | 'kind' | 'date' | 'status' | 'sources'>> = {},
  ): void => {
    const m: Milestone = { id, kind, date, status: statusOf(date, today), sources: sourceIds(refs) };
    if (refs.length > 0) m.refs = refs.map((r) => ({ ...r }));
    Object.assign(m, extra);
    if (m.notes && m.notes.length === 0) delete m.notes;
    milestones.push(m);
  };
  const refsOf = <T,>(rule: Rule<T>, date: ISODate): SourceRef[] => ruleVersion(rule, date)?.sources ?? [];
  const issueOnce = (issue: TimelineIssue): void => {
    if (issues.some((i) => i.code === issue.code && i.field === issue.field)) return;
    // A date that was entered but is not a real date is already reported; do not also call it missing.
    if (issue.code === 'missing-date' && issues.some((i) => i.code === 'invalid-date' && i.field === issue.field)) return;
    issues.push(issue);
  };

  // --- events ----------------------------------------------------------------
  for (const f of EVENT_DATE_FIELDS) {
    const v = dates[f];
    const id = EVENT_OF[f];
    if (v === undefined || id === undefined) continue;
    const step = EVENT_STEP[id];
    add(id, 'event', v, [], step ? { step, basis: f } : { basis: f });
  }

  // --- reception after a rejection ------------------------------------------
  const markEvent = (id: EventId, note: NoteId): void => {
    const ev = milestones.find((m) => m.id === id);
    if (ev) ev.notes = [...(ev.notes ?? []), note];
  };
  const receptionAfterRejection = (D: ISODate, known: KnownTrack | undefined, cs: Clean, appealed: boolean): void => {
    // Dublin: reception continues until the transfer; border: not in reception; unaccompanied minors stay.
    if (known === 'dublin' || known === 'border' || cs.minor) return;
    if (known === 'safe-country') {
      const v = ruleVersion(safeCountryDeparture, D);
      if (v) {
        add('leave-immediately', 'conditional-deadline', D, v.sources, {
          step: 'departure',
          basis: 'decision',
          rule: 'safeCountryDeparture',
          notes: ['safeCountry'],
          values: { years: v.value.entryBanYears },
        });
      }
      return;
    }
    // Does an appeal stop the decision? VA (extended) with an ordinary rejection: yes (Vw 2000 art. 82(1)).
    // AA, or a rejection as kennelijk ongegrond / niet-ontvankelijk: no (art. 82(2)); then only a voorlopige voorziening helps.
    const suspends: Answer =
      known === 'extended' ? (cs.manifest === 'no' ? 'yes' : cs.manifest === 'yes' ? 'no' : 'unknown') : known === 'general' ? 'no' : 'unknown';
    if (appealed && suspends === 'yes') {
      markEvent('appeal-lodged', 'appealSuspends');
      return;
    }
    if (appealed && cs.interim === 'yes') {
      markEvent('appeal-lodged', 'interimMeasurePending');
      return;
    }
    const end = addDuration(D, ruleValue(receptionEndAfterRejection, D));
    const notes: NoteId[] = ['letterCounts'];
    if (!known) notes.push('unlessDublin', 'unlessSafeCountry');
    let condition: ConditionId | undefined;
    if (!known) condition = 'track';
    else if (suspends === 'unknown') condition = 'manifestRejection';
    else if (appealed && cs.interim === 'unknown') condition = 'interimMeasure';
    if (suspends === 'yes') notes.push('appealSuspends');
    else notes.push('interimMeasureNeeded');
    add('reception-end', condition ? 'conditional-deadline' : 'legal-deadline', end, refsOf(receptionEndAfterRejection, D), {
      step: 'after-reception-ends',
      basis: 'decision',
      rule: 'receptionEndAfterRejection',
      notes,
      values: { weeks: weeksOf(ruleValue(receptionEndAfterRejection, D)) },
      ...(condition ? { condition } : {}),
    });
  };

  // --- permit end and renewal -------------------------------------------------
  const permitMilestones = (D: ISODate, A: ISODate | undefined, card: ISODate | undefined): void => {
    const renewal = ruleValue(permitRenewalFrom, D);
    const renewalRefs = refsOf(permitRenewalFrom, D);
    if (card !== undefined) {
      // The date on the card wins; nothing is computed.
      add('permit-expiry', 'legal-deadline', card, refsOf(permitDuration, D), { step: 'permit', basis: 'permitEnd', notes: ['permitCard'] });
      add('permit-renewal-from', 'legal-deadline', subtractDuration(card, renewal), renewalRefs, {
        step: 'permit',
        basis: 'permitEnd',
        rule: 'permitRenewalFrom',
        notes: ['renewBeforeEnd'],
        values: { months: renewal.months ?? 0 },
      });
      return;
    }
    if (A === undefined) {
      issueOnce({ code: 'missing-date', field: 'application' });
      return;
    }
    // The permit takes effect from the day the application was received: count from the application.
    const v = ruleVersion(permitDuration, D);
    if (!v) return;
    const before = ruleVersion(permitDuration, '2026-06-11');
    const refs = [...(before?.sources ?? []), ...(v.startAssumed ? v.sources : [])];
    if (v.startAssumed && before) {
      // Which length applies is not yet known: show both, the earliest as the date.
      const [short, long] = [addDuration(A, v.value), addDuration(A, before.value)].sort();
      add('permit-expiry', 'not-yet-known', short!, refs, {
        step: 'permit',
        basis: 'application',
        rule: 'permitDuration',
        earliest: short!,
        latest: long!,
        condition: 'newLaw',
        notes: ['permitBoth', 'permitFromApplication', 'permitCard'],
        values: { years: Math.min(v.value.years ?? 0, before.value.years ?? 0), laterYears: Math.max(v.value.years ?? 0, before.value.years ?? 0) },
      });
      add('permit-renewal-from', 'not-yet-known', subtractDuration(short!, renewal), renewalRefs, {
        step: 'permit',
        basis: 'application',
        rule: 'permitRenewalFrom',
        earliest: subtractDuration(short!, renewal),
        latest: subtractDuration(long!, renewal),
        condition: 'newLaw',
        notes: ['renewBeforeEnd', 'permitCard'],
        values: { months: renewal.months ?? 0 },
      });
      return;
    }
    const end = addDuration(A, v.value);
    add('permit-expiry', 'legal-deadline', end, v.sources, {
      step: 'permit',
      basis: 'application',
      rule: 'permitDuration',
      notes: ['permitFromApplication', 'permitCard'],
      values: { years: v.value.years ?? 0 },
    });
    add('permit-renewal-from', 'legal-deadline', subtractDuration(end, renewal), renewalRefs, {
      step: 'permit',
      basis: 'application',
      rule: 'permitRenewalFrom',
      notes: ['renewBeforeEnd', 'permitCard'],
      values: { months: renewal.months ?? 0 },
    });
  };

  // --- asylum --------------------------------------------------------------
  if (c.procedure === 'asylum') {
    const A = dates.application;
    const D = dates.decision;
    const pending = D === undefined && c.outcome === undefined;
    const known: KnownTrack | undefined = c.track === 'unknown' ? undefined : c.track;

    if (c.outcome !== undefined && D === undefined) issueOnce({ code: 'missing-date', field: 'decision' });
    if (D !== undefined && c.outcome === undefined) issueOnce({ code: 'missing-info', field: 'decisionOutcome' });

    if (pending) {
      if (A === undefined) {
        issueOnce({ code: 'missing-date', field: 'application' });
      } else {
        // Decision deadline (none for Dublin).
        const periods = ruleValue(decisionPeriod, A);
        const period = known ? periods[known] : periods.general;
        if (period) {
          const notes: NoteId[] = ['letterCounts', 'suspension'];
          if (historyAt(decisionPeriod, A).length > 0) notes.push('extensionReversed');
          if (!known) notes.push('unlessDublin');
          // The IND can suspend the period and the app cannot see that: the date is the earliest possible end.
          // Unknown track: in a Dublin procedure there is no such period, so the date is conditional.
          // Application under the Pact: its decision periods are not in the sources, so not yet known.
          const assumed = ruleVersion(decisionPeriod, A)?.startAssumed === true;
          const kind: MilestoneKind = assumed ? 'not-yet-known' : known ? 'legal-deadline' : 'conditional-deadline';
          const condition: ConditionId | undefined = assumed ? 'newLaw' : known ? undefined : 'track';
          add('decision-deadline', kind, addDuration(A, period), refsOf(decisionPeriod, A), {
            step: 'decision',
            basis: 'application',
            rule: 'decisionPeriod',
            notes,
            ...(condition ? { condition } : {}),
          });
        }

        // Published average processing time.
        if (known) {
          const stat = latestDecisionProcessingTime(known);
          if (stat) {
            add('decision-estimate', 'estimate', addDuration(A, { weeks: stat.weeks }), stat.sources, {
              step: 'decision',
              basis: 'application',
              statYear: stat.year,
              notes: ['average'],
            });
          }
        } else {
          issueOnce({ code: 'missing-info', field: 'track' });
        }

        // Work: only where every known condition can hold (UWV; same function as the work checker).
        const work = workDate(A, c.track, c.minor);
        if (work.date) {
          add('work-allowed-from', 'conditional-deadline', work.date, refsOf(workAfter, A), {
            basis: 'application',
            rule: 'workAfter',
            condition: 'workConditions',
            notes: ['workConditions'],
          });
        } else {
          issueOnce({ code: 'work-unknown', field: work.reason });
        }

        // Border procedure: admitted to the regular procedure if no decision within 4 weeks (2025 rules).
        // Only the adult's application; children are let in (SvM 2026 L3785).
        if (known === 'border' && !c.minor) {
          const term = ruleValue(borderAdmissionAfter, A);
          if (term) {
            const end = statutoryTermEnd(addDays(A, 1), addDuration(A, term));
            add('border-admission', 'legal-deadline', end.date, refsOf(borderAdmissionAfter, A), {
              step: 'border-procedure',
              basis: 'application',
              rule: 'borderAdmissionAfter',
              ...(end.adjusted ? { adjusted: end.adjusted } : {}),
            });
          }
        }
      }
    }

    if (D !== undefined && c.outcome === 'rejected') {
      // Appeal deadline (Vw 2000 art. 69), moved by the Algemene termijnenwet.
      const terms = ruleValue(appealTerm, D);
      const refs = refsOf(appealTerm, D);
      const firstDay = addDays(D, 1);
      const endOf = (d: Duration) => statutoryTermEnd(firstDay, addDuration(D, d));
      const trackTerm = known ? terms.byTrack[known] : null;
      const appealBase = { step: 'appeal' as StepId, basis: 'decision' as const, rule: 'appealTerm' as const };
      const allTerms: Duration[] = [terms.manifest, ...Object.values(terms.byTrack).filter((d): d is Duration => d !== null)];
      /** One known term: a legal deadline. */
      const fixedTerm = (term: Duration) => {
        const end = endOf(term);
        add('appeal-deadline', 'legal-deadline', end.date, refs, {
          ...appealBase,
          notes: ['letterCounts', 'equatedDays'],
          values: { weeks: weeksOf(term) },
          ...(end.adjusted ? { adjusted: end.adjusted } : {}),
        });
      };
      /** Several possible terms: the earliest possible last day is the date to act on, the latest the later possibility. */
      const termRange = (options: readonly Duration[], kind: MilestoneKind, condition: ConditionId, notes: NoteId[]) => {
        const ext = termExtremes(options, D);
        const early = endOf(ext.min);
        const late = endOf(ext.max);
        add('appeal-deadline', kind, early.date, refs, {
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
        termRange(allTerms, 'not-yet-known', 'newLaw', ['letterCounts', 'equatedDays']);
      } else if (trackTerm && (known !== 'extended' || c.manifest === 'no')) {
        // AA, Dublin, track 2: 1 week; VA with a letter that does not say kennelijk ongegrond / niet-ontvankelijk: 4 weeks.
        fixedTerm(trackTerm);
      } else if (known === 'extended' && c.manifest === 'yes') {
        fixedTerm(terms.manifest);
      } else {
        // The term branches on what the person has not told us: the track, or (VA) the wording of the letter.
        termRange(
          known === 'extended' ? [terms.manifest, trackTerm!] : allTerms,
          'conditional-deadline',
          known ? 'manifestRejection' : 'track',
          [known ? 'appealEarliest' : 'trackUnknown', 'letterCounts', 'equatedDays'],
        );
        if (!known) issueOnce({ code: 'missing-info', field: 'track' });
      }

      receptionAfterRejection(D, known, c, dates.appealLodged !== undefined);
    }

    if (D !== undefined && c.outcome === 'granted') {
      // From 12 June 2026 the new law (nareis for the nuclear family only) may apply, but its start date is not
      // known: the same date to act on, but not yet known rather than a legal deadline.
      const nareisNewLaw = D >= PACT_START;
      add('nareis-deadline', nareisNewLaw ? 'not-yet-known' : 'legal-deadline', addDuration(D, ruleValue(nareisTerm, D)), refsOf(nareisTerm, D), {
        step: 'nareis',
        basis: 'decision',
        rule: 'nareisTerm',
        ...(nareisNewLaw ? { condition: 'newLaw' as const } : {}),
        // Atw decision 'unknown' (see the rule): the unmoved day is shown, which can only be earlier.
        notes: ['letterCounts', 'atwUnknown', ...(D >= PACT_START ? (['newLawUnknown'] as NoteId[]) : [])],
      });
      add('housing-target', 'target', addDuration(D, ruleValue(housingTarget, D)), refsOf(housingTarget, D), {
        step: 'housing',
        basis: 'decision',
        rule: 'housingTarget',
        notes: ['target'],
      });
      const wait = latestHousingWait();
      if (wait) {
        add('housing-estimate', 'estimate', addDuration(D, { weeks: wait.value }), wait.sources, {
          step: 'housing',
          basis: 'decision',
          statYear: wait.year,
          notes: ['average'],
        });
      }
      permitMilestones(D, A, dates.permitEnd);
    }
  }

  // --- integration term (any procedure where a PIP was adopted) -------------
  const P = dates.pip;
  if (P !== undefined) {
    const v = ruleVersion(integrationTerm, P);
    if (v) {
      add('integration-term-end', 'legal-deadline', addDuration(P, v.value), v.sources, {
        step: 'inburgering',
        basis: 'pip',
        rule: 'integrationTerm',
        notes: ['letterCounts'],
      });
    } else {
      issueOnce({ code: 'not-covered', field: 'pip' });
    }
  }

  // --- temporary protection --------------------------------------------------
  if (c.procedure === 'temporary-protection') {
    const v = ruleVersion(temporaryProtectionEnd, today);
    if (v) {
      add('temporary-protection-end', 'legal-deadline', v.value, v.sources, {
        step: 'ukraine-end',
        basis: 'fixed',
        rule: 'temporaryProtectionEnd',
      });
    }
  }

  milestones.sort(byDate);
  return { ruleSet, milestones, issues };
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
