/**
 * The situations a person can be in. Rights, duties and participation offers
 * are filtered by them. Labels live in `locales/<lng>/rights.json` under
 * `situations.<id>`.
 *
 * - in-procedure: asked for asylum, waiting for a decision (incl. appeal)
 * - granted: has an asylum residence permit (statushouder)
 * - rejected: the asylum request was refused
 * - minor: a child, in particular an unaccompanied minor (amv)
 * - ukraine: temporary protection as a displaced person from Ukraine
 */
export const SITUATIONS = ['in-procedure', 'granted', 'rejected', 'minor', 'ukraine'] as const;
export type Situation = (typeof SITUATIONS)[number];

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}
