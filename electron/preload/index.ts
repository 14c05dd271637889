import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type ChannelName } from '@core/ipc/channels';
import type { IpcResult, WegwijsApi } from '@core/ipc/contract';
import { IpcError } from '@core/ipc/error';

/**
 * The only bridge between the page and the main process: one method per
 * channel of the contract (built from it, so the two cannot drift), no raw
 * ipcRenderer, no Node. Built as CommonJS because sandboxed preloads cannot
 * be ES modules.
 */
async function call(name: ChannelName, payload?: unknown): Promise<unknown> {
  const result = (await ipcRenderer.invoke(CHANNELS[name], payload)) as IpcResult<unknown>;
  if (result.ok) return result.value;
  throw new IpcError(result.error.code, result.error.message);
}

export const api = Object.fromEntries(
  (Object.keys(CHANNELS) as ChannelName[]).map((name) => [name, (request?: unknown) => call(name, request)]),
) as unknown as WegwijsApi;

contextBridge.exposeInMainWorld('api', api);
