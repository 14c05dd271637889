import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseInputData } from '@core/domain/case';
import { osCipher } from '../../../electron/main/store/cipher';
import { openFileStore, STORE_NAME } from '../../../electron/main/store/fileStore';
import { CURRENT_SCHEMA_VERSION } from '../../../electron/main/store/migrations';
import type { Cipher } from '../../../electron/main/store/types';

/** A reversible stand-in for safeStorage that visibly changes the bytes. */
const xorCipher = (available = true): Cipher => ({
  available: async () => available,
  encrypt: async (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: async (b) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
});

const sample: CaseInputData = {
  procedure: 'asylum',
  track: 'general',
  decisionOutcome: 'rejected',
  dates: { application: '2026-01-31', decision: '2026-09-01' },
};

let dir: string;
const file = () => path.join(dir, `${STORE_NAME}.json`);
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-store-'));
});

describe('file store', () => {
  it('round-trips the case and settings through real files', async () => {
    const a = await openFileStore({ dir, cipher: xorCipher() });
    expect(await a.loadCase()).toBeNull();
    await a.saveCase(sample);
    await a.saveSettings({ language: 'ar' });
    const b = await openFileStore({ dir, cipher: xorCipher() });
    expect(await b.loadCase()).toEqual(sample);
    expect(await b.loadSettings()).toEqual({ language: 'ar' });
    expect(b.notices).toEqual([]);
  });

  it('knows whether settings are stored without asking the keychain (a page is served on it: electron/main/firstScreen.ts)', async () => {
    const decrypt = vi.fn(xorCipher().decrypt);
    const cipher = { ...xorCipher(), decrypt };
    const a = await openFileStore({ dir, cipher });
    expect(a.hasSettings()).toBe(false);
    await a.saveCase(sample);
    expect(a.hasSettings()).toBe(false);
    await a.saveSettings({ language: 'ar' });
    const b = await openFileStore({ dir, cipher });
    decrypt.mockClear();
    expect(b.hasSettings()).toBe(true);
    expect(decrypt).not.toHaveBeenCalled();
    await b.deleteAll();
    expect(b.hasSettings()).toBe(false);
  });

  it('encrypts the case at rest when the OS offers it', async () => {
    const store = await openFileStore({ dir, cipher: xorCipher(true) });
    await store.saveCase(sample);
    const raw = readFileSync(file(), 'utf8');
    expect(store.encryption).toBe('os');
    expect(raw).not.toContain('2026-01-31');
    expect(raw).not.toContain('rejected');
  });

  it('says so when the OS cannot encrypt, and still works', async () => {
    const store = await openFileStore({ dir, cipher: xorCipher(false) });
    await store.saveCase(sample);
    expect(store.encryption).toBe('unavailable');
    expect(await (await openFileStore({ dir, cipher: xorCipher(false) })).loadCase()).toEqual(sample);
  });

  it('deletes everything in one action, backups included', async () => {
    writeFileSync(file(), '{not json');
    const store = await openFileStore({ dir, cipher: xorCipher() });
    await store.saveCase(sample);
    await store.deleteAll();
    expect(await store.loadCase()).toBeNull();
    expect(readdirSync(dir).filter((n) => n.endsWith('.bak'))).toEqual([]);
    expect(readFileSync(file(), 'utf8')).not.toContain('case');
  });

  it.each([
    ['not JSON', '{"schemaVersion": 2, "case": '],
    ['truncated', JSON.stringify({ schemaVersion: 2, settings: { language: 'en' } }).slice(0, 20)],
    ['a future schema version', JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, case: { enc: 'none', data: '{}' } })],
    ['the wrong shape', JSON.stringify({ schemaVersion: 2, settings: { language: 'xx' } })],
    ['an array', '[]'],
  ])('recovers from a store file that is %s: keeps a .bak, starts clean, tells the person', async (_label, content) => {
    writeFileSync(file(), content);
    const store = await openFileStore({ dir, cipher: xorCipher(), now: () => new Date('2026-11-22T10:00:00Z') });
    expect(await store.loadCase()).toBeNull();
    expect(store.notices).toHaveLength(1);
    const bak = store.notices[0]?.backupName ?? '';
    expect(bak).toMatch(/\.bak$/);
    expect(readFileSync(path.join(dir, bak), 'utf8')).toBe(content);
    await store.saveCase(sample);
    expect(await (await openFileStore({ dir, cipher: xorCipher() })).loadCase()).toEqual(sample);
  });

  it('migrates a version 1 file', async () => {
    writeFileSync(file(), JSON.stringify({ schemaVersion: 1, language: 'nl' }));
    const store = await openFileStore({ dir, cipher: xorCipher() });
    expect(store.notices).toEqual([]);
    expect(await store.loadSettings()).toEqual({ language: 'nl' });
  });

  it('refuses to write an invalid case', async () => {
    const store = await openFileStore({ dir, cipher: xorCipher() });
    await expect(store.saveCase({ ...sample, dates: { application: '2026-02-30' } })).rejects.toThrow();
    expect(existsSync(file()) ? readFileSync(file(), 'utf8') : '').not.toContain('2026-02-30');
  });
});

