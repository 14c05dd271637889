import type { CaseInputData } from '@core/domain/case';
import type { AppInfo, Settings, StoreNotice } from '@core/ipc/contract';

/**
 * Where the person's data lives. Two implementations of one interface:
 * `fileStore` (own computer: electron-store on disk, case data encrypted) and
 * `memoryStore` (kiosk: nothing ever touches the disk).
 */
export interface DataStore {
  readonly encryption: AppInfo['encryption'];
  /** Things the person must be told, e.g. that a damaged file was put aside. */
  readonly notices: readonly StoreNotice[];
  loadCase(): Promise<CaseInputData | null>;
  saveCase(data: CaseInputData): Promise<void>;
  loadSettings(): Promise<Settings>;
  /** Whether any settings are stored, known without unsealing them (no keychain call). */
  hasSettings(): boolean;
  saveSettings(settings: Settings): Promise<void>;
  /** Deletes everything this store holds, in one action. */
  deleteAll(): Promise<void>;
}

/**
 * The store's view of the OS keychain (see `cipher.ts` for Electron's
 * safeStorage). `available()` is false wherever the "encryption" would not
 * protect anything, such as Linux without a keyring.
 */
export interface Cipher {
  available(): Promise<boolean>;
  encrypt(plain: string): Promise<Buffer>;
  decrypt(encrypted: Buffer): Promise<string>;
}
