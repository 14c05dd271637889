import { z } from 'zod';
import { caseInputSchema } from '../domain/case';
import { LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';
import { CHANNELS, type ChannelName } from './channels';

/**
 * The IPC contract: for every channel, the schema of its request and of its
 * reply. The main process validates every request with it (electron/main/ipc),
 * the preload exposes exactly these calls as `window.api`, and the in-memory
 * preview implementation (renderer/src/api/memoryApi.ts) honours the same
 * contract.
 */
const languageCode = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]);

/** How Dutch terms show in texts (see renderer/src/i18n/termDisplay). */
export const TERM_DISPLAYS = ['beside', 'dutch', 'own'] as const;

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

export const storeNoticeSchema = z.object({
  code: z.enum(['store-recovered']),
  /** File name (not path) of the copy kept aside, e.g. `wegwijs-data.json.2026-11-22T10-00-00.bak`. */
  backupName: z.string(),
});
export type StoreNotice = z.infer<typeof storeNoticeSchema>;

export const appInfoSchema = z.object({
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
  printToPdf: {
    request: z.object({ title: z.string().max(200) }).strict(),
    /** The path the PDF was written to, or null when the person cancelled. */
    response: z.string().nullable(),
  },
  /** Sends the page to a printer (the system dialog). Refused on a kiosk that does not allow printing. */
  printPage: { request: none, response: z.boolean() },
  /** Kiosk only: the admin exit. True when the code was right and the app is closing. */
  kioskExit: { request: z.object({ code: z.string().max(32) }).strict(), response: z.boolean() },
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

export type Request<C extends ChannelName> = z.infer<(typeof contract)[C]['request']>;
export type Response<C extends ChannelName> = z.infer<(typeof contract)[C]['response']>;

/** What crosses the wire: never a thrown Error, always one of these. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };
export type IpcErrorCode = 'invalid-payload' | 'forbidden-sender' | 'internal';

/**
 * `window.api`: one method per channel. Methods without a request take no
 * argument. Every method rejects with an `IpcError` on failure.
 */
export type WegwijsApi = {
  [C in ChannelName]: Request<C> extends undefined ? () => Promise<Response<C>> : (req: Request<C>) => Promise<Response<C>>;
};

export class IpcError extends Error {
  constructor(
    public readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcError';
  }
}

export { CHANNELS };
export type { ChannelName };
