import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';

/**
 * The main process as a whole, started with `electron` mocked (after Electron
 * Fiddle): what it registers, what it stores where, and what it lets through.
 */
type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<{ ok: boolean; value?: unknown }>;
type Mocked = {
  app: { getPath: ReturnType<typeof vi.fn>; exit: ReturnType<typeof vi.fn> };
  ipcMain: { handle: ReturnType<typeof vi.fn> };
  session: { fromPartition: ReturnType<typeof vi.fn> };
  BrowserWindow: { instances: { options: { webPreferences: Record<string, unknown>; kiosk?: boolean } }[] };
  dialog: { showErrorBox: ReturnType<typeof vi.fn> };
};
/** The mock module instance the freshly imported main process uses. */
let mocked: Mocked;

/** Fresh module registry, then the mock as the main process will see it. */
async function freshElectron(args: string[]): Promise<void> {
  vi.resetModules();
  mocked = (await import('electron')) as unknown as Mocked;
  mocked.app.getPath.mockReturnValue(userData);
  mocked.BrowserWindow.instances.length = 0;
  process.argv = [...argv.slice(0, 2), ...args];
}

const event = (() => {
  const mainFrame = { url: 'app://wegwijs/index.html' };
  return { sender: { mainFrame }, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
})();

const sample = { procedure: 'asylum', track: 'general', dates: { application: '2026-03-14' } };
let userData: string;
const argv = process.argv;

async function startMain(args: string[]): Promise<Record<string, Handler>> {
  await freshElectron(args);
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(mocked.BrowserWindow.instances.length).toBe(1));
  return Object.fromEntries(mocked.ipcMain.handle.mock.calls.map(([channel, fn]) => [channel, fn as Handler]));
}

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'wegwijs-main-'));
});
afterEach(() => {
  process.argv = argv;
});

describe('main process (electron mocked)', () => {
  it('opens one locked-down window and keeps the case on disk, encrypted, across restarts', async () => {
    let handlers = await startMain([]);
    const prefs = mocked.BrowserWindow.instances[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(await handlers['case:save']!(event, sample)).toEqual({ ok: true, value: true });
    const file = path.join(userData, 'wegwijs-data.json');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('2026-03-14');

    handlers = await startMain([]);
    expect(await handlers['case:load']!(event)).toEqual({ ok: true, value: sample });
    await handlers['data:delete-all']!(event);
    expect(await handlers['case:load']!(event)).toEqual({ ok: true, value: null });
    expect(readFileSync(file, 'utf8')).not.toContain('case');
  });

  it('in kiosk mode writes no case data anywhere in the user-data folder', async () => {
    const handlers = await startMain(['--kiosk']);
    expect(mocked.BrowserWindow.instances[0]!.options.kiosk).toBe(true);
    expect(await handlers['case:save']!(event, sample)).toEqual({ ok: true, value: true });
    expect(await handlers['case:load']!(event)).toEqual({ ok: true, value: sample });
    const info = (await handlers['app:get-info']!(event)).value as { mode: string; encryption: string };
    expect(info).toMatchObject({ mode: 'kiosk', encryption: 'memory' });
    for (const f of allFiles(userData)) expect(readFileSync(f, 'utf8')).not.toContain('2026-03-14');
  });

  it('refuses to start unlocked with a broken kiosk config', async () => {
    const bad = path.join(userData, 'kiosk.json');
    (await import('node:fs')).writeFileSync(bad, '{"idleSeconds": 2}');
    await freshElectron([`--kiosk-config=${bad}`]);
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(mocked.app.exit).toHaveBeenCalledWith(2));
    expect(mocked.dialog.showErrorBox.mock.calls[0]?.[1]).toContain('idleSeconds');
    expect(mocked.BrowserWindow.instances).toHaveLength(0);
  });

  it('lets no request leave the machine: the app session cancels everything but the app itself', async () => {
    await startMain([]);
    const sessions = mocked.session.fromPartition.mock.results.map((r) => r.value as { webRequest: { onBeforeRequest: ReturnType<typeof vi.fn> } });
    expect(sessions.length).toBeGreaterThan(0);
    const filter = sessions[0]!.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const answer = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const url of ['https://example.org/', 'http://127.0.0.1:8080/x', 'wss://x.example/', 'ftp://x/']) {
      filter({ url }, answer);
      expect(answer).toHaveBeenLastCalledWith({ cancel: true });
    }
    filter({ url: 'app://wegwijs/assets/index.js' }, answer);
    expect(answer).toHaveBeenLastCalledWith({ cancel: false });
  });

  it('self-heals: a crashed renderer goes back to the start screen, is logged without personal data, and a kiosk forgets the session', async () => {
    const handlers = await startMain(['--kiosk']);
    await handlers['case:save']!(event, sample);
    const win = mocked.BrowserWindow.instances[0] as unknown as {
      webContents: { on: ReturnType<typeof vi.fn> };
      loadURL: ReturnType<typeof vi.fn>;
    };
    const gone = win.webContents.on.mock.calls.find(([name]) => name === 'render-process-gone')![1] as (e: unknown, d: { reason: string }) => void;
    win.loadURL.mockClear();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    gone({}, { reason: 'crashed' });
    expect(win.loadURL).toHaveBeenCalledWith('app://wegwijs/index.html');
    expect(await handlers['case:load']!(event)).toEqual({ ok: true, value: null });
    const log = readFileSync(path.join(userData, 'logs', 'wegwijs.log'), 'utf8');
    expect(log).toMatch(/renderer-gone crashed/);
    expect(log).not.toContain('2026-03-14');
  });
});
