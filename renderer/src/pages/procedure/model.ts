import type { CaseInputData } from '@core/domain/case';
import type { ISODate } from '@core/domain/dates';
import {
  ARRIVAL,
  getStep,
  getTrack,
  isStepId,
  STEPS,
  TRACK_IDS,
  trackPath,
  type Step,
  type StepId,
  type TrackId,
} from '@core/content/procedure';
import { RULE_PERIODS, rulePeriodFor, type RulePeriodId } from '@core/rules/periods';
import { computeTimeline } from '@core/timeline';

/**
 * The procedure map's layout and the small decisions the procedure pages make
 * from the person's case. Pure functions: the pages render what these return.
 */

// ---------------------------------------------------------------------------
// Phases and lanes of the map
// ---------------------------------------------------------------------------

export type PhaseId = 'arrival' | 'procedure' | 'decision' | 'grant' | 'rejection' | 'special';

/**
 * A lane is one column of a phase: a branch of the map. Its label is the
 * title of its track (`track`), or a UI text (`label`, in procedureUi
 * `lanes.<label>`), or none.
 */
export interface Lane {
  id: string;
  track?: TrackId;
  /** A lane that is no track: its name is `lanes.<label>` in procedureUi.json. */
  label?: 'court' | 'leave';
  steps: readonly StepId[];
}

export interface Phase {
  id: PhaseId;
  lanes: readonly Lane[];
}

export const PHASES: readonly Phase[] = [
  {
    id: 'arrival',
    lanes: [
      {
        id: 'arrival',
        steps: ARRIVAL,
      },
    ],
  },
  {
    id: 'procedure',
    lanes: [
      { id: 'dublin', track: 'dublin', steps: ['dublin-procedure'] },
      { id: 'safe-country', track: 'safe-country', steps: ['safe-country-procedure'] },
      {
        id: 'general',
        track: 'general',
        steps: ['rest-preparation', 'general-procedure', 'detailed-interview', 'intention-response'],
      },
      { id: 'extended', track: 'extended', steps: ['extended-procedure'] },
      { id: 'border', track: 'border', steps: ['border-procedure'] },
    ],
  },
  { id: 'decision', lanes: [{ id: 'decision', steps: ['decision'] }] },
  {
    id: 'grant',
    lanes: [{ id: 'grant', steps: ['permit', 'housing', 'inburgering', 'permanent-permit-naturalisation'] }],
  },
  {
    id: 'rejection',
    lanes: [
      { id: 'court', label: 'court', steps: ['appeal', 'further-appeal'] },
      { id: 'leave', label: 'leave', steps: ['departure', 'after-reception-ends'] },
      { id: 'repeat', track: 'repeat', steps: ['repeat-application'] },
    ],
  },
  {
    id: 'special',
    lanes: [
      { id: 'minor', track: 'minor', steps: ['minors-nidos'] },
      { id: 'nareis', track: 'nareis', steps: ['nareis'] },
      { id: 'ukraine', track: 'ukraine', steps: ['ukraine-registration', 'ukraine-life', 'ukraine-end'] },
    ],
  },
];

const PHASE_BY_STEP = new Map<StepId, PhaseId>(
  PHASES.flatMap((p) => p.lanes.flatMap((l) => l.steps.map((s) => [s, p.id] as const))),
);

export function phaseOf(step: StepId): PhaseId {
  // Every step is in PHASES (a component test checks that the map shows them all).
  return PHASE_BY_STEP.get(step) ?? 'special';
}

export function existsIn(step: StepId, period: RulePeriodId): boolean {
  return getStep(step).periods.includes(period);
}

/** Steps that the rules of `period` do not have, in map order. */
export function stepsNotIn(period: RulePeriodId): Step[] {
  return STEPS.filter((s) => !s.periods.includes(period));
}

export function tracksIn(period: RulePeriodId): TrackId[] {
  return TRACK_IDS.filter((t) => getTrack(t).periods.includes(period));
}

// ---------------------------------------------------------------------------
// Dates and rule periods
// ---------------------------------------------------------------------------

export { localToday } from '../../components/dateParts';

