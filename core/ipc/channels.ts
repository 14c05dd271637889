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
  print: 'print:run',
  kioskExit: 'kiosk:exit',
  endSession: 'session:end',
  saveCalendar: 'calendar:save',
} as const;

export type ChannelName = keyof typeof CHANNELS;
