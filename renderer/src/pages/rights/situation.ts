import type { CaseInputData } from '@core/domain/case';
import type { Situation } from '@core/content/rights';

/**
 * The situation that fits the person's own case, when they entered one:
 * temporary protection → ukraine; a child alone → minor; otherwise the
 * decision (granted / rejected) or, without one, still in the procedure.
 */
export function situationFromCase(c: CaseInputData | null): Situation | null {
  if (!c) return null;
  if (c.procedure === 'temporary-protection') return 'ukraine';
  if (c.unaccompaniedMinor) return 'minor';
  if (c.decisionOutcome === 'granted') return 'granted';
  if (c.decisionOutcome === 'rejected') return 'rejected';
  return 'in-procedure';
}
