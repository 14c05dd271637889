import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseInputData } from '@core/domain/case';
import { openFileStore, STORE_NAME } from '../../../electron/main/store/fileStore';
import { CURRENT_SCHEMA_VERSION } from '../../../electron/main/store/migrations';
import type { Cipher } from '../../../electron/main/store/types';

/** A reversible stand-in for safeStorage that visibly changes the bytes. */
const xorCipher = (available = true): Cipher => ({
  isEncryptionAvailable: () => available,
  encryptString: (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (b) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
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
  it('round-trips the case and settings through real files', () => {
    const a = openFileStore({ dir, cipher: xorCipher() });
    expect(a.loadCase()).toBeNull();
    a.saveCase(sample);
    a.saveSettings({ language: 'ar' });
    const b = openFileStore({ dir, cipher: xorCipher() });
    expect(b.loadCase()).toEqual(sample);
    expect(b.loadSettings()).toEqual({ language: 'ar' });
    expect(b.notices).toEqual([]);
  });

  it('encrypts the case at rest when the OS offers it', () => {
    const store = openFileStore({ dir, cipher: xorCipher(true) });
    store.saveCase(sample);
    const raw = readFileSync(file(), 'utf8');
    expect(store.encryption).toBe('os');
    expect(raw).not.toContain('2026-01-31');
    expect(raw).not.toContain('rejected');
  });

  it('says so when the OS cannot encrypt, and still works', () => {
    const store = openFileStore({ dir, cipher: xorCipher(false) });
    store.saveCase(sample);
    expect(store.encryption).toBe('unavailable');
    expect(openFileStore({ dir, cipher: xorCipher(false) }).loadCase()).toEqual(sample);
  });

  it('deletes everything in one action, backups included', () => {
    writeFileSync(file(), '{not json');
    const store = openFileStore({ dir, cipher: xorCipher() });
    store.saveCase(sample);
    store.deleteAll();
    expect(store.loadCase()).toBeNull();
    expect(readdirSync(dir).filter((n) => n.endsWith('.bak'))).toEqual([]);
    expect(readFileSync(file(), 'utf8')).not.toContain('case');
  });

  it.each([
    ['not JSON', '{"schemaVersion": 2, "case": '],
    ['truncated', JSON.stringify({ schemaVersion: 2, settings: { language: 'en' } }).slice(0, 20)],
    ['a future schema version', JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, case: { enc: 'none', data: '{}' } })],
    ['the wrong shape', JSON.stringify({ schemaVersion: 2, settings: { language: 'xx' } })],
    ['an array', '[]'],
  ])('recovers from a store file that is %s: keeps a .bak, starts clean, tells the person', (_label, content) => {
    writeFileSync(file(), content);
    const store = openFileStore({ dir, cipher: xorCipher(), now: () => new Date('2026-11-22T10:00:00Z') });
    expect(store.loadCase()).toBeNull();
    expect(store.notices).toHaveLength(1);
    const bak = store.notices[0]?.backupName ?? '';
    expect(bak).toMatch(/\.bak$/);
    expect(readFileSync(path.join(dir, bak), 'utf8')).toBe(content);
    store.saveCase(sample);
    expect(openFileStore({ dir, cipher: xorCipher() }).loadCase()).toEqual(sample);
  });

  it('migrates a version 1 file', () => {
    writeFileSync(file(), JSON.stringify({ schemaVersion: 1, language: 'nl' }));
    const store = openFileStore({ dir, cipher: xorCipher() });
    expect(store.notices).toEqual([]);
    expect(store.loadSettings()).toEqual({ language: 'nl' });
  });

  it('refuses to write an invalid case', () => {
    const store = openFileStore({ dir, cipher: xorCipher() });
    expect(() => store.saveCase({ ...sample, dates: { application: '2026-02-30' } })).toThrow();
    expect(existsSync(file()) ? readFileSync(file(), 'utf8') : '').not.toContain('2026-02-30');
  });
});
