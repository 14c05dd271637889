import { z } from 'zod';
import { isISODate } from './dates';

/**
 * The person's own case: what they enter in "My case". This is the most
 * sensitive data the app holds; it only crosses IPC through these schemas.
 */
const isoDate = z
  .string()
  .max(10)
  .refine((v) => isISODate(v), { message: 'not a real date (YYYY-MM-DD)' });

export const TRACKS = ['dublin', 'safe-country', 'general', 'extended', 'border', 'unknown'] as const;

export const caseDatesSchema = z
  .object({
    registration: isoDate.optional(),
    application: isoDate.optional(),
    decision: isoDate.optional(),
    appealLodged: isoDate.optional(),
    pip: isoDate.optional(),
  })
  .strict();

export const caseInputSchema = z
  .object({
    procedure: z.enum(['asylum', 'temporary-protection']),
    track: z.enum(TRACKS).optional(),
    unaccompaniedMinor: z.boolean().optional(),
    decisionOutcome: z.enum(['granted', 'rejected']).optional(),
    dates: caseDatesSchema,
  })
  .strict();

export type CaseInputData = z.infer<typeof caseInputSchema>;
export type CaseDateField = keyof z.infer<typeof caseDatesSchema>;
export const CASE_DATE_FIELDS: CaseDateField[] = ['registration', 'application', 'decision', 'appealLodged', 'pip'];
