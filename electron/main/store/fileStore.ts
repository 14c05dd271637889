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
 * On disk, the case is one sealed string: encrypted with the OS keychain
 * (`safeStorage`) where the OS offers it, or plain JSON where it does not,
 * which the UI then says plainly.
 */
const sealedCaseSchema = z.object({ enc: z.enum(['os', 'none']), data: z.string() }).strict();

const fileSchema = z
  .object({
    schemaVersion: z.number().int().min(1),
    case: sealedCaseSchema.optional(),
    settings: settingsSchema.optional(),
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

function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const backup = `${file}.${stamp}.bak`;
  fs.renameSync(file, backup);
  return path.basename(backup);
}

export function openFileStore({ dir, cipher, now = () => new Date() }: FileStoreOptions): DataStore {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${STORE_NAME}.json`);
  const notices: StoreNotice[] = [];

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

  const encryption = cipher.isEncryptionAvailable() ? 'os' : 'unavailable';

  function seal(data: CaseInputData): z.infer<typeof sealedCaseSchema> {
    const json = JSON.stringify(data);
    if (encryption === 'os') return { enc: 'os', data: cipher.encryptString(json).toString('base64') };
    return { enc: 'none', data: json };
  }

  function unseal(sealed: z.infer<typeof sealedCaseSchema>): CaseInputData | null {
    try {
      const json = sealed.enc === 'os' ? cipher.decryptString(Buffer.from(sealed.data, 'base64')) : sealed.data;
      const parsed = caseInputSchema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  return {
    encryption,
    notices,
    loadCase() {
      const sealed = store.get('case');
      return sealed ? unseal(sealed) : null;
    },
    saveCase(data) {
      store.set('case', seal(caseInputSchema.parse(data)));
    },
    loadSettings() {
      return store.get('settings') ?? {};
    },
    saveSettings(settings: Settings) {
      store.set('settings', settingsSchema.parse(settings));
    },
    deleteAll() {
      store.clear();
      store.set('schemaVersion', CURRENT_SCHEMA_VERSION);
      // Copies put aside after damage may hold case data too: they go as well.
      for (const name of fs.readdirSync(dir)) {
        if (name.startsWith(`${STORE_NAME}.json.`) && name.endsWith('.bak')) fs.rmSync(path.join(dir, name), { force: true });
      }
    },
  };
}
