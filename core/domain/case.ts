import { z } from 'zod';
import { isISODate } from './dates';

/**
 * The person's own case: what they enter in "My case". This is the ONE
 * definition of the case (issue 16): the IPC contract, the store, the
 * timeline engine and the form all use these schemas and this track list.
 * It is the most sensitive data the app holds; it only crosses IPC through
 * `caseInputSchema`.
 */

/** The asylum tracks the IND assigns (spoor 1 = dublin, spoor 2 = safe-country, spoor 4 = general/extended), plus the border procedure. The one track list. */
const KNOWN_TRACKS = ['general', 'extended', 'safe-country', 'dublin', 'border'] as const;
export type KnownTrack = (typeof KNOWN_TRACKS)[number];
/** What the person can answer: a known track or "I don't know" (in the order the form shows them). */
export const CASE_TRACKS = [...KNOWN_TRACKS, 'unknown'] as const;
export type Track = (typeof CASE_TRACKS)[number];

/** Answers to a question about what a letter says. */
export const ANSWERS = ['yes', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * Dates the person enters. All but `permitEnd` are past events; `permitEnd`
 * is the end date printed on the permit card (it lies in the future).
 */
export const CASE_DATE_FIELDS = ['registration', 'application', 'decision', 'appealLodged', 'pip', 'permitEnd'] as const;
export type CaseDateField = (typeof CASE_DATE_FIELDS)[number];
/** Date fields that are events (must not lie after today). */
export const EVENT_DATE_FIELDS: readonly CaseDateField[] = ['registration', 'application', 'decision', 'appealLodged', 'pip'];

/**
 * The ticks of the family reunification (nareis) guide's checklist, saved with
 * the case so the case's encrypted save and "Delete all my data" cover them
 * too. Ids are the guide's checklist item ids (core/content/nareis); unknown
 * ids are ignored by the guide, so its content can change without a migration.
 * The timeline ignores this field.
 */
const nareisProgressSchema = z
  .object({
    done: z
      .array(z.string().regex(/^[a-z0-9-]{1,60}$/))
      .max(100),
  })
  .strict();
export type NareisProgress = z.infer<typeof nareisProgressSchema>;

function caseSchema<D extends z.ZodType<string>>(date: D) {
  const dates = z
    .object(Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, date.optional()])) as Record<CaseDateField, z.ZodOptional<D>>)
    .strict();
  return z
    .object({
      procedure: z.enum(['asylum', 'temporary-protection']),
      track: z.enum(CASE_TRACKS).optional(),
      unaccompaniedMinor: z.boolean().optional(),
      decisionOutcome: z.enum(['granted', 'rejected']).optional(),
      /** Does the rejection say "kennelijk ongegrond" or "niet-ontvankelijk"? (Vw 2000 art. 69(2), art. 82(2)) */
      manifestRejection: z.enum(ANSWERS).optional(),
      /** After an appeal: did the lawyer ask the court for a voorlopige voorziening? (Vw 2000 art. 82(2)) */
      interimMeasure: z.enum(ANSWERS).optional(),
      dates,
      /** The nareis guide's checklist ticks (not used by the timeline). */
      nareis: nareisProgressSchema.optional(),
    })
    .strict();
}

/** A real calendar date (what IPC and the store accept). */
const isoDate = z
  .string()
  .max(10)
  .refine((v) => isISODate(v), { message: 'not a real date (YYYY-MM-DD)' });

/** The case as stored and sent over IPC: dates must be real dates. */
export const caseInputSchema = caseSchema(isoDate);

/**
 * The same shape with dates as short strings that need not be real dates:
 * what the timeline engine accepts. Whether a date exists, lies in the future
 * or is in the right order is reported by `computeTimeline` as issues, so the
 * person sees a helpful message instead of a rejected form.
 */
export const caseShapeSchema = caseSchema(z.string().max(10));

export type CaseInputData = z.infer<typeof caseInputSchema>;
/** The engine's input (dates are ISO strings, not checked here). */
export type CaseInput = z.infer<typeof caseShapeSchema>;
