import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type ChannelName, type WegwijsApi } from '@core/ipc/contract';

/**
 * The preload with `electron` mocked: it exposes exactly the contract's
 * channels as `window.api` (the list is the contract's, never a copy), each
 * method invokes its own channel, and failures become the one IpcError.
 */
type Mocked = { contextBridge: { exposeInMainWorld: ReturnType<typeof vi.fn> }; ipcRenderer: { invoke: ReturnType<typeof vi.fn> } };

async function loadPreload(): Promise<{ api: WegwijsApi; electron: Mocked }> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as Mocked;
  await import('../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(name).toBe('api');
  return { api: api as WegwijsApi, electron };
}

const names = Object.keys(CHANNELS) as ChannelName[];

describe('preload (electron mocked)', () => {
  it('exposes one function per channel of the contract, and nothing else', async () => {
    const { api } = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...names].sort());
    for (const n of names) expect(typeof api[n]).toBe('function');
  });

  it.each(names)('%s invokes its own channel with the request, and returns the value', async (name) => {
    const { api, electron } = await loadPreload();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 'answer' });
    const request = { any: 'request' };
    await expect((api[name] as (r?: unknown) => Promise<unknown>)(request)).resolves.toBe('answer');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(CHANNELS[name], request);
  });

  it('turns an error reply into an IpcError with its code, the same type the preview API throws', async () => {
    const { api, electron } = await loadPreload();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: false, error: { code: 'invalid-payload', message: 'case:save: invalid request' } });
    const error = await api.saveCase({ procedure: 'asylum', dates: {} }).catch((e: unknown) => e);
    // The module instance the preload (freshly loaded) uses.
    const { IpcError } = await import('@core/ipc/error');
    expect(error).toBeInstanceOf(IpcError);
    expect(error).toMatchObject({ name: 'IpcError', code: 'invalid-payload' });
    // Electron's context bridge passes only the message on: the code survives in it.
    expect(IpcError.from(new Error((error as Error).message))).toMatchObject({ code: 'invalid-payload', message: (error as Error).message });
  });
});
