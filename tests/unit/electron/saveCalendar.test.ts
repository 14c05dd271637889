import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { dialog } from 'electron';
import { BrowserWindow } from '../../mocks/electron';
import { toICalendar } from '@core/calendar';
import type { AppInfo } from '@core/ipc/contract';
import { COMMANDS, makeHandler } from '../../../electron/main/ipc';
import { calendarFileName } from '../../../electron/main/ipc/commands/saveCalendar';
import type { IpcContext } from '../../../electron/main/ipc/types';
import { testContext } from './context';

const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-ics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context(mode: AppInfo['mode']): IpcContext {
  const ctx = testContext(mode === 'kiosk' ? { kiosk: {} } : {});
  const info = ctx.appInfo();
  return { ...ctx, appInfo: () => ({ ...info, mode }) };
}

const mainFrame = { url: 'app://wegwijs/index.html' };
const event = { sender: { mainFrame }, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;

const ics = toICalendar(
  {
    ruleSet: 'pact',
    issues: [],
    milestones: [{ id: 'nareis-deadline', kind: 'legal-deadline', date: '2027-02-20', status: 'upcoming', sources: ['svm2026'] }],
  },
  { title: () => 'Gezinshereniging — لمّ شمل' },
  { now: new Date(Date.UTC(2026, 11, 5)) },
);

const save = (ctx: IpcContext, payload: unknown) => makeHandler('saveCalendar', COMMANDS.saveCalendar, ctx)(event, payload);

describe('saveCalendar (Add to my calendar)', () => {
  beforeEach(() => {
    vi.mocked(dialog.showSaveDialog).mockReset();
    BrowserWindow.instances.length = 0;
    new BrowserWindow({});
  });

  it('writes the file where the person chooses, byte for byte', async () => {
    const target = path.join(dir, 'deadlines.ics');
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath: target });
    expect(await save(context('personal'), { fileName: 'My deadlines', ics })).toEqual({ ok: true, value: target });
    expect(readFileSync(target, 'utf8')).toBe(ics);
    const options = (vi.mocked(dialog.showSaveDialog).mock.calls[0] as unknown[])[1] as { defaultPath: string };
    expect(options.defaultPath).toBe('My deadlines.ics');
  });

  it('writes nothing when the person cancels', async () => {
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: true, filePath: '' });
    expect(await save(context('personal'), { fileName: 'x', ics })).toEqual({ ok: true, value: null });
  });

  it.each(['kiosk', 'preview'] as const)('never opens a file dialog in %s mode', async (mode) => {
    expect(await save(context(mode), { fileName: 'x', ics })).toEqual({ ok: true, value: null });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['text that is not a calendar', { fileName: 'x', ics: 'hello' }],
    ['a calendar with LF line ends', { fileName: 'x', ics: ics.replaceAll('\r\n', '\n') }],
    ['an extra field', { fileName: 'x', ics, path: '/etc/passwd' }],
    ['a huge file', { fileName: 'x', ics: `BEGIN:VCALENDAR\r\n${'X'.repeat(300_000)}\r\nEND:VCALENDAR` }],
  ])('rejects %s before any dialog', async (_label, payload) => {
    const result = await save(context('personal'), payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('suggests a plain file name: no folders, no control characters', () => {
    expect(calendarFileName('../../etc/passwd')).toBe('etcpasswd.ics');
    expect(calendarFileName('a\u0000b\u202e.ics')).toBe('ab.ics');
    expect(calendarFileName('')).toBe('wegwijs.ics');
    expect(calendarFileName('مواعيد العائلة')).toBe('مواعيد العائلة.ics');
  });
});
