import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { chooseMode } from '../../../electron/main/kiosk/config';
import { checkExitCode } from '../../../electron/main/kiosk/exitCode';
import { isBlockedShortcut, lockDownKioskWindow } from '../../../electron/main/kiosk/lockdown';
import { defaultKioskConfig } from '@core/kiosk/config';

const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({
  type: 'keyDown' as const,
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('kiosk mode choice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-kiosk-'));
  it('is personal without flags', () => {
    expect(chooseMode(['electron', '.'], {})).toEqual({ mode: 'personal' });
  });
  it('--kiosk gives the defaults', () => {
    expect(chooseMode(['electron', '.', '--kiosk'], {})).toMatchObject({ mode: 'kiosk', config: { idleSeconds: 180 } });
  });
  it('reads a config file from the flag or the environment', () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify({ idleSeconds: 60 }));
    expect(chooseMode([`--kiosk-config=${file}`], {})).toMatchObject({ mode: 'kiosk', config: { idleSeconds: 60 } });
    expect(chooseMode([], { WEGWIJS_KIOSK_CONFIG: file })).toMatchObject({ mode: 'kiosk', config: { idleSeconds: 60 } });
  });
  it('never falls back to personal mode on a bad or missing file', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"idleSeconds": 1}');
    expect(chooseMode([`--kiosk-config=${bad}`], {})).toMatchObject({ mode: 'invalid-kiosk', errors: [expect.stringContaining('idleSeconds')] });
    expect(chooseMode([`--kiosk-config=${path.join(dir, 'missing.json')}`], {})).toMatchObject({
      mode: 'invalid-kiosk',
      errors: [expect.stringContaining('ENOENT')],
    });
  });
});

describe('kiosk shortcut blocking', () => {
  const config = { allowPrint: false };
  it.each([
    ['reload', key('r', { control: true })],
    ['hard reload', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['devtools', key('I', { control: true, shift: true })],
    ['F12', key('F12')],
    ['close tab', key('w', { control: true })],
    ['quit (mac)', key('q', { meta: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['zoom reset', key('0', { control: true })],
    ['zoom in', key('+', { control: true })],
    ['back', key('ArrowLeft', { alt: true })],
    ['new window', key('n', { control: true })],
    ['full-screen toggle', key('F11')],
    ['print when not allowed', key('p', { control: true })],
  ])('blocks %s', (_label, input) => {
    expect(isBlockedShortcut(input, config)).toBe(true);
  });
  it.each([
    ['typing', key('a')],
    ['Tab for keyboard navigation', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['Enter', key('Enter')],
    ['copy', key('c', { control: true })],
    ['paste', key('v', { control: true })],
    ['undo', key('z', { control: true })],
    ['arrow keys', key('ArrowDown')],
  ])('lets %s through', (_label, input) => {
    expect(isBlockedShortcut(input, config)).toBe(false);
  });
  it('allows print only where the terminal allows it', () => {
    expect(isBlockedShortcut(key('p', { control: true }), { allowPrint: true })).toBe(false);
  });
  it('ignores key-up events', () => {
    expect(isBlockedShortcut({ ...key('F5'), type: 'keyUp' } as never, config)).toBe(false);
  });
});

describe('kiosk window', () => {
  function fakeWindow() {
    const winHandlers: Record<string, (e: { preventDefault: () => void }) => void> = {};
    const wcHandlers: Record<string, (e: { preventDefault: () => void }, input?: unknown) => void> = {};
    const win = {
      on: (n: string, f: (typeof winHandlers)[string]) => (winHandlers[n] = f),
      setFullScreen: vi.fn(),
      webContents: { on: (n: string, f: (typeof wcHandlers)[string]) => (wcHandlers[n] = f), setVisualZoomLevelLimits: vi.fn() },
    };
    return { win: win as unknown as BrowserWindow, winHandlers, wcHandlers, raw: win };
  }

  it('refuses to close until the admin exit allows it, and blocks the context menu', () => {
    const { win, winHandlers, wcHandlers } = fakeWindow();
    const guard = lockDownKioskWindow(win, defaultKioskConfig());
    const prevent = vi.fn();
    winHandlers.close?.({ preventDefault: prevent });
    expect(prevent).toHaveBeenCalledTimes(1);
    wcHandlers['context-menu']?.({ preventDefault: prevent });
    expect(prevent).toHaveBeenCalledTimes(2);
    wcHandlers['before-input-event']?.({ preventDefault: prevent }, key('F5'));
    expect(prevent).toHaveBeenCalledTimes(3);
    guard.allowClose();
    winHandlers.close?.({ preventDefault: prevent });
    expect(prevent).toHaveBeenCalledTimes(3);
  });

  it('goes back to full screen when something leaves it', () => {
    const { win, winHandlers, raw } = fakeWindow();
    lockDownKioskWindow(win, defaultKioskConfig());
    winHandlers['leave-full-screen']?.({ preventDefault: vi.fn() });
    expect(raw.setFullScreen).toHaveBeenCalledWith(true);
  });
});

describe('admin exit code', () => {
  it('accepts only the exact configured code', () => {
    expect(checkExitCode('480193', '480193')).toBe(true);
    expect(checkExitCode('480193', '480194')).toBe(false);
    expect(checkExitCode('480193', '4801930')).toBe(false);
    expect(checkExitCode('480193', '48019')).toBe(false);
    expect(checkExitCode('480193', '')).toBe(false);
  });
  it('never opens when no code is configured', () => {
    expect(checkExitCode(undefined, '')).toBe(false);
    expect(checkExitCode(undefined, '000000')).toBe(false);
  });
});
