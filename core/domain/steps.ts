/**
 * Stable ids of the procedure steps, shared by the content, the timeline and the rules (so these
 * depend on this file, not on each other). Other parts of the app (the
 * timeline, letters, search) link to steps by these ids, so an id is never
 * renamed; new steps may be added.
 */
export const STEP_IDS = [
  'registration',
  'screening',
  'rest-preparation',
  'medical-check',
  'legal-aid',
  'registration-interview',
  'track-assignment',
  'dublin-procedure',
  'safe-country-procedure',
  'general-procedure',
  'detailed-interview',
  'intention-response',
  'extended-procedure',
  'border-procedure',
  'decision',
  'appeal',
  'further-appeal',
  'repeat-application',
  'reception',
  'permit',
  'housing',
  'inburgering',
  'nareis',
  'permanent-permit-naturalisation',
  'departure',
  'after-reception-ends',
  'minors-nidos',
  'ukraine-registration',
  'ukraine-life',
  'ukraine-end',
] as const;
export type StepId = (typeof STEP_IDS)[number];

