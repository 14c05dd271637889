import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';

/**
 * The main process as a whole, started with `electron` mocked (after Electron
 * Fiddle): what it registers, what it stores where, and what it lets through.
 */
type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<{ ok: boolean; value?: unknown }>;
type Fn = ReturnType<typeof vi.fn>;
type MockClipboard = { clear: Fn; writeText(t: string): Promise<void>; readText(): Promise<string> };
type MockWindow = {
  options: { webPreferences: Record<string, unknown>; kiosk?: boolean };
  loadURL: Fn;
  webContents: { on: Fn; print: Fn; printToPDF: Fn; navigationHistory: { clear: Fn } };
};
type Mocked = {
  app: { getPath: Fn; exit: Fn; quit: Fn };
  ipcMain: { handle: Fn };
  session: { fromPartition: Fn };
  BrowserWindow: { instances: MockWindow[] };
  dialog: { showErrorBox: Fn; showSaveDialog: Fn };
  clipboard: MockClipboard & { selection: MockClipboard };
  powerMonitor: { getSystemIdleTime: Fn };
  safeStorage: { getSelectedStorageBackend: Fn };
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
  return startMainKeepingMocks(args);
}

/** Starts main on the mock module as it is now (a test may have set a mock's answer first). */
async function startMainKeepingMocks(args: string[]): Promise<Record<string, Handler>> {
  mocked = (await import('electron')) as unknown as Mocked;
  mocked.app.getPath.mockReturnValue(userData);
  mocked.BrowserWindow.instances.length = 0;
  process.argv = [...argv.slice(0, 2), ...args];
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

  it('serves the app from one secure, standard scheme whose scripts keep V8’s code cache for later loads (a kiosk’s next session)', async () => {
    await startMain([]);
    const { protocol } = (await import('electron')) as unknown as { protocol: { registerSchemesAsPrivileged: Fn } };
    const schemes = protocol.registerSchemesAsPrivileged.mock.calls.flatMap((call) => call[0] as { scheme: string; privileges: Record<string, boolean> }[]);
    const loaded = new URL(mocked.BrowserWindow.instances[0]!.loadURL.mock.calls[0]![0] as string).protocol.slice(0, -1);
    // Electron allows the code cache on standard schemes only.
    expect(schemes.find((s) => s.scheme === loaded)?.privileges).toMatchObject({ standard: true, secure: true, codeCache: true });
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
    const win = mocked.BrowserWindow.instances[0]!;
    const gone = win.webContents.on.mock.calls.find(([name]) => name === 'render-process-gone')![1] as (e: unknown, d: { reason: string }) => void;
    win.loadURL.mockClear();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    gone({}, { reason: 'crashed' });
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenCalledWith('app://wegwijs/index.html'));
    expect(await handlers['case:load']!(event)).toEqual({ ok: true, value: null });
    const log = readFileSync(path.join(userData, 'logs', 'wegwijs.log'), 'utf8');
    expect(log).toMatch(/renderer-gone crashed/);
    expect(log).not.toContain('2026-03-14');
  });
});

