import type { ISODate } from '../../domain/dates';
import type { RulePeriodId } from '../../rules/periods';
import type { PublishedFigureId } from '../../rules/statistics';
import type { SourceRef } from '../../sources/registry';
import type { ActorId } from '../actors';
import type { StepId, TrackId } from './ids';

/**
 * The procedure content model: data only. Every text (title, summary, what
 * happens, what to do, rights, common questions, period notes, duration
 * labels) lives in `locales/<lng>/procedure.json`:
 *
 *   steps.<stepId>.{title, summary, whatHappens, whatToDo, rights}
 *   steps.<stepId>.faq.{q1, a1, …, q<faqCount>, a<faqCount>}
 *   steps.<stepId>.periodNotes.<periodId>   (for each id in `periodNotes`)
 *   durations.<durationId>                  (a short label per duration)
 *   tracks.<trackId>.{title, summary}
 *   periods.<periodId>.{title, summary}
 *   questions.<questionId>.text, questions.<questionId>.answers.<answerId>
 *   results.ask-lawyer
 *
 * Official Dutch terms in those texts are written `[[glossary-id]]` (the
 * Dutch term lower-case, spaces → hyphens, diacritics removed); the app shows
 * the Dutch term untranslated, linked to the glossary.
 */

/** Icons a step can show. Each one is an SVG in `assets/icons/<name>.svg`. */
export const STEP_ICONS = [
  'arrival',
  'id-card',
  'search',
  'rest',
  'medical',
  'lawyer',
  'interview',
  'route',
  'route-branch',
  'clock',
  'decision',
  'letter',
  'court',
  'repeat',
  'home',
  'house',
  'school',
  'family',
  'passport',
  'globe',
  'shield',
  'departure',
  'people',
  'child',
  'ukraine',
  'work',
  'calendar',
] as const;
export type StepIcon = (typeof STEP_ICONS)[number];

/**
 * - `legal`: a term set by law or by a binding rule (a deadline, a maximum, a validity).
 * - `average`: a published average that describes one past year (`year`).
 * - `target`: an agreed norm or aim, not a right (e.g. the 14-week housing norm).
 */
export type DurationKind = 'legal' | 'average' | 'target';
type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

export interface Duration {
  /** Unique across all steps; its label is `durations.<id>` in the locale. */
  id: string;
  kind: DurationKind;
  value: number;
  unit: DurationUnit;
  /** For averages: the year the figure describes. */
  year?: number;
  /** Rule periods in which this duration applies. Absent = every period of its step. */
  periods?: readonly RulePeriodId[];
  /**
   * Tracks this duration is about (e.g. an appeal deadline that differs per
   * track, or a per-track average). Absent = everyone at this step.
   */
  tracks?: readonly TrackId[];
  sources: readonly SourceRef[];
}

export interface Step {
  id: StepId;
  icon: StepIcon;
  /** The official Dutch term, never translated, e.g. 'aanmeldgehoor'. */
  dutchTerm: string;
  /** Organisations the person deals with at this step. */
  actors: readonly ActorId[];
  /** Tracks whose path (see `tracks.ts`) goes through this step. */
  tracks: readonly TrackId[];
  /** Rule periods in which this step exists. */
  periods: readonly RulePeriodId[];
  durations: readonly Duration[];
  /**
   * Published figures (core/rules/statistics.ts) that help a person judge
   * this step, shown as "published figures, not a prediction for your case".
   */
  figures?: readonly PublishedFigureId[];
  /** Edges of the procedure map: the steps that can come next. */
  next: readonly StepId[];
  /** Never empty. */
  sources: readonly SourceRef[];
  /** When the content was last checked against the sources. */
  lastChecked: ISODate;
  /** Number of common questions (`faq.q1`/`faq.a1` …) in the locale texts. */
  faqCount: number;
  /** Periods for which the locale has `periodNotes.<periodId>`, explaining what differs. */
  periodNotes?: readonly RulePeriodId[];
}

export interface Track {
  id: TrackId;
  /** The steps in order, from first to last. Consecutive steps are always an edge (`next`). */
  path: readonly StepId[];
  /** Rule periods in which the track exists. */
  periods: readonly RulePeriodId[];
  sources: readonly SourceRef[];
}
