import { useTranslation } from 'react-i18next';
import type { ISODate } from '@core/domain/dates';
import { useApp } from '../../app/AppContext';
import { formatDate, formatLocalCalendar } from '../../i18n/format';

/** Unicode isolates around a value put into a sentence: the plain-text twin of <bdi>. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export interface DateTexts {
  lng: string;
  /** "14 September 2026" in the person's language (Gregorian). */
  long(iso: ISODate): string;
  /** "Monday 14 September 2026". */
  full(iso: ISODate): string;
  /** The same day in the person's own calendar, when they asked for it and the language has one. */
  local(iso: ISODate): string | null;
}

export function useDateTexts(): DateTexts {
  const { i18n } = useTranslation();
  const { settings } = useApp();
  const lng = i18n.language;
  const opts = { nativeDigits: Boolean(settings.nativeDigits) };
  return {
    lng,
    long: (iso) => formatDate(iso, lng, opts),
    full: (iso) => formatDate(iso, lng, { ...opts, style: 'full' }),
    local: (iso) => (settings.localCalendar ? formatLocalCalendar(iso, lng, opts) : null),
  };
}
