import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type ChannelName } from '@core/ipc/channels';
import type { IpcResult, WegwijsApi } from '@core/ipc/contract';

/**
 * The only bridge between the page and the main process: one method per
 * channel of the contract, no raw ipcRenderer, no Node. Built as CommonJS
 * because sandboxed preloads cannot be ES modules.
 */
async function call(name: ChannelName, payload?: unknown): Promise<unknown> {
  const result = (await ipcRenderer.invoke(CHANNELS[name], payload)) as IpcResult<unknown>;
  if (result.ok) return result.value;
  const error = new Error(result.error.message);
  error.name = `IpcError:${result.error.code}`;
  throw error;
}

const api: WegwijsApi = {
  getAppInfo: () => call('getAppInfo') as ReturnType<WegwijsApi['getAppInfo']>,
  loadCase: () => call('loadCase') as ReturnType<WegwijsApi['loadCase']>,
  saveCase: (req) => call('saveCase', req) as ReturnType<WegwijsApi['saveCase']>,
  loadSettings: () => call('loadSettings') as ReturnType<WegwijsApi['loadSettings']>,
  saveSettings: (req) => call('saveSettings', req) as ReturnType<WegwijsApi['saveSettings']>,
  deleteAll: () => call('deleteAll') as ReturnType<WegwijsApi['deleteAll']>,
  printToPdf: (req) => call('printToPdf', req) as ReturnType<WegwijsApi['printToPdf']>,
  printPage: () => call('printPage') as ReturnType<WegwijsApi['printPage']>,
  kioskExit: (req) => call('kioskExit', req) as ReturnType<WegwijsApi['kioskExit']>,
  saveCalendar: (req) => call('saveCalendar', req) as ReturnType<WegwijsApi['saveCalendar']>,
};

contextBridge.exposeInMainWorld('api', api);
