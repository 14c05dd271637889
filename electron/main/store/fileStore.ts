import fs from 'node:fs';
import path from 'node:path';
import Store from 'electron-store';
import { z } from 'zod';
import { caseInputSchema, type CaseInputData } from '@core/domain/case';
import { settingsSchema, type Settings, type StoreNotice } from '@core/ipc/contract';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import type { Cipher, DataStore } from './types';

export const STORE_NAME = 'wegwijs-data';

/**
 * On disk, the case and the settings (the language says much about a person)
 * are each one sealed string: encrypted with the OS keychain where the OS
 * really offers it (see `cipher.ts`), or plain JSON where it does not, which
 * the UI then says plainly. Plain data (settings of earlier builds, or data
 * saved before the OS offered encryption) is sealed at the start at which
 * encryption is there.
 */
const sealedSchema = z.object({ enc: z.enum(['os', 'none']), data: z.string() }).strict();
type Sealed = z.infer<typeof sealedSchema>;

const fileSchema = z
  .object({
    schemaVersion: z.number().int().min(1),
    case: sealedSchema.optional(),
    settings: z.union([sealedSchema, settingsSchema]).optional(),
  })
  .strict();
type FileShape = z.infer<typeof fileSchema>;

export interface FileStoreOptions {
  /** The folder to keep the file in: the app's user-data folder. */
  dir: string;
  cipher: Cipher;
  /** For the name of a `.bak` file; injectable for tests. */
  now?: () => Date;
}

type Check = { ok: true; data: FileShape | null } | { ok: false };

/** Reads and checks the file before electron-store touches it. */
function checkFile(file: string): Check {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, data: null };
    return { ok: false };
  }
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false };
    const version = Number((raw as Record<string, unknown>).schemaVersion ?? 1);
    // A file from a newer version of the app: we cannot know its meaning, so keep it aside.
    if (!Number.isInteger(version) || version > CURRENT_SCHEMA_VERSION) return { ok: false };
    const parsed = fileSchema.safeParse(migrate(raw as Record<string, unknown>));
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}

function backupName(file: string, now: Date): string {
  return `${file}.${now.toISOString().replace(/[:.]/g, '-')}.bak`;
}

function moveAside(file: string, now: Date): string {
  const backup = backupName(file, now);
  fs.renameSync(file, backup);
  return path.basename(backup);
}

/**
 * electron-store writes through a temporary file (`<name>.json.tmp-<stamp>`)
 * and renames it. A process killed in between leaves the temporary file with
 * a whole copy of the data: such leftovers go at start and on delete-all.
 */
function removeLeftovers(dir: string, pattern: RegExp): void {
  for (const name of fs.readdirSync(dir)) {
    if (pattern.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
const TEMP_FILE = new RegExp(`^${STORE_NAME}\\.json\\.tmp-`);
const BACKUP_FILE = new RegExp(`^${STORE_NAME}\\.json\\..*\\.bak$`);

export async function openFileStore({ dir, cipher, now = () => new Date() }: FileStoreOptions): Promise<DataStore> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${STORE_NAME}.json`);
  const notices: StoreNotice[] = [];
  removeLeftovers(dir, TEMP_FILE);

  let check = checkFile(file);
  if (!check.ok) {
    notices.push({ code: 'store-recovered', backupName: moveAside(file, now()) });
    check = { ok: true, data: null };
  }

  const store = new Store<FileShape>({
    cwd: dir,
    name: STORE_NAME,
    clearInvalidConfig: false,
    defaults: { schemaVersion: CURRENT_SCHEMA_VERSION },
  });
  if (check.data) store.store = { ...check.data, schemaVersion: CURRENT_SCHEMA_VERSION };

  const encryption = (await cipher.available()) ? 'os' : 'unavailable';

  async function seal(json: string): Promise<Sealed> {
    if (encryption === 'os') return { enc: 'os', data: (await cipher.encrypt(json)).toString('base64') };
    return { enc: 'none', data: json };
  }

  /** The JSON inside a sealed value; throws when it cannot be opened (e.g. another keychain). */
  async function unseal(sealed: Sealed): Promise<unknown> {
    return JSON.parse(sealed.enc === 'os' ? await cipher.decrypt(Buffer.from(sealed.data, 'base64')) : sealed.data);
  }

  async function readCase(): Promise<CaseInputData | null> {
    const sealed = store.get('case');
    if (!sealed) return null;
    const parsed = caseInputSchema.safeParse(await unseal(sealed));
    if (!parsed.success) throw new Error('case does not match the schema');
    return parsed.data;
  }

  // A case that cannot be opened is never silently dropped: the next save would overwrite
  // the only copy. The file is copied aside (the person is told), then the store starts clean.
  try {
    await readCase();
  } catch {
    const backup = backupName(file, now());
    fs.copyFileSync(file, backup);
    notices.push({ code: 'store-recovered', backupName: path.basename(backup) });
    store.delete('case');
    store.delete('settings');
  }

  // Data kept without encryption (saved while the OS offered none, e.g. Linux before a
  // keyring ran, or settings of an earlier build) is sealed now, not at the next save:
  // from this start on the app says "encrypted", so the file must be.
  if (encryption === 'os') {
    if (store.get('case')?.enc === 'none') {
      const plainCase = await readCase();
      if (plainCase) store.set('case', await seal(JSON.stringify(plainCase)));
    }
    const stored = store.get('settings');
    if (stored && (!('enc' in stored) || stored.enc === 'none')) {
      let plainSettings: unknown = stored;
      try {
        if ('enc' in stored) plainSettings = await unseal(stored);
      } catch {
        plainSettings = null;
      }
      const parsed = settingsSchema.safeParse(plainSettings);
      if (parsed.success) store.set('settings', await seal(JSON.stringify(parsed.data)));
      else store.delete('settings');
    }
  }

  return {
    encryption,
    notices,
    async loadCase() {
      try {
        return await readCase();
      } catch {
        return null;
      }
    },
    async saveCase(data) {
      store.set('case', await seal(JSON.stringify(caseInputSchema.parse(data))));
    },
    async loadSettings() {
      const stored = store.get('settings');
      if (!stored) return {};
      if (!('enc' in stored)) return stored;
      try {
        const parsed = settingsSchema.safeParse(await unseal(stored));
        return parsed.success ? parsed.data : {};
      } catch {
        return {};
      }
    },
    hasSettings() {
      return store.has('settings');
    },
    async saveSettings(settings: Settings) {
      store.set('settings', await seal(JSON.stringify(settingsSchema.parse(settings))));
    },
    async deleteAll() {
      store.clear();
      store.set('schemaVersion', CURRENT_SCHEMA_VERSION);
      // Copies put aside after damage, and temporary files of interrupted writes, may hold case data too.
      removeLeftovers(dir, BACKUP_FILE);
      removeLeftovers(dir, TEMP_FILE);
    },
  };
}
