import type { WegwijsApi } from '@core/ipc/contract';
import { createMemoryApi } from './memoryApi';

declare global {
  interface Window {
    /** Exposed by electron/preload. Absent in a plain browser (`npm run preview`). */
    api?: WegwijsApi;
  }
}

export const isPreview = typeof window.api === 'undefined';
export const api: WegwijsApi = window.api ?? createMemoryApi();
