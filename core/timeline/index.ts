import { addDays, isISODate, type ISODate } from '../domain/dates';
import type { StepId } from '../domain/steps';
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
  receptionEndAfterRejection,
  rulePeriodFor,
  ruleValue,
  ruleVersion,
  statutoryTermEnd,
  temporaryProtectionEnd,
  workAfter,
  type Duration,
  type KnownTrack,
  type Rule,
} from '../rules';
import type { SourceRef } from '../sources/registry';
import {
  DATE_FIELDS,
  MILESTONE_IDS,
  MILESTONE_KINDS,
  TIMELINE_TRACKS,
  type CaseDateField,
  type CaseInput,
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

const EVENT_OF: Record<CaseDateField, EventId> = {
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
];

interface Clean {
  procedure: CaseInput['procedure'] | undefined;
  track: Track;
  minor: boolean;
  outcome: 'granted' | 'rejected' | undefined;
  dates: Partial<Record<CaseDateField, ISODate>>;
}

const TOP_KEYS: readonly string[] = ['procedure', 'track', 'unaccompaniedMinor', 'decisionOutcome', 'dates'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function read(raw: unknown, issues: TimelineIssue[]): Clean {
  const clean: Clean = { procedure: undefined, track: 'unknown', minor: false, outcome: undefined, dates: {} };
  if (!isRecord(raw)) {
    issues.push({ code: 'invalid-input' });
    return clean;
  }
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.includes(k)) issues.push({ code: 'invalid-input', field: k });
  }
  const p = raw['procedure'];
  if (p === 'asylum' || p === 'temporary-protection') clean.procedure = p;
  else issues.push({ code: 'invalid-input', field: 'procedure' });

  const t = raw['track'];
  if (t !== undefined) {
    if (typeof t === 'string' && (TIMELINE_TRACKS as readonly string[]).includes(t)) {
      clean.track = t as Track;
    } else issues.push({ code: 'invalid-input', field: 'track' });
  }

  const m = raw['unaccompaniedMinor'];
  if (m === true) clean.minor = true;
  else if (m !== undefined && m !== false) issues.push({ code: 'invalid-input', field: 'unaccompaniedMinor' });

  const o = raw['decisionOutcome'];
  if (o === 'granted' || o === 'rejected') clean.outcome = o;
  else if (o !== undefined) issues.push({ code: 'invalid-input', field: 'decisionOutcome' });

  const d = raw['dates'];
  if (d === undefined) {
    issues.push({ code: 'invalid-input', field: 'dates' });
    return clean;
  }
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

/** The longest and shortest of the terms a rule value gives across tracks (for an unknown track). */
function termExtremes(terms: Record<KnownTrack, Duration | null>, from: ISODate): { min: Duration; max: Duration } | undefined {
  let min: { d: Duration; end: ISODate } | undefined;
  let max: { d: Duration; end: ISODate } | undefined;
  for (const d of Object.values(terms)) {
    if (!d) continue;
    const end = addDuration(from, d);
    if (!min || end < min.end) min = { d, end };
    if (!max || end > max.end) max = { d, end };
  }
  return min && max ? { min: min.d, max: max.d } : undefined;
}

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
  for (const f of DATE_FIELDS) {
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
  for (const f of DATE_FIELDS) {
    const v = dates[f];
    if (v === undefined) continue;
    const id = EVENT_OF[f];
    const step = EVENT_STEP[id];
    add(id, 'event', v, [], step ? { step, basis: f } : { basis: f });
  }

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
          add('decision-deadline', 'legal-deadline', addDuration(A, period), refsOf(decisionPeriod, A), {
            step: 'decision',
            basis: 'application',
            rule: 'decisionPeriod',
            notes,
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

        // Work allowed after 6 months in the procedure (same rule as the work checker).
        add('work-allowed-from', 'legal-deadline', workAllowedFrom(A), refsOf(workAfter, A), {
          basis: 'application',
          rule: 'workAfter',
        });

        // Border procedure: admitted to the regular procedure if no decision within 4 weeks (2025 rules).
        if (known === 'border' && !c.minor) {
          const term = ruleValue(borderAdmissionAfter, A);
          if (term) {
            add('border-admission', 'legal-deadline', addDuration(A, term), refsOf(borderAdmissionAfter, A), {
              step: 'border-procedure',
              basis: 'application',
              rule: 'borderAdmissionAfter',
            });
          }
        }
      }
    }

    if (D !== undefined && c.outcome === 'rejected') {
      // Appeal deadline (Vw 2000 art. 69), moved by the Algemene termijnenwet.
      const terms = ruleValue(appealTerm, D);
      const refs = refsOf(appealTerm, D);
      const term = known ? terms[known] : null;
      const firstDay = addDays(D, 1);
      if (term) {
        const end = statutoryTermEnd(firstDay, addDuration(D, term));
        add('appeal-deadline', 'legal-deadline', end.date, refs, {
          step: 'appeal',
          basis: 'decision',
          rule: 'appealTerm',
          notes: ['letterCounts', 'equatedDays'],
          ...(end.adjusted ? { adjusted: end.adjusted } : {}),
        });
      } else {
        const ext = termExtremes(terms, D);
        if (ext) {
          const early = statutoryTermEnd(firstDay, addDuration(D, ext.min));
          const late = statutoryTermEnd(firstDay, addDuration(D, ext.max));
          add('appeal-deadline', 'legal-deadline', early.date, refs, {
            step: 'appeal',
            basis: 'decision',
            rule: 'appealTerm',
            earliest: early.date,
            latest: late.date,
            notes: ['trackUnknown', 'letterCounts', 'equatedDays'],
            ...(early.adjusted ? { adjusted: early.adjusted } : {}),
          });
        }
        if (!known) issueOnce({ code: 'missing-info', field: 'track' });
      }

      // Reception ends 4 weeks after a rejection, unless an appeal is lodged.
      if (dates.appealLodged === undefined && known !== 'dublin' && known !== 'border' && !c.minor) {
        const notes: NoteId[] = ['letterCounts'];
        if (!known) notes.push('unlessDublin');
        add(
          'reception-end',
          'legal-deadline',
          addDuration(D, ruleValue(receptionEndAfterRejection, D)),
          refsOf(receptionEndAfterRejection, D),
          { step: 'after-reception-ends', basis: 'decision', rule: 'receptionEndAfterRejection', notes },
        );
      }
    }

    if (D !== undefined && c.outcome === 'granted') {
      add('nareis-deadline', 'legal-deadline', addDuration(D, ruleValue(nareisTerm, D)), refsOf(nareisTerm, D), {
        step: 'nareis',
        basis: 'decision',
        rule: 'nareisTerm',
        notes: ['letterCounts'],
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
      add('permit-expiry', 'legal-deadline', addDuration(D, ruleValue(permitDuration, D)), refsOf(permitDuration, D), {
        step: 'permit',
        basis: 'decision',
        rule: 'permitDuration',
        notes: ['letterCounts'],
      });
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
 * rule (6 months). The timeline's `work-allowed-from` and the work checker
 * both call this, so they can never disagree.
 */
export function workAllowedFrom(application: ISODate): ISODate {
  return addDuration(application, ruleValue(workAfter, application));
}

/** The next milestone that is today or later, ignoring the person's own events. */
export function nextMilestone(timeline: Timeline): Milestone | undefined {
  return timeline.milestones.find((m) => m.kind !== 'event' && m.status !== 'past');
}

/** Sources for the "decision overdue" advice: notice of default (ingebrekestelling), then an appeal for failure to decide in time. */
export const OVERDUE_REFS: readonly SourceRef[] = [
  { id: 'awb', section: 'art. 4:17' },
  { id: 'awb', section: 'art. 6:12' },
];

/**
 * True when the statutory decision period has passed (today is after its last
 * day) and no decision has been entered. The UI then shows the `overdue.*`
 * texts (talk to a lawyer about an ingebrekestelling, then an appeal because
 * the IND did not decide in time), citing OVERDUE_REFS.
 */
export function decisionOverdue(timeline: Timeline, today: string): boolean {
  if (!isISODate(today)) return false;
  if (timeline.milestones.some((m) => m.id === 'decision')) return false;
  const deadline = timeline.milestones.find((m) => m.id === 'decision-deadline');
  return deadline !== undefined && today > deadline.date;
}
