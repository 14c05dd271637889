/**
 * Child process for the crash test: saves case after case into the real file
 * store, printing the number of each save once it has returned. The parent
 * kills it with SIGKILL at random moments.
 */
import { addDays } from '@core/domain/dates';
import { openFileStore } from '../../electron/main/store/fileStore';
import type { Cipher } from '../../electron/main/store/types';

/** Stands in for the OS keychain: reversible, and visibly changes the bytes. */
export const xorCipher: Cipher = {
  available: async () => true,
  encrypt: async (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: async (b) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
};

export function caseNumber(i: number) {
  return { procedure: 'asylum' as const, dates: { application: addDays('2020-01-01', i) } };
}

const dir = process.argv[2];
const start = Number(process.argv[3] ?? 1);
if (dir) {
  const store = await openFileStore({ dir, cipher: xorCipher });
  for (let i = start; ; i++) {
    await store.saveCase(caseNumber(i));
    await store.saveSettings({ language: i % 2 ? 'ar' : 'nl' });
    process.stdout.write(`${i}\n`);
  }
}
