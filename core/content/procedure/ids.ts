/** The step ids live in core/domain (the timeline and the letters use them too). */
export { STEP_IDS, type StepId } from '../../domain/steps';

/** Stable ids of the procedure's tracks; an id is never renamed. */
export const TRACK_IDS = [
  'dublin',
  'safe-country',
  'general',
  'extended',
  'border',
  'repeat',
  'minor',
  'nareis',
  'ukraine',
] as const;
export type TrackId = (typeof TRACK_IDS)[number];
