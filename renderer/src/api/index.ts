import type { WegwijsApi } from '@core/ipc/contract';
import { IpcError } from '@core/ipc/error';
import { createMemoryApi } from './memoryApi';

declare global {
  interface Window {
    /** Exposed by electron/preload. Absent in a plain browser (`npm run preview`). */
    api?: WegwijsApi;
  }
}

/**
 * Electron's context bridge hands the page only an error's message; this puts
 * the preload's IpcError back together, so the page meets one error type
 * whether it runs in Electron or in the preview.
 */
function withIpcErrors(raw: WegwijsApi): WegwijsApi {
  const call = (fn: (req?: unknown) => Promise<unknown>) => (req?: unknown) =>
    fn(req).catch((error: unknown) => {
      throw IpcError.from(error);
    });
  return Object.fromEntries(
    Object.entries(raw).map(([name, fn]) => [name, call(fn as (req?: unknown) => Promise<unknown>)]),
  ) as unknown as WegwijsApi;
}

export const isPreview = typeof window.api === 'undefined';
/** In the browser preview, `?mode=kiosk` tries kiosk mode (idle reset, finish button) with the same memory store. */
const previewMode = new URLSearchParams(window.location.search).get('mode') === 'kiosk' ? 'kiosk' : 'preview';
export const api: WegwijsApi = window.api ? withIpcErrors(window.api) : createMemoryApi(previewMode);
