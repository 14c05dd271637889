import type { Confidence, StringReview } from '@core/i18n/confidence';

/**
 * Each language's metadata (locales/<lng>/meta.json): who drafted it and how far it can be trusted. Small,
 * and held from the start of the rest of the app: the language picker shows each language's confidence
 * (a first start's picker has it prerendered). No i18next here: the picker needs none.
 */
export interface LocaleMeta {
  drafted: { by: 'machine' | 'human'; tool?: string; date?: string };
  /** A later rewrite of the whole catalog (who, with what, when, and what changed); still counts as drafted, not reviewed. */
  redrafted?: { by: 'machine' | 'human'; tool?: string; date?: string; what?: string };
  review: { status: 'not-reviewed' | 'reviewed'; by: string | null; date: string | null };
  /** How far the translation can be trusted (core/i18n/confidence.ts). */
  confidence?: Confidence;
  // (`styleNote`, the translators' writing conventions, is in the file but not in the app: metaForApp.)
  /** "Draft" in the language itself, for the picker (machine-low languages). */
  draftLabel?: string;
  /** Per string ("ns:key"): who reviewed it, and the hash of the English they reviewed. */
  reviews?: Record<string, StringReview>;
}

const metas = import.meta.glob<LocaleMeta>('../../../locales/*/meta.json', { eager: true, import: 'default' });

/** Languages that have catalogs in `locales/` (each has its meta.json). */
export const AVAILABLE_LANGUAGES = new Set(
  Object.keys(metas).map((p) => /locales\/([^/]+)\//.exec(p)?.[1] ?? ''),
) as Set<string>;

export function metaOf(lng: string): LocaleMeta | null {
  return metas[`../../../locales/${lng}/meta.json`] ?? null;
}
