import { execFileSync } from 'node:child_process';
import fs, { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { chooseMode as choose, policyFilePath, policyFilePaths } from '../../../electron/main/kiosk/config';
import { parseKioskConfig } from '@core/kiosk/config';
import { createExitGate, formatCodeHash, FREE_TRIES, hashCode, parseCodeHash } from '../../../electron/main/kiosk/exitGate';
import { startIdleBackstop } from '../../../electron/main/kiosk/idleBackstop';
import { isBlockedShortcut, lockDownKioskWindow } from '../../../electron/main/kiosk/lockdown';

const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({
  type: 'keyDown' as const,
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

/** The mode without a machine-wide policy file (this machine's /etc is not part of the test). */
const chooseMode = (argv: string[], env: NodeJS.ProcessEnv) => choose(argv, env, null);

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
    expect(isBlockedShortcut(input)).toBe(true);
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
    expect(isBlockedShortcut(input)).toBe(false);
  });
  it('blocks Ctrl+P even where the terminal allows printing (the system dialog is a way out)', () => {
    expect(isBlockedShortcut(key('p', { control: true }))).toBe(true);
    expect(isBlockedShortcut(key('P', { meta: true, shift: true }))).toBe(true);
  });
  it('ignores key-up events', () => {
    expect(isBlockedShortcut({ ...key('F5'), type: 'keyUp' } as never)).toBe(false);
  });
});

