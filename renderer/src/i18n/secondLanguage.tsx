import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LanguageCode } from '@core/i18n/languages';
import { loadLanguage } from './index';

/**
 * The second, side-by-side language (support-worker mode): when set, every
 * <Tx> paragraph shows its text in both languages.
 */
const SecondCtx = createContext<LanguageCode | null>(null);

export function SecondLanguageProvider({ lng, children }: { lng: LanguageCode | null; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [ready, setReady] = useState<LanguageCode | null>(null);
  useEffect(() => {
    let live = true;
    if (!lng) return;
    void loadLanguage(i18n, lng).then(() => {
      if (live) setReady(lng);
    });
    return () => {
      live = false;
    };
  }, [i18n, lng]);
  return <SecondCtx.Provider value={ready === lng ? lng : null}>{children}</SecondCtx.Provider>;
}

export function useSecondLanguage(ns?: string): { lng: LanguageCode; t: TFunction } | null {
  const lng = useContext(SecondCtx);
  const { i18n } = useTranslation();
  if (!lng || lng === i18n.language) return null;
  return { lng, t: i18n.getFixedT(lng, ns ?? 'common') };
}
