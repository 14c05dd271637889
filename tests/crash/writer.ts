/**
 * Child process for the crash test: saves case after case into the real file
 * store, printing the number of each save once it has returned. The parent
 * kills it with SIGKILL at random moments.
 */
import { addDays } from '@core/domain/dates';
import { openFileStore } from '../../electron/main/store/fileStore';
import type { Cipher } from '../../electron/main/store/types';

export const plainCipher: Cipher = {
  isEncryptionAvailable: () => false,
  encryptString: (s) => Buffer.from(s),
  decryptString: (b) => b.toString(),
};

export function caseNumber(i: number) {
  return { procedure: 'asylum' as const, dates: { application: addDays('2020-01-01', i) } };
}

const dir = process.argv[2];
const start = Number(process.argv[3] ?? 1);
if (dir) {
  const store = openFileStore({ dir, cipher: plainCipher });
  for (let i = start; ; i++) {
    store.saveCase(caseNumber(i));
    store.saveSettings({ language: i % 2 ? 'ar' : 'nl' });
    process.stdout.write(`${i}\n`);
  }
}
