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

// --- Nareis guide progress (issue 15) -------------------------------------
// The ticks of the family reunification checklist, saved with the case so the
// case's encrypted save and "Delete all my data" cover them too. Ids are the
// guide's checklist item ids (core/content/nareis); unknown ids are ignored
// by the guide, so the guide's content can change without a migration.
export const nareisProgressSchema = z
  .object({
    done: z
      .array(z.string().regex(/^[a-z0-9-]{1,60}$/))
      .max(100),
  })
  .strict();
export type NareisProgress = z.infer<typeof nareisProgressSchema>;
// ---------------------------------------------------------------------------

export const caseInputSchema = z
  .object({
    procedure: z.enum(['asylum', 'temporary-protection']),
    track: z.enum(TRACKS).optional(),
    unaccompaniedMinor: z.boolean().optional(),
    decisionOutcome: z.enum(['granted', 'rejected']).optional(),
    dates: caseDatesSchema,
    /** Issue 15: the nareis checklist's ticks (see nareisProgressSchema). Not part of the timeline's input. */
    nareis: nareisProgressSchema.optional(),
  })
  .strict();

export type CaseInputData = z.infer<typeof caseInputSchema>;
export type CaseDateField = keyof z.infer<typeof caseDatesSchema>;
export const CASE_DATE_FIELDS: CaseDateField[] = ['registration', 'application', 'decision', 'appealLodged', 'pip'];
