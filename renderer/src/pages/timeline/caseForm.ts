import { CASE_DATE_FIELDS, caseInputSchema, type CaseDateField, type CaseInputData } from '@core/domain/case';
import { parseISODate, toISODate, type ISODate } from '@core/domain/dates';
import { computeTimeline, type CaseInput, type IssueCode, type TimelineIssue, type Track } from '@core/timeline';

/**
 * The "My case" form as plain data, apart from React: what the person picked,
 * how that becomes a CaseInput, and which messages belong next to which field.
 */

/** One date as picked: day, month and year as select values ('' = not chosen). */
export interface DateParts {
  d: string;
  m: string;
  y: string;
}

export type Outcome = 'pending' | 'granted' | 'rejected' | 'unknown';
export const OUTCOMES: readonly Outcome[] = ['pending', 'granted', 'rejected', 'unknown'];
export const TRACK_CHOICES: readonly Track[] = ['general', 'extended', 'safe-country', 'dublin', 'border', 'unknown'];

export interface Draft {
  procedure: CaseInput['procedure'];
  track: Track;
  outcome: Outcome;
  minor: boolean;
  dates: Record<CaseDateField, DateParts>;
}

export const EMPTY_PARTS: DateParts = { d: '', m: '', y: '' };

export function partsFromISO(iso: string | undefined): DateParts {
  const p = parseISODate(iso);
  return p ? { d: String(p.d), m: String(p.m), y: String(p.y) } : { ...EMPTY_PARTS };
}

/**
 * The date the parts name, as `YYYY-MM-DD`. It may be a day that does not
 * exist (31 February): the engine reports that as a plain message.
 * 'empty' when nothing is chosen, 'incomplete' when only some parts are.
 */
export function partsToISO(p: DateParts): string | 'empty' | 'incomplete' {
  const chosen = [p.d, p.m, p.y].filter((v) => v !== '').length;
  if (chosen === 0) return 'empty';
  if (chosen < 3) return 'incomplete';
  const d = Number(p.d);
  const m = Number(p.m);
  const y = Number(p.y);
  if (![d, m, y].every(Number.isInteger)) return 'incomplete';
  // Not toISODate's validation: an impossible day is passed on as it is.
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A real date from the parts, or null. */
export function partsToRealISO(p: DateParts): ISODate | null {
  const iso = partsToISO(p);
  const parsed = parseISODate(iso);
  return parsed ? toISODate(parsed) : null;
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
    dates,
  };
}

/** The date fields the form asks for, given the other answers. Hidden fields are never saved. */
export function visibleDateFields(draft: Pick<Draft, 'procedure' | 'outcome'>): CaseDateField[] {
  if (draft.procedure === 'temporary-protection') return ['registration', 'application'];
  const out: CaseDateField[] = ['registration', 'application'];
  if (draft.outcome !== 'pending') out.push('decision');
  if (draft.outcome === 'rejected') out.push('appealLodged');
  if (draft.outcome === 'granted') out.push('pip');
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
  }
  return { input, incomplete };
}

/** Issues that stop a save: the dates themselves are wrong. Missing information is fine (enter only what you know). */
export const BLOCKING: readonly IssueCode[] = ['invalid-input', 'invalid-date', 'future-date', 'date-order'];

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
    const key = (CASE_DATE_FIELDS as string[]).includes(issue.field ?? '') ? (issue.field as CaseDateField) : 'form';
    (errors[key] ??= []).push(issue);
  }
  return { input, incomplete, errors, ok: incomplete.length === 0 && Object.keys(errors).length === 0 };
}

/** The data to save, through the same schema the main process uses; null when it does not pass. */
export function toCaseData(input: CaseInput): CaseInputData | null {
  const parsed = caseInputSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}
