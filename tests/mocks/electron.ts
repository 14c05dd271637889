/**
 * A stand-in for the `electron` module in main-process unit tests (after
 * Electron Fiddle): the parts the code under test touches, recording calls.
 */
import { vi } from 'vitest';

export class BrowserWindow {
  static instances: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.instances;
  static fromWebContents = vi.fn(() => BrowserWindow.instances[0] ?? null);
  options: unknown;
  webContents = {
    on: vi.fn(),
    send: vi.fn(),
    id: 1,
    setVisualZoomLevelLimits: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
    /** Calls back as a printer would; `silent` true never opens a dialog. */
    print: vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => callback?.(true, '')),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 mock')),
    navigationHistory: { clear: vi.fn(), canGoBack: vi.fn(() => false) },
  };
  constructor(options: unknown) {
    this.options = options;
    BrowserWindow.instances.push(this);
  }
  once = vi.fn();
  on = vi.fn();
  show = vi.fn();
  isDestroyed = vi.fn(() => false);
  loadURL = vi.fn(async () => undefined);
}

export const app = {
  getPath: vi.fn(() => '/tmp/wegwijs-mock-userdata'),
  getVersion: vi.fn(() => '0.0.0-test'),
  isPackaged: false,
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  quit: vi.fn(),
  exit: vi.fn(),
};

export const ipcMain = { handle: vi.fn(), on: vi.fn(), removeHandler: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const shell = { openPath: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const Menu = { setApplicationMenu: vi.fn() };
export const dialog = {
  showSaveDialog: vi.fn(),
  showSaveDialogSync: vi.fn(),
  showOpenDialog: vi.fn(),
  showOpenDialogSync: vi.fn(),
  showMessageBox: vi.fn(),
  showMessageBoxSync: vi.fn(),
  showErrorBox: vi.fn(),
};
/**
 * safeStorage with its asynchronous API (the synchronous one is deprecated).
 * `getSelectedStorageBackend` is what Linux reports; `basic_text` means no keyring.
 */
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  isAsyncEncryptionAvailable: vi.fn(async () => true),
  getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
  encryptString: vi.fn((s: string) => Buffer.from(`enc:${s}`)),
  decryptString: vi.fn((b: Buffer) => b.toString().replace(/^enc:/, '')),
  encryptStringAsync: vi.fn(async (s: string) => Buffer.from(`enc:${s}`)),
  decryptStringAsync: vi.fn(async (b: Buffer) => ({ result: b.toString().replace(/^enc:/, ''), shouldReEncrypt: false })),
};

/** A clipboard with Linux's selection buffer (middle-click paste), as `clipboard.selection`. */
function mockClipboard() {
  let text = '';
  return {
    clear: vi.fn(() => {
      text = '';
    }),
    writeText: vi.fn(async (t: string) => {
      text = t;
    }),
    readText: vi.fn(async () => text),
  };
}
export const clipboard = Object.assign(mockClipboard(), { selection: mockClipboard() });

/** Seconds since the last input anywhere on the machine; tests set it. */
export const powerMonitor = { getSystemIdleTime: vi.fn(() => 0) };

export function createMockSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    protocol: { handle: vi.fn() },
    clearStorageData: vi.fn(async () => undefined),
    clearCache: vi.fn(async () => undefined),
    on: vi.fn(),
  };
}
export const session = { fromPartition: vi.fn(() => createMockSession()), defaultSession: createMockSession() };

const electron = {
  app,
  BrowserWindow,
  ipcMain,
  ipcRenderer,
  contextBridge,
  shell,
  protocol,
  Menu,
  dialog,
  safeStorage,
  session,
  clipboard,
  powerMonitor,
};
export default electron;