/** The first day of the Pact rules: the date the two periods are named by. */
export const PACT_START: ISODate = RULE_PERIODS.find((p) => p.id === 'pact')?.from ?? '2026-06-12';

export type PeriodBasis = 'application' | 'registration' | 'decision' | 'today';

/**
 * The rule period shown by default, and why. The same order as the timeline
 * engine's rule set (core/timeline: application, else registration, else
 * decision, else today), so the map and "My timeline" never disagree.
 */
export function defaultPeriod(caseData: CaseInputData | null, today: ISODate): {
  period: RulePeriodId;
  basis: PeriodBasis;
  date: ISODate;
} {
  const d = caseData?.dates;
  const pick: [PeriodBasis, ISODate | undefined][] = [
    ['application', d?.application],
    ['registration', d?.registration],
    ['decision', d?.decision],
  ];
  for (const [basis, date] of pick) {
    if (date) return { period: rulePeriodFor(date).id, basis, date };
  }
  return { period: rulePeriodFor(today).id, basis: 'today', date: today };
}

export function otherPeriod(period: RulePeriodId): RulePeriodId {
  return period === 'pact' ? 'pre-pact' : 'pact';
}

// ---------------------------------------------------------------------------
// The person's own track and step
// ---------------------------------------------------------------------------

/** The track of the person's case, as far as it is known. */
export function caseTrack(caseData: CaseInputData | null): TrackId | null {
  if (!caseData) return null;
  if (caseData.procedure === 'temporary-protection') return 'ukraine';
  if (caseData.unaccompaniedMinor) return 'minor';
  const t = caseData.track;
  return t && t !== 'unknown' ? t : null;
}

/** The step in which the application is handled, per track (the application event has no step of its own). */
const APPLICATION_STEP: Record<TrackId | 'unknown', StepId> = {
  dublin: 'dublin-procedure',
  'safe-country': 'safe-country-procedure',
  general: 'general-procedure',
  extended: 'extended-procedure',
  border: 'border-procedure',
  repeat: 'repeat-application',
  minor: 'general-procedure',
  nareis: 'nareis',
  ukraine: 'ukraine-registration',
  unknown: 'track-assignment',
};

/**
 * The person's current step, from the timeline engine: the step of the last
 * milestone that has happened (today or before). The application event has
 * no step, so it stands for the procedure step of the person's track.
 * Temporary protection: registered people live under it (`ukraine-life`)
 * until it ends.
 */
export function currentStep(caseData: CaseInputData | null, today: ISODate): StepId | null {
  if (!caseData) return null;
  const timeline = computeTimeline(caseData, today);
  const reached = timeline.milestones.filter((m) => m.status !== 'upcoming');

  if (caseData.procedure === 'temporary-protection') {
    if (reached.some((m) => m.step === 'ukraine-end')) return 'ukraine-end';
    return reached.length > 0 ? 'ukraine-life' : 'ukraine-registration';
  }

  for (let i = reached.length - 1; i >= 0; i--) {
    const m = reached[i];
    if (!m) continue;
    if (m.step && isStepId(m.step)) return m.step;
    if (m.id === 'application') {
      const minor = caseData.unaccompaniedMinor ? 'minor' : null;
      return APPLICATION_STEP[minor ?? caseData.track ?? 'unknown'];
    }
  }
  return 'registration';
}

// ---------------------------------------------------------------------------
// Neighbours along a track
// ---------------------------------------------------------------------------

export interface Neighbours {
  prev: StepId | null;
  next: StepId | null;
  index: number;
  total: number;
}

/** The step before and after `step` on the route of `track` in `period`, or null when the step is not on it. */
export function neighbours(step: StepId, track: TrackId, period: RulePeriodId): Neighbours | null {
  const path = trackPath(track, period);
  const index = path.indexOf(step);
  if (index < 0) return null;
  return { prev: path[index - 1] ?? null, next: path[index + 1] ?? null, index, total: path.length };
}

/** Whether the route of `track` in `period` goes through `step`. */
export function onTrack(step: StepId, track: TrackId, period: RulePeriodId): boolean {
  return trackPath(track, period).includes(step);
}
