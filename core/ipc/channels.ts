/**
 * IPC channel names. Kept free of zod so the sandboxed preload can import it
 * without pulling in the schemas; the schemas live in `contract.ts`.
 */
export const CHANNELS = {
  getAppInfo: 'app:get-info',
  loadCase: 'case:load',
  saveCase: 'case:save',
  loadSettings: 'settings:load',
  saveSettings: 'settings:save',
  deleteAll: 'data:delete-all',
  printToPdf: 'print:to-pdf',
  printPage: 'print:page',
  kioskExit: 'kiosk:exit',
  saveCalendar: 'calendar:save',
} as const;

export type ChannelName = keyof typeof CHANNELS;
export type Channel = (typeof CHANNELS)[ChannelName];
