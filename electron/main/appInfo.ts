import type { AppInfo } from '@core/ipc/contract';
import type { KioskConfig } from '@core/kiosk/config';
import type { DataStore } from './store/types';

/** What the page is told about the app: never the exit code, never the printer's name. */
export function buildAppInfo(opts: { version: string; store: DataStore; kiosk: KioskConfig | null; hasAdminExit: boolean }): AppInfo {
  const { kiosk, store } = opts;
  return {
    version: opts.version,
    mode: kiosk ? 'kiosk' : 'personal',
    encryption: store.encryption,
    notices: [...store.notices],
    ...(kiosk
      ? {
          kiosk: {
            idleSeconds: kiosk.idleSeconds,
            countdownSeconds: kiosk.countdownSeconds,
            languages: kiosk.languages,
            defaultLanguage: kiosk.defaultLanguage,
            // A kiosk prints only silently, on a named printer.
            allowPrint: kiosk.allowPrint && Boolean(kiosk.printerName),
            hasAdminExit: opts.hasAdminExit,
            ...(kiosk.locationName ? { locationName: kiosk.locationName } : {}),
          },
        }
      : {}),
  };
}
