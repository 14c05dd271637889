import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { Response } from '@core/ipc/contract';
import type { Command } from '../types';

type Outcome = Response<'print'>;

/** A file name from the page title: letters, digits, spaces, dashes only. */
function pdfFileName(title: string): string {
  return `${title.replace(/[^\p{L}\p{N} _-]/gu, '').trim().slice(0, 80) || 'wegwijs'}.pdf`;
}

function printSilently(contents: WebContents, deviceName: string): Promise<Outcome> {
  return new Promise((resolve) => {
    contents.print({ silent: true, deviceName, printBackground: true }, (ok) => resolve({ outcome: ok ? 'printed' : 'failed' }));
  });
}

/**
 * The one print command; main decides. A kiosk never opens a system dialog
 * (its "Save as PDF" opens a file chooser: a way out, and a copy left behind):
 * it prints silently on the printer its config names, or refuses. On a
 * person's own computer the page is saved as a PDF where the person chooses.
 */
export const print: Command<'print'> = async (req, ctx, event) => {
  if (ctx.kiosk) {
    if (!ctx.kiosk.allowPrint || !ctx.kiosk.printerName) return { outcome: 'refused' };
    return printSilently(event.sender, ctx.kiosk.printerName);
  }
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win) return { outcome: 'failed' };
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    defaultPath: pdfFileName(req.title),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return { outcome: 'cancelled' };
  const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
  await writeFile(filePath, pdf);
  return { outcome: 'saved' };
};
