import { useTranslation } from 'react-i18next';
import type { ISODate } from '@core/domain/dates';
import { useApp } from '../app/AppContext';
import { formatDate } from '../i18n/format';

/**
 * Dates in the person's language (Gregorian) and their choice of digits.
 * 'long' is "14 September 2026"; 'full' adds the weekday.
 */
export function useFormatDate(style: 'long' | 'full' = 'long'): (iso: ISODate) => string {
  const { i18n } = useTranslation();
  const { settings } = useApp();
  const lng = i18n.language;
  const nativeDigits = Boolean(settings.nativeDigits);
  return (iso) => formatDate(iso, lng, { nativeDigits, style });
}
