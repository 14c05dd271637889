import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, contract, type ChannelName, type IpcResult } from '@core/ipc/contract';
import { isTrustedUrl } from '../security';
import { deleteAll } from './commands/deleteAll';
import { endSession } from './commands/endSession';
import { getAppInfo } from './commands/getAppInfo';
import { loadCase } from './commands/loadCase';
import { loadSettings } from './commands/loadSettings';
import { kioskExit } from './commands/kioskExit';
import { print } from './commands/print';
import { saveCalendar } from './commands/saveCalendar';
import { saveCase } from './commands/saveCase';
import { saveSettings } from './commands/saveSettings';
import type { Command, IpcContext } from './types';

export const COMMANDS: { [C in ChannelName]: Command<C> } = {
  getAppInfo,
  loadCase,
  saveCase,
  loadSettings,
  saveSettings,
  deleteAll,
  print,
  kioskExit,
  endSession,
  saveCalendar,
};

/** Only the app's own top-level page may call the API; never a subframe or another origin. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isTrustedUrl(frame.url);
}

/**
 * A short, clear error. Field names come from the hostile payload itself, so
 * they are clipped and stripped of control characters; never the values.
 */
function describeIssue(name: ChannelName, issue: { path: PropertyKey[]; message: string } | undefined): string {
  const clip = (s: string, n: number) => {
    const clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
    return clean.length > n ? `${clean.slice(0, n)}…` : clean;
  };
  const where = issue?.path.length ? ` at ${clip(issue.path.map(String).join('.'), 60)}` : '';
  return `${CHANNELS[name]}: invalid request${where}: ${clip(issue?.message ?? 'not allowed', 100)}`;
}

/** Turns a command into a handler that checks the sender and the payload first. */
export function makeHandler<C extends ChannelName>(name: C, command: Command<C>, ctx: IpcContext) {
  const { request: requestSchema } = contract[name];
  return async (event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'forbidden-sender', message: `${CHANNELS[name]}: sender is not the app` } };
    }
    const parsed = requestSchema.safeParse(payload);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-payload', message: describeIssue(name, parsed.error.issues[0]) } };
    }
    try {
      const value = await command(parsed.data as Parameters<Command<C>>[0], ctx, event);
      return { ok: true, value };
    } catch (error) {
      // Never echo the payload: it may hold case data. The name of the error is enough to act on.
      console.error(`[ipc] ${CHANNELS[name]} failed: ${(error as Error).name}`);
      return { ok: false, error: { code: 'internal', message: `${CHANNELS[name]}: the app could not do this` } };
    }
  };
}

export function registerIpc(ipcMain: IpcMain, ctx: IpcContext): void {
  for (const name of Object.keys(COMMANDS) as ChannelName[]) {
    ipcMain.handle(CHANNELS[name], makeHandler(name, COMMANDS[name] as Command<typeof name>, ctx));
  }
}
