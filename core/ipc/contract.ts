import { z } from 'zod';
import { caseInputSchema } from '../domain/case';
import { LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';
import { CHANNELS, type ChannelName } from './channels';
import type { IpcErrorCode } from './error';
import { TERM_DISPLAYS } from './termDisplays';

/**
 * The IPC contract: for every channel, the schema of its request and of its
 * reply. The main process validates every request with it (electron/main/ipc),
 * the preload exposes exactly these calls as `window.api`, and the in-memory
 * preview implementation (renderer/src/api/memoryApi.ts) honours the same
 * contract.
 */
const languageCode = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]);

export const settingsSchema = z
  .object({
    language: languageCode.optional(),
    secondLanguage: languageCode.nullable().optional(),
    localCalendar: z.boolean().optional(),
    nativeDigits: z.boolean().optional(),
    textSize: z.enum(['normal', 'large', 'larger']).optional(),
    highContrast: z.boolean().optional(),
    /** How Dutch terms show in texts: the person's word with the Dutch beside it (default), Dutch only, or the person's word only. */
    termDisplay: z.enum(TERM_DISPLAYS).optional(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

const storeNoticeSchema = z.object({
  code: z.enum(['store-recovered']),
  /** File name (not path) of the copy kept aside, e.g. `wegwijs-data.json.2026-11-22T10-00-00.bak`. */
  backupName: z.string(),
});
export type StoreNotice = z.infer<typeof storeNoticeSchema>;

const appInfoSchema = z.object({
  version: z.string(),
  /** personal: own computer; kiosk: shared terminal, memory only; preview: browser, memory only. */
  mode: z.enum(['personal', 'kiosk', 'preview']),
  /** os: encrypted with the OS keychain; unavailable: stored without encryption; memory: never stored. */
  encryption: z.enum(['os', 'unavailable', 'memory']),
  notices: z.array(storeNoticeSchema),
  kiosk: z
    .object({
      locationName: z.string().optional(),
      idleSeconds: z.number(),
      countdownSeconds: z.number(),
      languages: z.array(languageCode),
      defaultLanguage: languageCode,
      /** True only when the terminal allows printing and names its printer: then printing is silent. */
      allowPrint: z.boolean(),
      hasAdminExit: z.boolean(),
    })
    .optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const none = z.undefined();
const ok = z.literal(true);

export const contract = {
  getAppInfo: { request: none, response: appInfoSchema },
  loadCase: { request: none, response: caseInputSchema.nullable() },
  saveCase: { request: caseInputSchema, response: ok },
  loadSettings: { request: none, response: settingsSchema },
  saveSettings: { request: settingsSchema, response: ok },
  deleteAll: { request: none, response: ok },
  /**
   * One print command; main decides what it means. Personal: the page is saved
   * as a PDF where the person chooses. Kiosk: printed silently on the terminal's
   * named printer, never through a system dialog; refused when the terminal
   * allows no printing or names no printer. Preview: the browser prints.
   */
  print: {
    request: z.object({ title: z.string().max(200) }).strict(),
    response: z.object({ outcome: z.enum(['printed', 'saved', 'cancelled', 'refused', 'failed']) }).strict(),
  },
  /**
   * Kiosk only: the staff exit. `closing` when the code was right; `wrong`;
   * `locked` while a growing wait after repeated wrong codes runs (no code is
   * checked then); `unavailable` when the terminal has no exit code or is no kiosk.
   */
  kioskExit: {
    request: z.object({ code: z.string().max(32) }).strict(),
    response: z
      .object({ outcome: z.enum(['closing', 'wrong', 'locked', 'unavailable']), retryAfterSeconds: z.number().int().min(0) })
      .strict(),
  },
  /**
   * Kiosk only: ends a person's session. Main wipes everything (store, session
   * storage and cache, clipboard), loads the start page anew and clears the
   * history. False when this is no kiosk (nothing is done).
   */
  endSession: { request: none, response: z.boolean() },
  /**
   * "Add to my calendar": saves an .ics file (RFC 5545, written by
   * core/calendar) where the person chooses. Personal mode only: refused
   * (null) on a kiosk, where a file dialog is a way out of the app.
   */
  saveCalendar: {
    request: z
      .object({
        fileName: z.string().max(100),
        ics: z
          .string()
          .max(200_000)
          .refine((v) => v.startsWith('BEGIN:VCALENDAR\r\n') && v.trimEnd().endsWith('END:VCALENDAR'), {
            message: 'not an iCalendar file',
          }),
      })
      .strict(),
    /** The path the file was written to, or null when cancelled or not allowed. */
    response: z.string().nullable(),
  },
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

export type Request<C extends ChannelName> = z.infer<(typeof contract)[C]['request']>;
export type Response<C extends ChannelName> = z.infer<(typeof contract)[C]['response']>;

/** What crosses the wire: never a thrown Error, always one of these. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

/**
 * `window.api`: one method per channel. Methods without a request take no
 * argument. Every method rejects with an `IpcError` on failure.
 */
export type WegwijsApi = {
  [C in ChannelName]: Request<C> extends undefined ? () => Promise<Response<C>> : (req: Request<C>) => Promise<Response<C>>;
};

export { CHANNELS };
export type { ChannelName };
