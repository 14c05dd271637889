import { ANSWERS, CASE_DATE_FIELDS, CASE_TRACKS, caseInputSchema, type Answer, type CaseDateField, type CaseInputData } from '@core/domain/case';
import type { ISODate } from '@core/domain/dates';
import { computeTimeline, type CaseInput, type IssueCode, type TimelineIssue, type Track } from '@core/timeline';
import { partsFromISO, partsToISO, type DateParts } from '../../components/dateParts';

/**
 * The "My case" form as plain data, apart from React: what the person picked,
 * how that becomes a CaseInput, and which messages belong next to which field.
 */

export type Outcome = 'pending' | 'granted' | 'rejected' | 'unknown';
export const OUTCOMES: readonly Outcome[] = ['pending', 'granted', 'rejected', 'unknown'];
/** The one track list (core/domain/case.ts), in its form order. */
export const TRACK_CHOICES: readonly Track[] = CASE_TRACKS;

export { ANSWERS };
/** Questions about what a rejection letter says, asked only after a rejection. */
export const REJECTION_QUESTIONS = ['manifestRejection', 'interimMeasure'] as const;

export interface Draft {
  procedure: CaseInput['procedure'];
  track: Track;
  outcome: Outcome;
  minor: boolean;
  manifestRejection: Answer;
  interimMeasure: Answer;
  dates: Record<CaseDateField, DateParts>;
}

export function draftFromCase(c: CaseInputData | null): Draft {
  const dates = Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, partsFromISO(c?.dates[f])])) as Draft['dates'];
  let outcome: Outcome = 'pending';
  if (c?.decisionOutcome) outcome = c.decisionOutcome;
  else if (c?.dates.decision) outcome = 'unknown';
  return {
    procedure: c?.procedure ?? 'asylum',
    track: c?.track ?? 'unknown',
    outcome,
    minor: c?.unaccompaniedMinor ?? false,
    manifestRejection: c?.manifestRejection ?? 'unknown',
    interimMeasure: c?.interimMeasure ?? 'unknown',
    dates,
  };
}

/** The date fields the form asks for, given the other answers. Hidden fields are never saved. */
export function visibleDateFields(draft: Pick<Draft, 'procedure' | 'outcome'>): CaseDateField[] {
  if (draft.procedure === 'temporary-protection') return ['registration', 'application'];
  const out: CaseDateField[] = ['registration', 'application'];
  if (draft.outcome !== 'pending') out.push('decision');
  if (draft.outcome === 'rejected') out.push('appealLodged');
  if (draft.outcome === 'granted') out.push('pip', 'permitEnd');
  return out;
}

export interface DraftResult {
  /** What goes to the engine (dates may be impossible ones). */
  input: CaseInput;
  /** Fields where only part of a date was chosen. */
  incomplete: CaseDateField[];
}

export function draftToInput(draft: Draft): DraftResult {
  const incomplete: CaseDateField[] = [];
  const dates: CaseInput['dates'] = {};
  for (const f of visibleDateFields(draft)) {
    const iso = partsToISO(draft.dates[f]);
    if (iso === 'incomplete') incomplete.push(f);
    else if (iso !== 'empty') dates[f] = iso;
  }
  const input: CaseInput = { procedure: draft.procedure, dates };
  if (draft.procedure === 'asylum') {
    input.track = draft.track;
    if (draft.outcome === 'granted' || draft.outcome === 'rejected') input.decisionOutcome = draft.outcome;
    if (draft.minor) input.unaccompaniedMinor = true;
    // "I don't know" is not saved: the engine treats a missing answer as unknown.
    if (draft.outcome === 'rejected') {
      if (draft.manifestRejection !== 'unknown') input.manifestRejection = draft.manifestRejection;
      if (draft.interimMeasure !== 'unknown') input.interimMeasure = draft.interimMeasure;
    }
  }
  return { input, incomplete };
}

/** Issues that stop a save: the dates themselves are wrong. Missing information is fine (enter only what you know). */
const BLOCKING: readonly IssueCode[] = ['invalid-input', 'invalid-date', 'future-date', 'date-order'];

export interface Check {
  input: CaseInput;
  incomplete: CaseDateField[];
  /** Blocking issues by date field; issues without a date field under 'form'. */
  errors: Partial<Record<CaseDateField | 'form', TimelineIssue[]>>;
  ok: boolean;
}

export function checkDraft(draft: Draft, today: ISODate): Check {
  const { input, incomplete } = draftToInput(draft);
  const timeline = computeTimeline(input, today);
  const errors: Check['errors'] = {};
  for (const issue of timeline.issues) {
    if (!BLOCKING.includes(issue.code)) continue;
    const key = (CASE_DATE_FIELDS as readonly string[]).includes(issue.field ?? '') ? (issue.field as CaseDateField) : 'form';
    (errors[key] ??= []).push(issue);
  }
  return { input, incomplete, errors, ok: incomplete.length === 0 && Object.keys(errors).length === 0 };
}

/** The data to save, through the same schema the main process uses; null when it does not pass. */
export function toCaseData(input: CaseInput): CaseInputData | null {
  const parsed = caseInputSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}