/** An IPC event from the app's own page in the window main opened (its webContents can print). */
function windowEvent(): IpcMainInvokeEvent {
  const mainFrame = { url: 'app://wegwijs/index.html' };
  const sender = Object.assign(mocked.BrowserWindow.instances[0]!.webContents, { mainFrame });
  return { sender, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
}

function kioskConfig(config: object): string {
  const file = path.join(userData, 'kiosk-config.json');
  writeFileSync(file, JSON.stringify(config));
  return `--kiosk-config=${file}`;
}

async function copyOnClipboard(): Promise<void> {
  await mocked.clipboard.writeText('timeline of person A');
  await mocked.clipboard.selection.writeText('timeline of person A');
}

async function expectForgotten(handlers: Record<string, Handler>): Promise<void> {
  expect(await mocked.clipboard.readText()).toBe('');
  expect(await mocked.clipboard.selection.readText()).toBe('');
  expect(await handlers['case:load']!(event)).toEqual({ ok: true, value: null });
  const win = mocked.BrowserWindow.instances[0]!;
  expect(win.loadURL).toHaveBeenLastCalledWith('app://wegwijs/index.html');
  expect(win.webContents.navigationHistory.clear).toHaveBeenCalled();
}

describe('kiosk: main owns the wipe, and nothing of one person reaches the next', () => {
  it('"finish" (end of session) clears the store, the clipboard and Linux’s selection, reloads and forgets the history', async () => {
    const handlers = await startMain(['--kiosk']);
    await handlers['case:save']!(event, sample);
    await copyOnClipboard();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handlers['session:end']!(event)).toEqual({ ok: true, value: true });
    await expectForgotten(handlers);
  });

  it('a kiosk starts with an empty clipboard and selection: the process before it may have been killed without a wipe', async () => {
    await freshElectron(['--kiosk']);
    // Main crashed, was killed by a watchdog or the power went: on Windows and macOS the clipboard outlives the process.
    await copyOnClipboard();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startMainKeepingMocks(['--kiosk']);
    await vi.waitFor(async () => expect(await mocked.clipboard.readText()).toBe(''));
    expect(await mocked.clipboard.selection.readText()).toBe('');
  });

  it('a person’s own computer leaves its clipboard alone at start', async () => {
    await freshElectron([]);
    await mocked.clipboard.writeText('my own text');
    await startMainKeepingMocks([]);
    expect(await mocked.clipboard.readText()).toBe('my own text');
  });

  it('a crashed page is wiped the same way', async () => {
    const handlers = await startMain(['--kiosk']);
    await handlers['case:save']!(event, sample);
    await copyOnClipboard();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const win = mocked.BrowserWindow.instances[0]!;
    const gone = win.webContents.on.mock.calls.find(([name]) => name === 'render-process-gone')![1] as (e: unknown, d: { reason: string }) => void;
    gone({}, { reason: 'crashed' });
    await vi.waitFor(() => expect(win.webContents.navigationHistory.clear).toHaveBeenCalled());
    await expectForgotten(handlers);
  });

  it('a hung or broken page is still wiped by main’s own idle clock', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    try {
      const handlers = await startMain([kioskConfig({ idleSeconds: 60, countdownSeconds: 10 })]);
      await handlers['case:save']!(event, sample);
      await copyOnClipboard();
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      mocked.powerMonitor.getSystemIdleTime.mockReturnValue(60);
      vi.advanceTimersByTime(10_000);
      expect(await mocked.clipboard.readText()).toBe('timeline of person A');
      mocked.powerMonitor.getSystemIdleTime.mockReturnValue(60 + 10 + 15);
      vi.advanceTimersByTime(5_000);
      await vi.waitFor(() => expect(mocked.BrowserWindow.instances[0]!.webContents.navigationHistory.clear).toHaveBeenCalled());
      await expectForgotten(handlers);
    } finally {
      vi.useRealTimers();
    }
  });

  it('main’s idle clock fails closed: when its wipe cannot load the start page, the page is crashed, and so wiped again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    try {
      await startMain([kioskConfig({ idleSeconds: 60, countdownSeconds: 10 })]);
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const win = mocked.BrowserWindow.instances[0]! as MockWindow & { webContents: { forcefullyCrashRenderer: Fn } };
      // The person's page stays on screen when this load fails (aborted, or the page is stuck).
      win.loadURL.mockRejectedValueOnce(new Error('ERR_ABORTED'));
      mocked.powerMonitor.getSystemIdleTime.mockReturnValue(60 + 10 + 15);
      vi.advanceTimersByTime(5_000);
      await vi.waitFor(() => expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1));
    } finally {
      vi.useRealTimers();
    }
  });

  it('the staff exit: locks out after wrong codes, logs attempts by name only, and clears the clipboard before quitting', async () => {
    const handlers = await startMain([kioskConfig({ adminExitCode: '480193' })]);
    await copyOnClipboard();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const info = (await handlers['app:get-info']!(event)).value as { kiosk: { hasAdminExit: boolean } };
    expect(info.kiosk.hasAdminExit).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect((await handlers['kiosk:exit']!(event, { code: '111111' })).value).toMatchObject({ outcome: 'wrong' });
    }
    expect((await handlers['kiosk:exit']!(event, { code: '480193' })).value).toEqual({ outcome: 'locked', retryAfterSeconds: 30 });
    expect(mocked.app.quit).not.toHaveBeenCalled();
    const log = readFileSync(path.join(userData, 'logs', 'wegwijs.log'), 'utf8');
    expect(log).toMatch(/kiosk-exit-wrong/);
    expect(log).toMatch(/kiosk-exit-locked/);
    expect(log).not.toMatch(/111111|480193/);
    expect(await mocked.clipboard.readText()).toBe('timeline of person A');
  });

  it('the staff exit with the right code clears the clipboard and quits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const handlers = await startMain([kioskConfig({ adminExitCode: '480193' })]);
      await copyOnClipboard();
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect((await handlers['kiosk:exit']!(event, { code: '480193' })).value).toEqual({ outcome: 'closing', retryAfterSeconds: 0 });
      expect(await mocked.clipboard.readText()).toBe('');
      expect(await mocked.clipboard.selection.readText()).toBe('');
      vi.advanceTimersByTime(200);
      expect(mocked.app.quit).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('printing: main decides, and a kiosk never shows a system dialog', () => {
  it('a kiosk that allows printing but names no printer refuses, and opens nothing', async () => {
    const handlers = await startMain([kioskConfig({ allowPrint: true })]);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const info = (await handlers['app:get-info']!(event)).value as { kiosk: { allowPrint: boolean } };
    expect(info.kiosk.allowPrint).toBe(false);
    expect(await handlers['print:run']!(windowEvent(), { title: 'x' })).toEqual({ ok: true, value: { outcome: 'refused' } });
    expect(mocked.BrowserWindow.instances[0]!.webContents.print).not.toHaveBeenCalled();
    expect(mocked.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('a kiosk with a named printer prints silently on that printer', async () => {
    const handlers = await startMain([kioskConfig({ allowPrint: true, printerName: 'Balie HP' })]);
    expect(await handlers['print:run']!(windowEvent(), { title: 'x' })).toEqual({ ok: true, value: { outcome: 'printed' } });
    const [options] = mocked.BrowserWindow.instances[0]!.webContents.print.mock.calls[0]!;
    expect(options).toMatchObject({ silent: true, deviceName: 'Balie HP' });
    expect(mocked.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('on a person’s own computer the page is saved as a PDF where the person chooses', async () => {
    const handlers = await startMain([]);
    const target = path.join(userData, 'my timeline.pdf');
    mocked.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await handlers['print:run']!(windowEvent(), { title: 'My timeline / 5 Dec' })).toEqual({ ok: true, value: { outcome: 'saved' } });
    expect(mocked.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({ defaultPath: 'My timeline  5 Dec.pdf' });
    expect(readFileSync(target, 'utf8')).toContain('%PDF');
    mocked.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await handlers['print:run']!(windowEvent(), { title: 'x' })).toEqual({ ok: true, value: { outcome: 'cancelled' } });
  });
});

describe('encryption at rest is reported truthfully', () => {
  it('on Linux without a keyring (basic_text) the case is "not encrypted", as the UI then says', async () => {
    vi.resetModules();
    const electron = (await import('electron')) as unknown as Mocked;
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const handlers = await startMainKeepingMocks([]);
    const info = (await handlers['app:get-info']!(event)).value as { encryption: string };
    expect(info.encryption).toBe(process.platform === 'linux' ? 'unavailable' : 'os');
  });
});

describe('downloads', () => {
  it('every download is refused at the session', async () => {
    await startMain([]);
    const ses = mocked.session.fromPartition.mock.results[0]!.value as { on: Fn };
    const onDownload = ses.on.mock.calls.find(([name]) => name === 'will-download')![1] as (e: { preventDefault: Fn }) => void;
    const e = { preventDefault: vi.fn() };
    onDownload(e);
    expect(e.preventDefault).toHaveBeenCalled();
  });
});
