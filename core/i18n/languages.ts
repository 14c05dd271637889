/**
 * The language table (after Integreat): one row per language with its own
 * name in its own script, its direction, its script (which decides the font)
 * and the calendar people may know besides the Gregorian one.
 */
export type Script = 'latin' | 'arabic' | 'ethiopic' | 'cyrillic';
type Direction = 'ltr' | 'rtl';
type LocalCalendar = 'persian' | 'ethiopic';

export interface Language {
  code: string;
  /** BCP 47 tag used for Intl (may differ from the catalog code). */
  intl: string;
  /** The language's name in itself: what the language picker shows. */
  nativeName: string;
  /** The name in English, for admins and support workers. */
  englishName: string;
  dir: Direction;
  script: Script;
  /** A calendar the person may know besides the Gregorian one of their letters. */
  localCalendar?: LocalCalendar;
  /** The language's own digits (Intl numbering system), where it has them besides 0-9. */
  nativeDigits?: 'arab' | 'arabext';
}

export const LANGUAGES = [
  { code: 'nl', intl: 'nl', nativeName: 'Nederlands', englishName: 'Dutch', dir: 'ltr', script: 'latin' },
  { code: 'en', intl: 'en-GB', nativeName: 'English', englishName: 'English', dir: 'ltr', script: 'latin' },
  { code: 'ar', intl: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', script: 'arabic', nativeDigits: 'arab' },
  { code: 'ti', intl: 'ti', nativeName: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', script: 'ethiopic', localCalendar: 'ethiopic' },
  { code: 'tr', intl: 'tr', nativeName: 'Türkçe', englishName: 'Turkish', dir: 'ltr', script: 'latin' },
  { code: 'so', intl: 'so', nativeName: 'Soomaali', englishName: 'Somali', dir: 'ltr', script: 'latin' },
  { code: 'am', intl: 'am', nativeName: 'አማርኛ', englishName: 'Amharic', dir: 'ltr', script: 'ethiopic', localCalendar: 'ethiopic' },
  { code: 'fa', intl: 'fa', nativeName: 'فارسی', englishName: 'Persian', dir: 'rtl', script: 'arabic', localCalendar: 'persian', nativeDigits: 'arabext' },
  { code: 'prs', intl: 'fa-AF', nativeName: 'دری', englishName: 'Dari', dir: 'rtl', script: 'arabic', localCalendar: 'persian', nativeDigits: 'arabext' },
  { code: 'ps', intl: 'ps', nativeName: 'پښتو', englishName: 'Pashto', dir: 'rtl', script: 'arabic', localCalendar: 'persian', nativeDigits: 'arabext' },
  { code: 'kmr', intl: 'ku', nativeName: 'Kurmancî', englishName: 'Kurmanji Kurdish', dir: 'ltr', script: 'latin' },
  { code: 'ckb', intl: 'ckb', nativeName: 'کوردیی ناوەندی', englishName: 'Sorani Kurdish', dir: 'rtl', script: 'arabic', nativeDigits: 'arab' },
  { code: 'uk', intl: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', dir: 'ltr', script: 'cyrillic' },
  { code: 'ru', intl: 'ru', nativeName: 'Русский', englishName: 'Russian', dir: 'ltr', script: 'cyrillic' },
  { code: 'fr', intl: 'fr', nativeName: 'Français', englishName: 'French', dir: 'ltr', script: 'latin' },
  { code: 'es', intl: 'es', nativeName: 'Español', englishName: 'Spanish', dir: 'ltr', script: 'latin' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as LanguageCode[];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(code: unknown): code is LanguageCode {
  return typeof code === 'string' && (LANGUAGE_CODES as string[]).includes(code);
}

/**
 * The language a start opens in: the person's own choice when they made one, else the kiosk's default
 * (on a kiosk), else English. The renderer starts in it (renderer/src/app/mount.tsx); the main process asks it
 * to know which first screen a start shows (electron/main/firstScreen.ts).
 */
export function startLanguage(chosen: unknown, kioskDefault?: unknown): LanguageCode {
  if (isLanguageCode(chosen)) return chosen;
  return isLanguageCode(kioskDefault) ? kioskDefault : DEFAULT_LANGUAGE;
}

/**
 * Whether a set of languages (a kiosk's set-up) holds every language: then its picker is the first
 * start's, prerendered into the page. The main process serves that page (electron/main/firstScreen.ts)
 * and the renderer takes it over (renderer/src/app/start.ts) by this one rule.
 */
export function offersEveryLanguage(languages: readonly string[]): boolean {
  return LANGUAGE_CODES.every((code) => languages.includes(code));
}

export function getLanguage(code: LanguageCode): Language {
  const lang = LANGUAGES.find((l) => l.code === code);
  if (!lang) throw new RangeError(`Unknown language ${code}`);
  return lang;
}
