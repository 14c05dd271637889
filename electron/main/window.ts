import { BrowserWindow, type BrowserWindowConstructorOptions, type Session, type WebPreferences } from 'electron';

export type AppMode = 'personal' | 'kiosk';

/**
 * The webPreferences of every window the app opens. A unit test asserts each
 * of these exactly: change them only with the security checklist in hand.
 */
export function secureWebPreferences(preload: string, ses: Session, devTools: boolean): WebPreferences {
  return {
    preload,
    session: ses,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Middle-click must not open new windows (Electronegativity AUXCLICK_JS_CHECK).
    disableBlinkFeatures: 'Auxclick',
    devTools,
  };
}

export function mainWindowOptions(opts: {
  mode: AppMode;
  preload: string;
  session: Session;
  devTools: boolean;
}): BrowserWindowConstructorOptions {
  const kiosk = opts.mode === 'kiosk';
  return {
    title: 'Wegwijs',
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    show: false,
    backgroundColor: '#fbfaf7',
    autoHideMenuBar: true,
    ...(kiosk ? { kiosk: true, fullscreen: true, frame: false, closable: false, minimizable: false } : {}),
    webPreferences: secureWebPreferences(opts.preload, opts.session, kiosk ? false : opts.devTools),
  };
}

export function createMainWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  // The lock-down is repeated literally here so that static checkers (Electronegativity) see it too.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  return win;
}