describe('kiosk window', () => {
  function fakeWindow() {
    const winHandlers: Record<string, (e: { preventDefault: () => void }) => void> = {};
    const wcHandlers: Record<string, (e: { preventDefault: () => void }, input?: unknown) => void> = {};
    const win = {
      on: (n: string, f: (typeof winHandlers)[string]) => (winHandlers[n] = f),
      setFullScreen: vi.fn(),
      webContents: {
        on: (n: string, f: (typeof wcHandlers)[string]) => (wcHandlers[n] = f),
        setVisualZoomLevelLimits: vi.fn(),
        forcefullyCrashRenderer: vi.fn(),
      },
    };
    return { win: win as unknown as BrowserWindow, winHandlers, wcHandlers, raw: win };
  }

  it('refuses to close until the admin exit allows it, and blocks the context menu', () => {
    const { win, winHandlers, wcHandlers } = fakeWindow();
    const guard = lockDownKioskWindow(win);
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

  it('lets no page veto main’s wipe with a "leave this page?" (beforeunload) handler', () => {
    const { win, wcHandlers } = fakeWindow();
    lockDownKioskWindow(win);
    // Electron cancels the navigation (main's loadURL of the start page) unless this event is prevented.
    const prevent = vi.fn();
    wcHandlers['will-prevent-unload']?.({ preventDefault: prevent });
    expect(prevent).toHaveBeenCalledTimes(1);
  });

  it('crashes a page whose preload failed, rather than let it run as the unlocked browser preview', () => {
    const { win, wcHandlers, raw } = fakeWindow();
    lockDownKioskWindow(win);
    wcHandlers['preload-error']?.({ preventDefault: vi.fn() });
    expect(raw.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
  });

  it('goes back to full screen when something leaves it', () => {
    const { win, winHandlers, raw } = fakeWindow();
    lockDownKioskWindow(win);
    winHandlers['leave-full-screen']?.({ preventDefault: vi.fn() });
    expect(raw.setFullScreen).toHaveBeenCalledWith(true);
  });
});

describe('kiosk mode choice: a wish for a kiosk never starts personal mode', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-kiosk-'));
  const good = path.join(dir, 'good.json');
  writeFileSync(good, JSON.stringify({ idleSeconds: 60 }));

  it.each([
    ['the file after a space', ['--kiosk-config', good]],
    ['an empty value', ['--kiosk-config=']],
    ['an unknown kiosk flag', ['--kiosk-mode']],
    ['a misspelt flag', ['--kiosk-confg=' + good]],
    ['two different files', [`--kiosk-config=${good}`, `--kiosk-config=${path.join(dir, 'other.json')}`]],
    ['one dash', ['-kiosk']],
    ['an en dash a word processor made of "--"', [`\u2013kiosk-config=${good}`]],
    ['an em dash', ['\u2014kiosk']],
    ['a Windows-style slash', ['/kiosk']],
    ['capitals', ['--KIOSK']],
  ])('%s refuses to start', (_label, args) => {
    expect(chooseMode(['electron', '.', ...args], {})).toMatchObject({ mode: 'invalid-kiosk', errors: [expect.any(String)] });
  });

  it('the environment variable set but empty refuses to start', () => {
    expect(chooseMode(['electron', '.'], { WEGWIJS_KIOSK_CONFIG: '' })).toMatchObject({
      mode: 'invalid-kiosk',
      errors: [expect.stringContaining('WEGWIJS_KIOSK_CONFIG')],
    });
  });

  it('a machine-wide policy file forces kiosk mode, whatever the arguments', () => {
    expect(choose(['electron', '.'], {}, good)).toMatchObject({ mode: 'kiosk', source: good, config: { idleSeconds: 60 } });
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{');
    expect(choose(['electron', '.'], {}, broken)).toMatchObject({ mode: 'invalid-kiosk', source: broken });
    expect(choose(['electron', '.'], {}, path.join(dir, 'absent.json'))).toEqual({ mode: 'personal' });
  });

  it('a policy file the app may not look at is refused, never taken as absent', () => {
    // An administrator made /etc/wegwijs unreadable for the kiosk account: stat fails with EACCES, not ENOENT.
    const denied = Object.assign(new Error('permission denied'), { code: 'EACCES' });
    const stat = vi.spyOn(fs, 'statSync').mockImplementation(() => {
      throw denied;
    });
    const read = vi.spyOn(fs, 'readFileSync').mockImplementation(() => {
      throw denied;
    });
    const exists = vi.spyOn(fs, 'existsSync').mockReturnValue(false);
    try {
      expect(choose(['electron', '.'], {}, '/etc/wegwijs/kiosk.json')).toMatchObject({
        mode: 'invalid-kiosk',
        errors: [expect.stringContaining('EACCES')],
      });
    } finally {
      stat.mockRestore();
      read.mockRestore();
      exists.mockRestore();
    }
  });

  it('looks for the policy file where administrators put machine-wide settings', () => {
    expect(policyFilePath('linux')).toBe('/etc/wegwijs/kiosk.json');
    expect(policyFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Wegwijs\\kiosk.json');
    expect(policyFilePath('darwin')).toBe('/Library/Application Support/Wegwijs/kiosk.json');
  });

  it('on Windows a user cannot hide the policy file by setting their own %ProgramData%', () => {
    // setx ProgramData C:\Users\me\x needs no administrator; the standard folder is looked at all the same.
    expect(policyFilePaths('win32', { ProgramData: 'C:\\Users\\me\\x' })).toContain('C:\\ProgramData\\Wegwijs\\kiosk.json');
    expect(choose(['electron', '.'], {}, [path.join(dir, 'moved-away.json'), good])).toMatchObject({ mode: 'kiosk', source: good });
  });
});

describe('staff exit gate', () => {
  it('keeps only a salted hash, and accepts only the exact code', () => {
    const hash = hashCode('480193');
    expect(hash.hash.toString('hex')).not.toContain('480193');
    expect(hashCode('480193').salt.equals(hash.salt)).toBe(false);
    expect(createExitGate(hash).attempt('480193').outcome).toBe('closing');
    for (const wrong of ['480194', '4801930', '48019', '']) expect(createExitGate(hash).attempt(wrong).outcome).toBe('wrong');
  });

  it('accepts the hash form of the config file', () => {
    const text = formatCodeHash('120034');
    expect(text).toMatch(/^scrypt:[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(createExitGate(parseCodeHash(text)).attempt('120034').outcome).toBe('closing');
    expect(parseCodeHash('480193')).toBeNull();
  });

  it('locks after repeated wrong codes, for a growing time, and checks no code while locked', () => {
    let now = 0;
    const gate = createExitGate(hashCode('480193'), () => now);
    for (let i = 1; i < FREE_TRIES; i++) expect(gate.attempt('000000')).toEqual({ outcome: 'wrong', retryAfterSeconds: 0 });
    expect(gate.attempt('000000')).toEqual({ outcome: 'wrong', retryAfterSeconds: 30 });
    expect(gate.attempt('480193')).toEqual({ outcome: 'locked', retryAfterSeconds: 30 });
    now += 30_000;
    expect(gate.attempt('111111')).toEqual({ outcome: 'wrong', retryAfterSeconds: 60 });
    now += 60_000;
    expect(gate.attempt('222222')).toEqual({ outcome: 'wrong', retryAfterSeconds: 120 });
    now += 120_000;
    expect(gate.attempt('480193').outcome).toBe('closing');
  });

  it('makes guessing all six-digit codes impossible in practice (it took 1.7 s without a lockout)', () => {
    let now = 0;
    const gate = createExitGate(hashCode('999999'), () => now);
    let checked = 0;
    // One simulated day of trying as fast as the gate lets anyone.
    while (now < 24 * 3600_000) {
      const r = gate.attempt(String(checked).padStart(6, '0'));
      if (r.outcome === 'wrong') checked += 1;
      now += Math.max(1000, r.retryAfterSeconds * 1000);
    }
    expect(checked).toBeLessThan(100);
  });

  it('is unavailable where no code is configured', () => {
    expect(createExitGate(null).attempt('000000').outcome).toBe('unavailable');
  });
});

describe('main idle backstop', () => {
  it('wipes once when the machine had no input past the threshold, again only after new activity', () => {
    vi.useFakeTimers();
    let idle = 0;
    const onIdle = vi.fn();
    const stop = startIdleBackstop({ thresholdSeconds: 225, systemIdleSeconds: () => idle, onIdle, everyMs: 1000 });
    idle = 224;
    vi.advanceTimersByTime(1000);
    expect(onIdle).not.toHaveBeenCalled();
    idle = 226;
    vi.advanceTimersByTime(5000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    idle = 3;
    vi.advanceTimersByTime(1000);
    idle = 300;
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledTimes(2);
    stop();
    vi.useRealTimers();
  });
});

describe('npm run kiosk:hash-code', () => {
  it('prints a hash the exit gate accepts for that code only', () => {
    const out = execFileSync(process.execPath, ['scripts/kiosk-hash-code.mjs', '480193'], { encoding: 'utf8' }).trim();
    const parsed = parseCodeHash(out);
    expect(parsed).not.toBeNull();
    expect(createExitGate(parsed).attempt('480193').outcome).toBe('closing');
    expect(createExitGate(parsed).attempt('480194').outcome).toBe('wrong');
    expect(parseKioskConfig(JSON.stringify({ adminExitCodeHash: out })).ok).toBe(true);
  });
});
