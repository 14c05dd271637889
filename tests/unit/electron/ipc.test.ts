import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { BrowserWindow, dialog } from 'electron';
import { CHANNELS, type ChannelName } from '@core/ipc/contract';
import { COMMANDS, makeHandler, registerIpc } from '../../../electron/main/ipc';
import { testContext as context } from './context';

function event(url = 'app://wegwijs/index.html', sub = false): IpcMainInvokeEvent {
  const mainFrame = { url };
  return { sender: { mainFrame }, senderFrame: sub ? { url } : mainFrame } as unknown as IpcMainInvokeEvent;
}

const validCase = { procedure: 'asylum', dates: { application: '2026-03-01' } };

describe('IPC handlers', () => {
  it('registers one handler per channel of the contract', () => {
    const handle = vi.fn();
    registerIpc({ handle } as unknown as IpcMain, context());
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['a missing procedure', { dates: {} }],
    ['an impossible date', { procedure: 'asylum', dates: { application: '2026-02-30' } }],
    ['a date with a time', { procedure: 'asylum', dates: { application: '2026-02-03T10:00' } }],
    ['an unknown field', { ...validCase, evil: '<script>' }],
    ['a prototype-pollution key', JSON.parse('{"procedure":"asylum","dates":{},"__proto__":{"x":1}}')],
    ['a huge string', { procedure: 'asylum', dates: { application: 'x'.repeat(1_000_000) } }],
  ])('rejects %s with a clear error and stores nothing', async (_label, payload) => {
    const ctx = context();
    const result = await makeHandler('saveCase', COMMANDS.saveCase, ctx)(event(), payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.message).toContain('case:save');
    }
    expect(await ctx.store.loadCase()).toBeNull();
  });

  it('accepts a valid case and returns it on load', async () => {
    const ctx = context();
    expect(await makeHandler('saveCase', COMMANDS.saveCase, ctx)(event(), validCase)).toEqual({ ok: true, value: true });
    expect(await makeHandler('loadCase', COMMANDS.loadCase, ctx)(event(), undefined)).toEqual({ ok: true, value: validCase });
  });

  it('rejects a payload on channels that take none', async () => {
    const result = await makeHandler('deleteAll', COMMANDS.deleteAll, context())(event(), { all: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it.each([
    ['another origin', event('https://example.org/')],
    ['a file URL', event('file:///tmp/x.html')],
    ['a subframe of the app', event('app://wegwijs/index.html', true)],
  ])('refuses a sender from %s', async (_label, ev) => {
    const ctx = context();
    const result = await makeHandler('saveCase', COMMANDS.saveCase, ctx)(ev, validCase);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await ctx.store.loadCase()).toBeNull();
  });

  it('turns a failing command into an error without the payload in it', async () => {
    const ctx = context();
    ctx.store.saveCase = async () => {
      throw new Error('disk full');
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await makeHandler('saveCase', COMMANDS.saveCase, ctx)(event(), validCase);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(spy.mock.calls)).not.toContain('2026-03-01');
  });

  it('delete-all empties the store and clears the session', async () => {
    const ctx = context();
    await ctx.store.saveCase(validCase as never);
    await makeHandler('deleteAll', COMMANDS.deleteAll, ctx)(event(), undefined);
    expect(await ctx.store.loadCase()).toBeNull();
    expect(ctx.wiper.clearData).toHaveBeenCalled();
  });

  it('end-session does not report a wipe as done when a step of it failed', async () => {
    const ctx = context({ kiosk: {} });
    ctx.wiper.wipe.mockResolvedValueOnce(false);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await makeHandler('endSession', COMMANDS.endSession, ctx)(event(), undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await makeHandler('endSession', COMMANDS.endSession, ctx)(event(), undefined)).toEqual({ ok: true, value: true });
  });
});

describe('a kiosk opens no system dialog, through any command', () => {
  /** One valid request per channel; typed by the contract, so a new channel cannot be left out. */
  const requests: Record<ChannelName, unknown> = {
    getAppInfo: undefined,
    loadCase: undefined,
    saveCase: validCase,
    loadSettings: undefined,
    saveSettings: { language: 'ar' },
    deleteAll: undefined,
    print: { title: 'My timeline' },
    kioskExit: { code: '000000' },
    endSession: undefined,
    saveCalendar: { fileName: 'deadlines', ics: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' },
  };
  const dialogs = () =>
    Object.entries(dialog as unknown as Record<string, unknown>).filter(([name, fn]) => name !== 'showErrorBox' && vi.isMockFunction(fn));

  it.each([
    ['without a printer', {}],
    ['with a named printer', { allowPrint: true, printerName: 'Balie HP', adminExitCode: '480193' }],
  ])('%s', async (_label, kiosk) => {
    const ctx = context({ kiosk });
    const mainFrame = { url: 'app://wegwijs/index.html' };
    const sender = { mainFrame, print: vi.fn((_o: unknown, cb: (ok: boolean) => void) => cb(true)), printToPDF: vi.fn() };
    const kioskEvent = { sender, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
    expect(dialogs().length).toBeGreaterThan(0);
    // A window to open a dialog on is there: only the kiosk rule may keep it closed.
    vi.mocked(BrowserWindow.fromWebContents).mockReturnValue({} as BrowserWindow);
    for (const name of Object.keys(COMMANDS) as ChannelName[]) {
      const result = await makeHandler(name, COMMANDS[name] as never, ctx)(kioskEvent, requests[name]);
      expect(result, name).toMatchObject({ ok: true });
    }
    for (const [name, fn] of dialogs()) expect(fn, `dialog.${name}`).not.toHaveBeenCalled();
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });
});
