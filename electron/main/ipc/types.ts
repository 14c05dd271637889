import type { IpcMainInvokeEvent } from 'electron';
import type { AppInfo, ChannelName, Request, Response } from '@core/ipc/contract';
import type { KioskConfig } from '@core/kiosk/config';
import type { ExitGate } from '../kiosk/exitGate';
import type { Wiper } from '../kiosk/wipe';
import type { DataStore } from '../store/types';

/** What every command may use. Built once in `electron/main/index.ts`; the behaviour lives in `commands/`. */
export interface IpcContext {
  store: DataStore;
  appInfo(): AppInfo;
  /** The terminal's config in kiosk mode; null on a person's own computer. */
  kiosk: KioskConfig | null;
  /** Main's wipe: data only (delete-all), or the whole session (kiosk). */
  wiper: Wiper;
  /** Kiosk with a staff exit code: checks codes, with lockout. */
  exitGate: ExitGate | null;
  /** Kiosk: lets the window close and ends the app. */
  quit(): void;
  /** Fixed event names only, never personal data (see log.ts). */
  log(event: string, detail?: string): void;
}

/** One command = one file in `commands/` (after VotingWorks' kiosk-browser). */
export type Command<C extends ChannelName> = (
  request: Request<C>,
  ctx: IpcContext,
  event: IpcMainInvokeEvent,
) => Response<C> | Promise<Response<C>>;
