import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';

/**
 * The terminal config file of kiosk mode: JSON, checked at start. An admin
 * writes it once per terminal; every mistake gets a message that names the
 * field and says what is allowed.
 */
const language = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]], {
  error: () => `must be one of: ${LANGUAGE_CODES.join(', ')}`,
});

import { DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS } from './defaults';

export { DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS };

/**
 * Printers that write a file instead of paper: "Microsoft Print to PDF" and
 * the XPS writer ask where to save (a file chooser: a way out of the kiosk),
 * CUPS-PDF and OneNote keep a copy of the page on the terminal.
 */
const FILE_PRINTER = /pdf|xps|onenote|fax/i;

const kioskConfigSchema = z
  .object({
    idleSeconds: z
      .number({ error: () => 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(30, 'must be at least 30 seconds')
      .max(3600, 'must be at most 3600 seconds (one hour)')
      .default(DEFAULT_IDLE_SECONDS),
    countdownSeconds: z
      .number({ error: () => 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(10, 'must be at least 10 seconds')
      .max(120, 'must be at most 120 seconds')
      .default(DEFAULT_COUNTDOWN_SECONDS),
    languages: z.array(language).min(1, 'must list at least one language').optional(),
    defaultLanguage: language.optional(),
    allowPrint: z.boolean({ error: () => 'must be true or false' }).default(false),
    /** The printer a kiosk prints on, silently; without it a kiosk never prints (no system dialog, ever). */
    printerName: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .refine(
        (name) => !FILE_PRINTER.test(name),
        'must be a real printer: a printer that writes a file (PDF, XPS, OneNote, fax) opens a save dialog or leaves a copy behind',
      )
      .optional(),
    locationName: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').optional(),
    adminExitCode: z
      .string({ error: () => 'must be a string of digits, e.g. "480193"' })
      .regex(/^\d{6,12}$/, 'must be 6 to 12 digits')
      .optional(),
    /** The exit code's hash instead of the code, as printed by `npm run kiosk:hash-code`. */
    adminExitCodeHash: z
      .string({ error: () => 'must be the text printed by npm run kiosk:hash-code' })
      .regex(/^scrypt:[0-9a-f]{32}:[0-9a-f]{64}$/, 'must be the text printed by npm run kiosk:hash-code')
      .optional(),
  })
  .strict()
  .transform((c, ctx) => {
    const languages = c.languages ?? [...LANGUAGE_CODES];
    const defaultLanguage = c.defaultLanguage ?? languages[0] ?? 'en';
    if (c.adminExitCode && c.adminExitCodeHash) {
      ctx.addIssue({ code: 'custom', path: ['adminExitCodeHash'], message: 'cannot be used together with adminExitCode: keep only the hash' });
    }
    if (!languages.includes(defaultLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: 'must be one of the listed languages' });
    }
    return { ...c, languages, defaultLanguage };
  });

export type KioskConfig = z.output<typeof kioskConfigSchema>;

export type KioskConfigResult = { ok: true; config: KioskConfig } | { ok: false; errors: string[] };

/** Parses the text of a config file; never throws. */
export function parseKioskConfig(text: string): KioskConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ['The file must hold one JSON object, like { "idleSeconds": 180 }.'] };
  }
  const parsed = kioskConfigSchema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      if (i.code === 'unrecognized_keys') return `Unknown setting(s): ${i.keys.join(', ')}. Allowed: ${ALLOWED_KEYS.join(', ')}.`;
      return `"${i.path.join('.') || '(file)'}" ${i.message}.`;
    }),
  };
}

const ALLOWED_KEYS = [
  'idleSeconds',
  'countdownSeconds',
  'languages',
  'defaultLanguage',
  'allowPrint',
  'printerName',
  'locationName',
  'adminExitCode',
  'adminExitCodeHash',
];

/** The config used by plain `--kiosk` without a file. */
export function defaultKioskConfig(): KioskConfig {
  const result = parseKioskConfig('{}');
  if (!result.ok) throw new Error('default kiosk config is invalid');
  return result.config;
}
