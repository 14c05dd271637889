import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import type { AppInfo } from '@core/ipc/contract';
import { registerIpc } from './ipc';
import { initLog, logEvent } from './log';
import { createAppProtocolHandler } from './protocol';
import { allowDevServer, APP_SCHEME, APP_URL, hardenSession, hardenWebContents } from './security';
import { openFileStore } from './store/fileStore';
import { createMemoryStore } from './store/memoryStore';
import type { DataStore } from './store/types';
import { chooseMode } from './kiosk/config';
import { checkExitCode } from './kiosk/exitCode';
import { lockDownKioskWindow, type KioskGuard } from './kiosk/lockdown';
import { createMainWindow, mainWindowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD = path.join(here, '../preload/index.cjs');
const RENDERER_ROOT = path.join(here, '../renderer');

// Before anything else: every renderer is sandboxed, and app:// is a secure, standard scheme.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const choice = chooseMode(process.argv, process.env);
const mode = choice.mode === 'personal' ? 'personal' : 'kiosk';
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
allowDevServer(devServer);

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  if (choice.mode === 'invalid-kiosk') {
    // Fail closed: a shared terminal must never start as a personal, saving app.
    dialog.showErrorBox(
      'Wegwijs kiosk: the terminal config file has errors',
      `File: ${choice.source}\n\n${choice.errors.map((e) => `• ${e}`).join('\n')}\n\nFix the file and start again. See "Kiosk mode" in the README.`,
    );
    console.error(`[kiosk] invalid config ${choice.source}:\n${choice.errors.join('\n')}`);
    app.exit(2);
    return;
  }
  initLog(app.getPath('userData'));
  const kiosk = choice.mode === 'kiosk' ? choice.config : null;
  let guard: KioskGuard | null = null;
  // An in-memory partition (no "persist:" prefix): Chromium keeps no cookies,
  // storage or cache of ours on disk, in any mode.
  const ses = session.fromPartition('wegwijs');
  hardenSession(ses);
  hardenSession(session.defaultSession);
  ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT));

  const store: DataStore =
    mode === 'kiosk' ? createMemoryStore() : openFileStore({ dir: app.getPath('userData'), cipher: safeStorage });

  const info = (): AppInfo => ({
    version: app.getVersion(),
    mode,
    encryption: store.encryption,
    notices: [...store.notices],
    ...(kiosk
      ? {
          kiosk: {
            idleSeconds: kiosk.idleSeconds,
            countdownSeconds: kiosk.countdownSeconds,
            languages: kiosk.languages,
            defaultLanguage: kiosk.defaultLanguage,
            allowPrint: kiosk.allowPrint,
            hasAdminExit: Boolean(kiosk.adminExitCode),
            ...(kiosk.locationName ? { locationName: kiosk.locationName } : {}),
          },
        }
      : {}),
  });

  registerIpc(ipcMain, {
    store,
    appInfo: info,
    afterDeleteAll: async () => {
      await ses.clearStorageData();
      await ses.clearCache();
    },
    printPage: async (event) => {
      if (kiosk && !kiosk.allowPrint) return false;
      return new Promise<boolean>((resolve) => event.sender.print({ printBackground: true }, (ok) => resolve(ok)));
    },
    kioskExit: (code) => {
      if (!kiosk || !guard || !checkExitCode(kiosk.adminExitCode, code)) return false;
      guard.allowClose();
      setTimeout(() => app.quit(), 100);
      return true;
    },
    printToPdf: async (event, title) => {
      // On a shared terminal a saved file would stay behind for the next person.
      if (kiosk) return null;
      const win = BrowserWindow.fromWebContents(event.sender);
      if (!win) return null;
      const { canceled, filePath } = await dialog.showSaveDialog(win, {
        defaultPath: `${title.replace(/[^\p{L}\p{N} _-]/gu, '').slice(0, 80) || 'wegwijs'}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (canceled || !filePath) return null;
      const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
      const { writeFile } = await import('node:fs/promises');
      await writeFile(filePath, pdf);
      return filePath;
    },
  });

  const win = createMainWindow(
    mainWindowOptions({ mode, preload: PRELOAD, session: ses, devTools: !app.isPackaged }),
  );
  if (kiosk) guard = lockDownKioskWindow(win, kiosk);
  // Self-healing: a crashed or hung renderer goes back to the start screen. No personal data is logged.
  win.webContents.on('render-process-gone', (_event, details) => {
    logEvent('renderer-gone', details.reason);
    // In kiosk mode the memory store is emptied too: the next person starts clean.
    if (kiosk) store.deleteAll();
    void win.loadURL(devServer ?? APP_URL);
  });
  win.on('unresponsive', () => {
    logEvent('renderer-unresponsive');
    win.webContents.forcefullyCrashRenderer();
  });
  if (store.notices.length) logEvent('store-recovered');
  await win.loadURL(devServer ?? APP_URL);
}
