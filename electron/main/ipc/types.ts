import type { IpcMainInvokeEvent } from 'electron';
import type { ChannelName, Request, Response } from '@core/ipc/contract';
import type { AppInfo } from '@core/ipc/contract';
import type { DataStore } from '../store/types';

/** What every command may use. Built once in `electron/main/index.ts`. */
export interface IpcContext {
  store: DataStore;
  appInfo(): AppInfo;
  /** Writes the sender's page to a PDF the person chooses; null when cancelled. */
  printToPdf(event: IpcMainInvokeEvent, title: string): Promise<string | null>;
  /** Sends the sender's page to a printer; false when printing is not allowed or failed. */
  printPage(event: IpcMainInvokeEvent): Promise<boolean>;
  /** Kiosk only: checks the admin exit code and, when right, closes the app. */
  kioskExit(code: string): boolean;
  /** Called after a delete-all, e.g. to clear the session's caches too. */
  afterDeleteAll(): Promise<void>;
}

/** One command = one file in `commands/` (after VotingWorks' kiosk-browser). */
export type Command<C extends ChannelName> = (
  request: Request<C>,
  ctx: IpcContext,
  event: IpcMainInvokeEvent,
) => Response<C> | Promise<Response<C>>;
