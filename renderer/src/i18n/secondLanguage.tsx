import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation, type FallbackNs } from 'react-i18next';
import type { FlatNamespace, TFunction } from 'i18next';
import { isLanguageCode, type LanguageCode } from '@core/i18n/languages';
import { needsReference, referenceLanguage } from '@core/i18n/confidence';
import { metaOf } from './meta';

/**
 * The second, side-by-side language (support-worker mode): when set, every
 * <Tx> paragraph shows its text in both languages. Its catalogs load through
 * the same backend, namespace by namespace, as the paragraphs need them.
 */
const SecondCtx = createContext<LanguageCode | null>(null);

export function SecondLanguageProvider({ lng, children }: { lng: LanguageCode | null; children: ReactNode }) {
  return <SecondCtx.Provider value={lng}>{children}</SecondCtx.Provider>;
}

export function useSecondLanguage<N extends FlatNamespace | undefined = undefined>(ns?: N): { lng: LanguageCode; t: TFunction<FallbackNs<N>> } | null {
  const second = useContext(SecondCtx);
  const { i18n } = useTranslation();
  const active = second && second !== i18n.language ? second : null;
  // Always called (rules of hooks); with no second language it is the current one, already loaded.
  const { t } = useTranslation(ns, { lng: active ?? i18n.language });
  return active ? { lng: active, t } : null;
}

/**
 * The reference language for a safety-critical text (a legal deadline, a "what
 * you must do" sentence): Dutch (English beside Dutch), shown beside the text
 * whenever the current language is not reviewed, without the person asking.
 * Null when the language is reviewed, or when the side-by-side mode already
 * shows a second language.
 */
export function useReference<N extends FlatNamespace | undefined = undefined>(ns: N, wanted: boolean): { lng: LanguageCode; t: TFunction<FallbackNs<N>> } | null {
  const second = useContext(SecondCtx);
  const { i18n } = useTranslation();
  const current = isLanguageCode(i18n.language) ? i18n.language : null;
  const reference = current && wanted && needsReference(metaOf(current)?.confidence) ? referenceLanguage(current) : null;
  const active = reference && !second ? reference : null;
  // Always called (rules of hooks); with no reference it is the current language, already loaded.
  const { t } = useTranslation(ns, { lng: active ?? i18n.language });
  return active ? { lng: active, t } : null;
}
