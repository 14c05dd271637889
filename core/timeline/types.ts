import type { ISODate } from '../domain/dates';
import type { StepId } from '../domain/steps';
import type { MilestoneId } from '../domain/milestones';
import type { RuleId } from '../rules';
import type { SourceRef } from '../sources/registry';
import {
  CASE_DATE_FIELDS,
  caseShapeSchema,
  type CaseDateField,
  type CaseInput,
  type Track,
} from '../domain/case';

export type { CaseDateField, CaseInput, Track };
/** The one case schema (core/domain/case.ts), in its engine form: dates need not be real dates. */
export { caseShapeSchema };
export const DATE_FIELDS: readonly CaseDateField[] = CASE_DATE_FIELDS;

/** The milestone ids live in core/domain (shared with the letters); re-exported here for the timeline's users. */
export { COMPUTED_MILESTONE_IDS, EVENT_IDS, MILESTONE_IDS, type EventId, type MilestoneId } from '../domain/milestones';

/**
 * - `legal-deadline`: the rule is unconditional for what the person entered and its start date is known.
 * - `conditional-deadline`: a legal deadline that depends on something not answered (a letter's wording, a
 *   request to the court, the track) or a condition the app cannot check; `date` is the EARLIEST date to act on,
 *   `latest` the later possibility where there is one; `condition` says what it depends on.
 * - `not-yet-known`: the law for this case is not yet known (e.g. a new law without a known start date);
 *   `date` is the earliest of the possible dates, `latest` the latest.
 * - `target`, `estimate`: a goal, and a published average. `event`: the person's own date.
 */
export type MilestoneKind = 'event' | 'legal-deadline' | 'conditional-deadline' | 'not-yet-known' | 'target' | 'estimate';
export const MILESTONE_KINDS: readonly MilestoneKind[] = [
  'event',
  'legal-deadline',
  'conditional-deadline',
  'not-yet-known',
  'target',
  'estimate',
];

/** What a conditional or not-yet-known milestone depends on (texts: `timeline:conditions.<id>`). */
export type ConditionId =
  | 'manifestRejection' // does the decision say kennelijk ongegrond / niet-ontvankelijk?
  | 'interimMeasure' // did the lawyer ask for a voorlopige voorziening?
  | 'track' // which track (spoor)?
  | 'workConditions' // 18 or older, in COA reception, valid W-document (UWV)
  | 'newLaw' // the new law's start date for this case is not known
  | 'permitCard'; // the end date on the permit card counts
type MilestoneStatus = 'past' | 'today' | 'upcoming';

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
  'appealEarliest', // 1 week if the letter says kennelijk ongegrond / niet-ontvankelijk, otherwise {{laterWeeks}} weeks
  'appealSuspends', // extended procedure: the appeal suspends the decision; reception goes on during the appeal
  'interimMeasureNeeded', // the appeal does not stop the decision: reception goes on only with a voorlopige voorziening
  'interimMeasurePending', // a voorlopige voorziening was asked: reception goes on while the court decides it or if granted
  'unlessSafeCountry', // after a safe-country rejection you may have to leave at once
  'safeCountry', // leave at once, 2-year entry ban, VBL possible
  'workConditions', // UWV conditions: 18+, COA reception, valid W-document, twv by the employer
  'newLawUnknown', // from the new law; the start date for your case is not yet certain
  'permitBoth', // 3 or 5 years: both dates shown; the card counts
  'permitFromApplication', // counted from the day of the application, as the IND does
  'permitCard', // the date from your permit card
  'renewBeforeEnd', // apply before the permit ends
  'atwUnknown', // the Atw may move the last day; act no later than the date shown
] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export interface Milestone {
  /** Its texts are `milestones.<id>.*` in timeline.json, checked by the compiler. */
  id: MilestoneId;
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
  /** For conditional and not-yet-known milestones: what the date depends on. */
  condition?: ConditionId;
  /** Numbers the texts take through placeholders, from the rule data (e.g. { weeks: 1, laterWeeks: 4 }). */
  values?: Record<string, number>;
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
  'work-unknown', // no "may work from" date: field = why (minor, track, newLaw)
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
