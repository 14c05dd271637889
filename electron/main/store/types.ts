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
  loadCase(): CaseInputData | null;
  saveCase(data: CaseInputData): void;
  loadSettings(): Settings;
  saveSettings(settings: Settings): void;
  /** Deletes everything this store holds, in one action. */
  deleteAll(): void;
}

/** The part of Electron's `safeStorage` the file store needs. */
export interface Cipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}
