import { getLanguage, isLanguageCode, type LanguageCode } from '@core/i18n/languages';
import { parseISODate, type ISODate } from '@core/domain/dates';

export interface DateFormatOptions {
  /** Show digits of the language's own script (e.g. Arabic-Indic) instead of 0-9. */
  nativeDigits?: boolean;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, style: 'long' | 'full' | 'medium' | 'short'): Intl.DateTimeFormat {
  const key = `${tag}|${style}`;
  let f = cache.get(key);
  if (!f) {
    // Dates are calendar days: format them in UTC so no time zone can shift a day.
    f = new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/**
 * The BCP 47 tag for dates. Always the Gregorian calendar, chosen on purpose:
 * the IND's letters use it, and Intl would give Persian `fa` its own calendar
 * by default. Digits are Latin unless the person asks for their own.
 */
export function dateLocale(lng: string, opts: DateFormatOptions = {}): string {
  return `${intlTag(lng)}-u-ca-gregory-nu-${digits(lng, opts)}`;
}

function intlTag(lng: string): string {
  return isLanguageCode(lng) ? getLanguage(lng).intl : 'en';
}

/** Latin digits unless the person chose their language's own (where it has them). */
function digits(lng: string, opts: DateFormatOptions): string {
  const native = isLanguageCode(lng) ? getLanguage(lng).nativeDigits : undefined;
  return opts.nativeDigits && native ? native : 'latn';
}

export function hasNativeDigits(lng: string): boolean {
  return isLanguageCode(lng) && Boolean(getLanguage(lng).nativeDigits);
}

function toUTCDate(iso: ISODate): Date | null {
  const p = parseISODate(iso);
  return p ? new Date(Date.UTC(p.y, p.m - 1, p.d)) : null;
}

const intlKnows = new Map<string, boolean>();

/**
 * Whether this runtime's Intl has month names for the language. Browsers ship
 * CLDR data for some languages only (Chromium lacks e.g. Pashto, Tigrinya,
 * Somali and Kurdish) and then fall back to English without saying so.
 */
export function intlHasLanguage(lng: string): boolean {
  if (lng === 'en') return true;
  let known = intlKnows.get(lng);
  if (known === undefined) {
    const probe = new Date(Date.UTC(2026, 2, 14));
    const english = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(probe);
    const own = new Intl.DateTimeFormat(dateLocale(lng), { month: 'long', timeZone: 'UTC' }).format(probe);
    known = own !== english;
    intlKnows.set(lng, known);
  }
  return known;
}

/**
 * "14 March 2026" in the person's language, Gregorian. Where the runtime has
 * no month names for the language, the date is written with numbers the way
 * Dutch letters write it (14-03-2026), never with English month names.
 */
export function formatDate(iso: ISODate, lng: string, opts: DateFormatOptions & { style?: 'long' | 'full' | 'medium' } = {}): string {
  const date = toUTCDate(iso);
  if (!date) return iso;
  if (!intlHasLanguage(lng)) return formatter('nl-u-ca-gregory-nu-latn', 'short').format(date);
  return formatter(dateLocale(lng, opts), opts.style ?? 'long').format(date);
}

/** The same day in the person's own calendar (Solar Hijri, Ethiopian), or null when the language has none. */
export function formatLocalCalendar(iso: ISODate, lng: string, opts: DateFormatOptions = {}): string | null {
  if (!isLanguageCode(lng)) return null;
  const lang = getLanguage(lng as LanguageCode);
  if (!lang.localCalendar) return null;
  const date = toUTCDate(iso);
  if (!date) return null;
  const tag = `${lang.intl}-u-ca-${lang.localCalendar}-nu-${digits(lng, opts)}`;
  return formatter(tag, 'long').format(date);
}

export function formatNumber(
  n: number,
  lng: string,
  opts: DateFormatOptions = {},
  style: Intl.NumberFormatOptions = {},
): string {
  return new Intl.NumberFormat(`${intlTag(lng)}-u-nu-${digits(lng, opts)}`, style).format(n);
}
