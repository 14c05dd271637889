import type { AppInfo, Settings, WegwijsApi } from '@core/ipc/contract';
import { IpcError } from '@core/ipc/error';
import type { CaseInputData } from '@core/domain/case';
import { LANGUAGE_CODES } from '@core/i18n/languages';
import { DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS } from '@core/kiosk/defaults';

/**
 * The same `window.api` contract, held in memory: used by `npm run preview`
 * in a plain browser, where there is no main process. It validates requests
 * with the same schemas, so the UI meets the same errors as in Electron.
 */
export function createMemoryApi(mode: AppInfo['mode'] = 'preview'): WegwijsApi {
  let caseData: CaseInputData | null = null;
  let settings: Settings = {};

  // The schemas are loaded on first write, so the preview's first screen does not wait for them.
  async function check<T>(name: 'saveCase' | 'saveSettings' | 'print' | 'kioskExit' | 'saveCalendar', payload: unknown): Promise<T> {
    const { contract } = await import('@core/ipc/contract');
    const parsed = contract[name].request.safeParse(payload);
    if (!parsed.success) throw new IpcError('invalid-payload', `${name}: invalid request`);
    return parsed.data as T;
  }

  return {
    getAppInfo: async () => ({
      version: 'preview',
      mode,
      encryption: 'memory',
      notices: [],
      ...(mode === 'kiosk'
        ? {
            kiosk: {
              idleSeconds: DEFAULT_IDLE_SECONDS,
              countdownSeconds: DEFAULT_COUNTDOWN_SECONDS,
              languages: [...LANGUAGE_CODES],
              defaultLanguage: 'en',
              allowPrint: true,
              hasAdminExit: false,
              locationName: 'Preview',
            },
          }
        : {}),
    }),
    loadCase: async () => (caseData ? structuredClone(caseData) : null),
    saveCase: async (req) => {
      caseData = structuredClone(await check<CaseInputData>('saveCase', req));
      return true;
    },
    loadSettings: async () => ({ ...settings }),
    saveSettings: async (req) => {
      settings = { ...(await check<Settings>('saveSettings', req)) };
      return true;
    },
    deleteAll: async () => {
      caseData = null;
      settings = {};
      return true;
    },
    // The preview has no main process to reload the page: the page resets itself (AppContext).
    endSession: async () => {
      caseData = null;
      settings = {};
      return mode === 'kiosk';
    },
    print: async (req) => {
      await check('print', req);
      window.print();
      return { outcome: 'printed' };
    },
    kioskExit: async (req) => {
      await check('kioskExit', req);
      return { outcome: 'unavailable', retryAfterSeconds: 0 };
    },
    // No file system in the browser preview: the browser's own download, never on a (preview) kiosk.
    saveCalendar: async (req) => {
      const { fileName, ics } = await check<{ fileName: string; ics: string }>('saveCalendar', req);
      if (mode === 'kiosk') return null;
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${fileName.replace(/[^\p{L}\p{N} _-]/gu, '').slice(0, 80) || 'wegwijs'}.ics`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return a.download;
    },
  };
}
