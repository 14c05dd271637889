import type { SafeStorage } from 'electron';
import type { Cipher } from './types';

/**
 * On Linux, safeStorage falls back to the `basic_text` backend when no keyring
 * (GNOME libsecret, KWallet) is running. It then "encrypts" with a password
 * written in Chromium's source, which protects nothing, yet
 * `isEncryptionAvailable()` still says true. Before the app is ready the backend
 * is `unknown`. Both count as no encryption here, so the person is told.
 */
const NO_REAL_KEYRING = new Set(['basic_text', 'unknown']);

type SafeStorageLike = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

/** Electron's safeStorage through its asynchronous API (the synchronous one is deprecated). */
export function osCipher(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): Cipher {
  return {
    async available() {
      // First let the encryptor start (it is set up lazily, on first use), then ask which backend it chose.
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
      return !(platform === 'linux' && NO_REAL_KEYRING.has(safeStorage.getSelectedStorageBackend()));
    },
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (encrypted) => (await safeStorage.decryptStringAsync(encrypted)).result,
  };
}