describe('file store: nothing readable left behind', () => {
  it('keeps the settings (the language says much about a person) encrypted at rest too', async () => {
    const store = await openFileStore({ dir, cipher: xorCipher(true) });
    await store.saveSettings({ language: 'ti', secondLanguage: 'nl' });
    const raw = readFileSync(file(), 'utf8');
    expect(raw).not.toContain('language');
    expect(raw).not.toContain('"ti"');
    expect(await (await openFileStore({ dir, cipher: xorCipher(true) })).loadSettings()).toEqual({ language: 'ti', secondLanguage: 'nl' });
  });

  it('still reads settings an earlier build stored as plain JSON', async () => {
    writeFileSync(file(), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: { language: 'fa' } }));
    expect(await (await openFileStore({ dir, cipher: xorCipher() })).loadSettings()).toEqual({ language: 'fa' });
  });

  it('seals data kept in plain text as soon as the OS offers encryption, not at the next save', async () => {
    // Saved on Linux before a keyring ran (or by an earlier build); now the app will say "encrypted".
    const before = await openFileStore({ dir, cipher: xorCipher(false) });
    await before.saveCase(sample);
    await before.saveSettings({ language: 'ti' });
    const raw = JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>;
    writeFileSync(file(), JSON.stringify({ ...raw, settings: { language: 'ti' } }));
    expect(readFileSync(file(), 'utf8')).toContain('2026-01-31');

    const after = await openFileStore({ dir, cipher: xorCipher(true) });
    expect(after.encryption).toBe('os');
    const text = readFileSync(file(), 'utf8');
    expect(text).not.toContain('2026-01-31');
    expect(text).not.toContain('rejected');
    expect(text).not.toContain('"ti"');
    expect(await after.loadCase()).toEqual(sample);
    expect(await after.loadSettings()).toEqual({ language: 'ti' });
    expect(after.notices).toEqual([]);
  });

  it('removes temporary files of interrupted writes at start and on delete-all', async () => {
    const leftover = () => path.join(dir, `${STORE_NAME}.json.tmp-1764921600a1b2c3`);
    writeFileSync(leftover(), JSON.stringify({ schemaVersion: 2, case: { enc: 'none', data: JSON.stringify(sample) } }));
    const store = await openFileStore({ dir, cipher: xorCipher() });
    expect(existsSync(leftover())).toBe(false);
    writeFileSync(leftover(), 'the whole case, in plain text');
    await store.deleteAll();
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('a case that cannot be decrypted is put aside (and the person told), never overwritten', async () => {
    await (await openFileStore({ dir, cipher: xorCipher() })).saveCase(sample);
    const sealed = readFileSync(file(), 'utf8');
    const otherKeychain: Cipher = { ...xorCipher(), decrypt: async () => Promise.reject(new Error('wrong key')) };
    const store = await openFileStore({ dir, cipher: otherKeychain, now: () => new Date('2026-12-05T08:00:00Z') });
    expect(store.notices).toEqual([{ code: 'store-recovered', backupName: `${STORE_NAME}.json.2026-12-05T08-00-00-000Z.bak` }]);
    expect(await store.loadCase()).toBeNull();
    await store.saveCase({ procedure: 'asylum', dates: {} });
    expect(readFileSync(path.join(dir, store.notices[0]!.backupName), 'utf8')).toBe(sealed);
  });
});

describe('the OS keychain (safeStorage)', () => {
  const safeStorage = (backend: string, available = true) => ({
    getSelectedStorageBackend: vi.fn(() => backend as never),
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    encryptStringAsync: vi.fn(async (s: string) => Buffer.from(`enc:${s}`)),
    decryptStringAsync: vi.fn(async (b: Buffer) => ({ result: b.toString().slice(4), shouldReEncrypt: false })),
  });

  it.each(['basic_text', 'unknown'])('on Linux, the %s backend (no keyring: a password written in the source) is not encryption', async (backend) => {
    expect(await osCipher(safeStorage(backend), 'linux').available()).toBe(false);
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])('on Linux, %s is encryption when it says it is available', async (backend) => {
    expect(await osCipher(safeStorage(backend), 'linux').available()).toBe(true);
    expect(await osCipher(safeStorage(backend, false), 'linux').available()).toBe(false);
  });

  it('on Linux, asks for the backend only after the lazily started encryptor has chosen one', async () => {
    // Before its first use the encryptor has chosen nothing yet and the backend reads "unknown".
    let started = false;
    const ss = {
      ...safeStorage('gnome_libsecret'),
      getSelectedStorageBackend: vi.fn(() => (started ? 'gnome_libsecret' : 'unknown') as never),
      isAsyncEncryptionAvailable: vi.fn(async () => (started = true)),
    };
    expect(await osCipher(ss, 'linux').available()).toBe(true);
  });

  it('uses the asynchronous API on every OS', async () => {
    const ss = safeStorage('unknown');
    const cipher = osCipher(ss, 'win32');
    expect(await cipher.available()).toBe(true);
    expect(await cipher.decrypt(await cipher.encrypt('x'))).toBe('x');
    expect(ss.encryptStringAsync).toHaveBeenCalled();
    expect(ss.decryptStringAsync).toHaveBeenCalled();
  });
});
