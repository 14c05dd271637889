import { z } from 'zod';
import type { ISODate } from '../domain/dates';
import type { StepId } from '../domain/steps';
import type { KnownTrack, RuleId } from '../rules';
import type { SourceRef } from '../sources/registry';

export type { ISODate };

export type Track = KnownTrack | 'unknown';
export const TIMELINE_TRACKS = ['dublin', 'safe-country', 'general', 'extended', 'border', 'unknown'] as const;

export interface CaseDates {
  registration?: ISODate;
  application?: ISODate;
  decision?: ISODate;
  appealLodged?: ISODate;
  pip?: ISODate;
}
export type CaseDateField = keyof CaseDates;
export const DATE_FIELDS: readonly CaseDateField[] = ['registration', 'application', 'decision', 'appealLodged', 'pip'];

export interface CaseInput {
  procedure: 'asylum' | 'temporary-protection';
  track?: Track;
  unaccompaniedMinor?: boolean;
  decisionOutcome?: 'granted' | 'rejected';
  dates: CaseDates;
}

/**
 * The shape of a CaseInput, nothing more: dates must be strings (at most 10
 * characters) but need not be real dates. Whether a date exists, lies in the
 * future or is in the right order is reported by `computeTimeline` as issues,
 * so the person sees a helpful message instead of a rejected form.
 */
const dateString = z.string().max(10);
export const caseInputSchema = z
  .object({
    procedure: z.enum(['asylum', 'temporary-protection']),
    track: z.enum(TIMELINE_TRACKS).optional(),
    unaccompaniedMinor: z.boolean().optional(),
    decisionOutcome: z.enum(['granted', 'rejected']).optional(),
    dates: z
      .object({
        registration: dateString.optional(),
        application: dateString.optional(),
        decision: dateString.optional(),
        appealLodged: dateString.optional(),
        pip: dateString.optional(),
      })
      .strict(),
  })
  .strict();

/** Events are the person's own dates; the other ids are computed. Ids are stable: texts and the UI key on them. */
export const EVENT_IDS = ['registration', 'application', 'decision', 'appeal-lodged', 'pip'] as const;
export const COMPUTED_MILESTONE_IDS = [
  'border-admission',
  'decision-deadline',
  'decision-estimate',
  'work-allowed-from',
  'appeal-deadline',
  'reception-end',
  'nareis-deadline',
  'housing-target',
  'housing-estimate',
  'permit-expiry',
  'integration-term-end',
  'temporary-protection-end',
] as const;
export const MILESTONE_IDS = [...EVENT_IDS, ...COMPUTED_MILESTONE_IDS] as const;
export type EventId = (typeof EVENT_IDS)[number];
export type MilestoneId = (typeof MILESTONE_IDS)[number];

export type MilestoneKind = 'event' | 'legal-deadline' | 'target' | 'estimate';
export const MILESTONE_KINDS: readonly MilestoneKind[] = ['event', 'legal-deadline', 'target', 'estimate'];
export type MilestoneStatus = 'past' | 'today' | 'upcoming';

/** Extra explanations the UI shows with a milestone (texts: `timeline:notes.<id>`). */
export const NOTE_IDS = [
  'letterCounts', // the date in your letter counts
  'suspension', // the IND's period can be suspended, so the letter may give a later date
  'extensionReversed', // older letters mention 15 months; that extension no longer applies
  'unlessDublin', // shown when the track is unknown: does not apply in a Dublin procedure
  'trackUnknown', // the term depends on the track; the earliest possible date is shown
  'average', // a published average for {{year}}, not a promise
  'target', // an agreed goal, not a right
  'equatedDays', // the Atw can add a day; the app shows the earliest possible end
] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export interface Milestone {
  /** One of MILESTONE_IDS (typed as string, as in the contract). */
  id: string;
  kind: MilestoneKind;
  /** For estimates: the central estimate. For legal deadlines: the last day. */
  date: ISODate;
  /** The range, where there is one. */
  earliest?: ISODate;
  latest?: ISODate;
  status: MilestoneStatus;
  /** Ids in the sources registry. */
  sources: string[];
  /** The procedure step this milestone belongs to. */
  step?: StepId;
  /** Sources with section / article. */
  refs?: SourceRef[];
  /** The case date it counts from; 'fixed' for a date set by law or EU decision. */
  basis?: CaseDateField | 'fixed';
  /** Set when the Algemene termijnenwet moved the last day. */
  adjusted?: 'weekend' | 'holiday';
  /** For estimates: the year of the published average used. */
  statYear?: number;
  /** The rule (in core/rules) that produced it. */
  rule?: RuleId;
  notes?: NoteId[];
}

export const ISSUE_CODES = [
  'invalid-input', // the input is not a case at all, or a field has an impossible value (field names it)
  'invalid-date', // not a real date, e.g. 2026-02-30
  'future-date', // an event date after today
  'date-order', // e.g. decision before application (field = the later date)
  'missing-date', // a milestone needs a date the case does not have (field = that date)
  'missing-info', // a milestone needs other information, e.g. the track or the decision outcome
  'not-covered', // the app has no rule for this date (e.g. a PIP before the Wi2021)
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface TimelineIssue {
  code: IssueCode;
  field?: string;
}

export interface Timeline {
  /** The rule set (rule period id from core/rules/periods.ts) chosen by the case's own dates, or 'unknown'. */
  ruleSet: string;
  milestones: Milestone[];
  issues: TimelineIssue[];
}
