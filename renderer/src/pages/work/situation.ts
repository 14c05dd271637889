import type { CaseInputData } from '@core/domain/case';
import type { Situation } from '@core/content/rights';
import type { WorkSituationKind } from '@core/work';

/** The work checker's situation that fits the person's own case, when they entered one. */
export function workSituationFromCase(c: CaseInputData | null): WorkSituationKind | null {
  if (!c) return null;
  if (c.procedure === 'temporary-protection') return 'temporary-protection';
  if (c.decisionOutcome === 'granted') return 'permit-holder';
  if (c.decisionOutcome === 'rejected') return 'rejected';
  return 'asylum-pending';
}

/** The phase whose ways to take part fit a work situation. */
export const PHASE_OF: Record<WorkSituationKind, Situation> = {
  'asylum-pending': 'in-procedure',
  'permit-holder': 'granted',
  'temporary-protection': 'ukraine',
  rejected: 'rejected',
};
