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
  };
  constructor(options: unknown) {
    this.options = options;
    BrowserWindow.instances.push(this);
  }
  once = vi.fn();
  on = vi.fn();
  show = vi.fn();
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
export const dialog = { showSaveDialog: vi.fn(), showErrorBox: vi.fn() };
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  encryptString: vi.fn((s: string) => Buffer.from(`enc:${s}`)),
  decryptString: vi.fn((b: Buffer) => b.toString().replace(/^enc:/, '')),
};

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
};
export default electron;
