import { BrowserWindow, dialog } from 'electron';
import type { Command } from '../types';

/** A file name without path, control or reserved characters; never empty. */
export function calendarFileName(name: string): string {
  const clean = name
    .replace(/\.ics$/i, '')
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .trim()
    .slice(0, 80);
  return `${clean || 'wegwijs'}.ics`;
}

/**
 * "Add to my calendar" (issue 15): writes the .ics text to a file the person
 * chooses. Only on the person's own computer: a kiosk never opens a file
 * dialog (a way out of the app) and never leaves a file behind.
 */
export const saveCalendar: Command<'saveCalendar'> = async (req, ctx, event) => {
  if (ctx.appInfo().mode !== 'personal') return null;
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win) return null;
  const result = await dialog.showSaveDialog(win, {
    defaultPath: calendarFileName(req.fileName),
    filters: [{ name: 'iCalendar', extensions: ['ics'] }],
  });
  if (!result || result.canceled || !result.filePath) return null;
  const { writeFile } = await import('node:fs/promises');
  await writeFile(result.filePath, req.ics, 'utf8');
  return result.filePath;
};
