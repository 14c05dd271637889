import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LanguageCode } from '@core/i18n/languages';

/**
 * The second, side-by-side language (support-worker mode): when set, every
 * <Tx> paragraph shows its text in both languages. Its catalogs load through
 * the same backend, namespace by namespace, as the paragraphs need them.
 */
const SecondCtx = createContext<LanguageCode | null>(null);

export function SecondLanguageProvider({ lng, children }: { lng: LanguageCode | null; children: ReactNode }) {
  return <SecondCtx.Provider value={lng}>{children}</SecondCtx.Provider>;
}

export function useSecondLanguage(ns?: string): { lng: LanguageCode; t: TFunction } | null {
  const second = useContext(SecondCtx);
  const { i18n } = useTranslation();
  const active = second && second !== i18n.language ? second : null;
  // Always called (rules of hooks); with no second language it is the current one, already loaded.
  const { t } = useTranslation(ns ?? 'common', { lng: active ?? i18n.language });
  return active ? { lng: active, t } : null;
}
