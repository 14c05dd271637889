/**
 * The store file's schema versions. To change the shape of the file, add a
 * migration from the current version and raise CURRENT_SCHEMA_VERSION; a
 * test runs every migration on a file of each older version.
 */
export const CURRENT_SCHEMA_VERSION = 2;

type Raw = Record<string, unknown>;

const MIGRATIONS: Record<number, (data: Raw) => Raw> = {
  // v1 (first builds) kept the language as a top-level `language` key.
  1: (data) => {
    const { language, ...rest } = data;
    const settings = (rest.settings as Raw | undefined) ?? {};
    return {
      ...rest,
      settings: typeof language === 'string' ? { ...settings, language } : settings,
      schemaVersion: 2,
    };
  },
};

/** Brings a file of an older version up to CURRENT_SCHEMA_VERSION. */
export function migrate(data: Raw): Raw {
  let current = data;
  let version = Number(current.schemaVersion ?? 1);
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from schema version ${version}`);
    current = step(current);
    version = Number(current.schemaVersion);
  }
  return current;
}
