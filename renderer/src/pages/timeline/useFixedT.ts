import { useTranslation } from 'react-i18next';
import type { FlatNamespace } from 'i18next';
import type { LanguageCode } from '@core/i18n/languages';

/**
 * A translation function for a language other than the person's (Dutch for
 * the terms beside the titles and in the QR code). Its catalog loads through
 * the app's i18next backend; until then the page waits (Suspense in Layout).
 */
export function useFixedT<N extends FlatNamespace = 'timeline'>(lng: LanguageCode, ns: N = 'timeline' as N) {
  return useTranslation(ns, { lng }).t;
}
