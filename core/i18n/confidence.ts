/**
 * How far a language's translation can be trusted (meta.json → confidence),
 * set from the language review, not from hope:
 * - `source`: the English source text itself;
 * - `reviewed`: checked by a native speaker;
 * - `machine-good`: machine-drafted, judged fit to show as such by the review;
 * - `machine-low`: machine-drafted and not vouched for: the picker calls it a draft.
 * Wherever a language is not reviewed, legal deadlines and "what you must do"
 * sentences also show the reference language (Dutch, or English for Dutch).
 */
import type { LanguageCode } from './languages';

const CONFIDENCE_LEVELS = ['source', 'reviewed', 'machine-good', 'machine-low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export function isConfidence(value: unknown): value is Confidence {
  return typeof value === 'string' && (CONFIDENCE_LEVELS as readonly string[]).includes(value);
}

/** Whether deadlines and must-do sentences need the reference language beside them. */
export function needsReference(confidence: Confidence | undefined): boolean {
  return confidence !== 'source' && confidence !== 'reviewed';
}

/** Whether the language picker must say the translation is a draft. */
export function isDraft(confidence: Confidence | undefined): boolean {
  return confidence === 'machine-low' || confidence === undefined;
}

/** The language a support worker or lawyer can read beside it: Dutch, or English beside Dutch. */
export function referenceLanguage(lng: LanguageCode): LanguageCode {
  return lng === 'nl' ? 'en' : 'nl';
}

/** One string's review record (meta.json → reviews["ns:key"]), written by `npm run i18n:import`. */
export interface StringReview {
  by: string;
  date: string;
  /** SHA-256 (hex) of the English source text the reviewer saw: a changed English makes the review stale. */
  source: string;
}

/** The reviews that still hold: the English text is the one that was reviewed. */
export function currentReviews(
  reviews: Readonly<Record<string, StringReview>> | undefined,
  englishHash: (key: string) => string | undefined,
): Set<string> {
  const out = new Set<string>();
  for (const [key, r] of Object.entries(reviews ?? {})) if (englishHash(key) === r.source) out.add(key);
  return out;
}
