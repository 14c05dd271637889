import type { RulePeriodId } from '../../rules/periods';
import { STEP_IDS, type StepId, type TrackId } from './ids';
import { STEPS, STEPS_BY_ID } from './steps';
import { TRACKS } from './tracks';
import type { Duration, Step, Track } from './types';
import { getPublishedFigure, type PublishedFigure } from '../../rules/statistics';

export * from './ids';
export * from './types';
export { STEPS, STEPS_BY_ID } from './steps';
export { ARRIVAL, TRACKS } from './tracks';
export * from './trackQuestions';

export function isStepId(id: unknown): id is StepId {
  return typeof id === 'string' && (STEP_IDS as readonly string[]).includes(id);
}

export function getStep(id: StepId): Step {
  const step = STEPS_BY_ID[id];
  if (!step) throw new RangeError(`Unknown step ${String(id)}`);
  return step;
}

export function getTrack(id: TrackId): Track {
  const track = TRACKS[id];
  if (!track) throw new RangeError(`Unknown track ${String(id)}`);
  return track;
}

/**
 * The track's path. With a period: only the steps that exist in that period
 * (still a connected path), or `[]` if the track does not exist then.
 */
export function trackPath(track: TrackId, period?: RulePeriodId): StepId[] {
  const t = getTrack(track);
  if (period === undefined) return [...t.path];
  if (!t.periods.includes(period)) return [];
  return t.path.filter((id) => getStep(id).periods.includes(period));
}

/** The steps of a track in path order (each step once), optionally for one rule period. */
export function stepsForTrack(track: TrackId, period?: RulePeriodId): Step[] {
  return [...new Set(trackPath(track, period))].map(getStep);
}

/** The steps that exist in a rule period, in the order of `STEP_IDS`. */
export function stepsForPeriod(period: RulePeriodId): Step[] {
  return STEPS.filter((s) => s.periods.includes(period));
}

/**
 * The durations of a step that apply in a rule period and, if given, to a
 * track (a duration without `tracks` applies to every track).
 */
export function durationsFor(step: Step, opts: { period?: RulePeriodId; track?: TrackId } = {}): Duration[] {
  const { period, track } = opts;
  if (period !== undefined && !step.periods.includes(period)) return [];
  return step.durations.filter(
    (d) =>
      (period === undefined || !d.periods || d.periods.includes(period)) &&
      (track === undefined || !d.tracks || d.tracks.includes(track)),
  );
}

/** The published figures a step shows, for the chosen track (figures about other tracks left out). */
export function figuresFor(step: Step, opts: { track?: TrackId } = {}): PublishedFigure[] {
  const { track } = opts;
  return (step.figures ?? [])
    .map(getPublishedFigure)
    .filter((f) => track === undefined || !f.tracks || (f.tracks as readonly string[]).includes(track));
}
