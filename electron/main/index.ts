import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, session } from 'electron';
import { buildAppInfo } from './appInfo';
import { registerIpc } from './ipc';
import { initLog, logEvent } from './log';
import { createAppProtocolHandler } from './protocol';
import { storeStartPage } from './firstScreen';
import { allowDevServer, APP_SCHEME, APP_URL, hardenSession, hardenWebContents } from './security';
import { osCipher } from './store/cipher';
import { openFileStore } from './store/fileStore';
import { createMemoryStore } from './store/memoryStore';
import type { DataStore } from './store/types';
import { chooseMode } from './kiosk/config';
import { exitGateFor } from './kiosk/exitGate';
import { BACKSTOP_MARGIN_SECONDS, startIdleBackstop } from './kiosk/idleBackstop';
import { lockDownKioskWindow, type KioskGuard } from './kiosk/lockdown';
import { createWiper } from './kiosk/wipe';
import { createCrashRecovery } from './recovery';
import { createMainWindow, mainWindowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD = path.join(here, '../preload/index.cjs');
const RENDERER_ROOT = path.join(here, '../renderer');

// Before anything else: every renderer is sandboxed, and app:// is a secure, standard scheme. Its scripts
// get V8's code cache (as http pages do): a later load in the same run (a kiosk's next session, after the
// wipe's reload) can run compiled code instead of compiling the main chunk again. The session is in memory
// (below), so nothing of it outlives the run; it holds the app's own code, nothing a person entered.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
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
      'Wegwijs kiosk: the terminal config has errors',
      `From: ${choice.source}\n\n${choice.errors.map((e) => `• ${e}`).join('\n')}\n\nFix it and start again. See "Kiosk mode" in the README.`,
    );
    console.error(`[kiosk] invalid config ${choice.source}:\n${choice.errors.join('\n')}`);
    app.exit(2);
    return;
  }
  initLog(app.getPath('userData'));
  const kiosk = choice.mode === 'kiosk' ? choice.config : null;
  const startUrl = devServer ?? APP_URL;
  let guard: KioskGuard | null = null;
  let win: BrowserWindow | null = null;
  // An in-memory partition (no "persist:" prefix): Chromium keeps no cookies,
  // storage or cache of ours on disk, in any mode.
  const ses = session.fromPartition('wegwijs');
  hardenSession(ses);
  hardenSession(session.defaultSession);

  const store: DataStore =
    mode === 'kiosk' ? createMemoryStore() : await openFileStore({ dir: app.getPath('userData'), cipher: osCipher(safeStorage) });
  ses.protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(RENDERER_ROOT, {
      startPage: () => storeStartPage(kiosk, store),
    }),
  );
  // The clipboard is the person's own on their own computer; on a kiosk it is the next person's.
  const wiper = createWiper({ store, session: ses, clipboard: kiosk ? clipboard : null, window: () => win, startUrl, log: logEvent });
  // A kiosk starts as after a wipe: the process before it may have crashed or been killed
  // without one, and on Windows and macOS the clipboard outlives the process that wrote it.
  if (kiosk && !(await wiper.clearData())) logEvent('kiosk-start-clear-incomplete');
  // Only a hash of the staff exit code is kept; the code itself is dropped here.
  const exitGate = kiosk ? exitGateFor(kiosk) : null;
  if (kiosk?.allowPrint && !kiosk.printerName) logEvent('kiosk-print-refused', 'no-printerName');

  const info = () => buildAppInfo({ version: app.getVersion(), store, kiosk, hasAdminExit: Boolean(exitGate?.configured) });

  registerIpc(ipcMain, {
    store,
    appInfo: info,
    kiosk,
    wiper,
    exitGate,
    log: logEvent,
    quit: () => {
      guard?.allowClose();
      setTimeout(() => app.quit(), 100);
    },
  });

  win = createMainWindow(mainWindowOptions({ mode, preload: PRELOAD, session: ses, devTools: !app.isPackaged }));
  const mainWindow = win;
  if (kiosk) {
    guard = lockDownKioskWindow(mainWindow);
    // Main's own idle clock: a hung or broken page still gets wiped.
    startIdleBackstop({
      thresholdSeconds: kiosk.idleSeconds + kiosk.countdownSeconds + BACKSTOP_MARGIN_SECONDS,
      systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
      // Fail closed: a wipe that could not finish (e.g. the start page did not load, so the person's
      // page may still show) crashes the page; the crash recovery below wipes and reloads it again.
      onIdle: () =>
        void wiper.wipe('idle-backstop').then((done) => {
          if (!done && !mainWindow.isDestroyed()) mainWindow.webContents.forcefullyCrashRenderer();
        }),
    });
  }
  // Self-healing: a crashed or hung renderer goes back to the start screen, with a growing
  // pause when it keeps crashing. No personal data is logged; a kiosk forgets the session.
  const recovery = createCrashRecovery({
    reload: () => (kiosk ? wiper.wipe('renderer-gone') : mainWindow.loadURL(startUrl)),
  });
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    logEvent('renderer-gone', details.reason);
    if (kiosk) void store.deleteAll();
    recovery.crashed();
  });
  mainWindow.on('unresponsive', () => {
    logEvent('renderer-unresponsive');
    mainWindow.webContents.forcefullyCrashRenderer();
  });
  if (store.notices.length) logEvent('store-recovered');
  await mainWindow.loadURL(startUrl);
}
