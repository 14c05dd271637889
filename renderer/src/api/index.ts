import type { WegwijsApi } from '@core/ipc/contract';
import { createMemoryApi } from './memoryApi';

declare global {
  interface Window {
    /** Exposed by electron/preload. Absent in a plain browser (`npm run preview`). */
    api?: WegwijsApi;
  }
}

export const isPreview = typeof window.api === 'undefined';
/** In the browser preview, `?mode=kiosk` tries kiosk mode (idle reset, finish button) with the same memory store. */
const previewMode = new URLSearchParams(window.location.search).get('mode') === 'kiosk' ? 'kiosk' : 'preview';
export const api: WegwijsApi = window.api ?? createMemoryApi(previewMode);
