import fs from 'node:fs';
import path from 'node:path';
import { defaultKioskConfig, parseKioskConfig, type KioskConfig } from '@core/kiosk/config';

export type ModeChoice =
  | { mode: 'personal' }
  | { mode: 'kiosk'; config: KioskConfig; source: string }
  | { mode: 'invalid-kiosk'; source: string; errors: string[] };

/**
 * The machine-wide policy file. When it exists, the app is a kiosk whatever
 * its arguments say: an administrator sets a terminal up once, and no
 * shortcut or command line can start it as a personal, saving app.
 */
export function policyFilePath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return path.win32.join(env.ProgramData || 'C:\\ProgramData', 'Wegwijs', 'kiosk.json');
  if (platform === 'darwin') return '/Library/Application Support/Wegwijs/kiosk.json';
  return '/etc/wegwijs/kiosk.json';
}

/**
 * Every place the policy file is looked for. On Windows %ProgramData% is an
 * environment variable that a user may set for their own account (setx, no
 * administrator needed), so the standard folder is always looked at as well:
 * a user cannot hide the policy file by moving %ProgramData%.
 */
export function policyFilePaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const paths = [policyFilePath(platform, env)];
  if (platform === 'win32') paths.push(policyFilePath(platform, {}));
  return [...new Set(paths)];
}

function fromFile(file: string): ModeChoice {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { mode: 'invalid-kiosk', source: file, errors: [`The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`] };
  }
  const result = parseKioskConfig(text);
  return result.ok ? { mode: 'kiosk', config: result.config, source: file } : { mode: 'invalid-kiosk', source: file, errors: result.errors };
}

/**
 * Kiosk mode starts with the policy file, `--kiosk`, `--kiosk-config=<file>`,
 * or the WEGWIJS_KIOSK_CONFIG environment variable naming a file. Anything
 * that looks like a wish for a kiosk but is malformed (`--kiosk-config x.json`
 * with a space, an empty value, an unknown `--kiosk…` flag, the variable set
 * but empty) never falls back to personal mode: it refuses to start.
 */
/**
 * Whether the policy file is there. Only "no such file" counts as absent: a
 * file or folder the app may not look into (e.g. a folder an administrator
 * made unreadable) is read, and then refused, rather than taken as absent.
 */
function policyFileExists(file: string): boolean {
  try {
    fs.statSync(file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

/**
 * An argument that names the kiosk, however it is written: `--kiosk…`, but
 * also `-kiosk…`, `/kiosk…` or a dash that a word processor turned into an
 * en or em dash when an administrator copied the shortcut from a document.
 */
const KIOSK_ARG = /^(?:[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+|\/)\s*kiosk/i;

export function chooseMode(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  policyFiles: string | readonly string[] | null = policyFilePaths(),
): ModeChoice {
  const policyFile = [policyFiles ?? []].flat().find(policyFileExists);
  if (policyFile) return fromFile(policyFile);

  const kioskArgs = argv.filter((a) => KIOSK_ARG.test(a));
  const envSet = Object.prototype.hasOwnProperty.call(env, 'WEGWIJS_KIOSK_CONFIG');
  if (kioskArgs.length === 0 && !envSet) return { mode: 'personal' };

  const errors: string[] = [];
  const files = new Set<string>();
  let plain = false;
  for (const arg of kioskArgs) {
    if (arg === '--kiosk') plain = true;
    else if (arg.startsWith('--kiosk-config=') && arg.length > '--kiosk-config='.length) files.add(arg.slice('--kiosk-config='.length));
    else if (arg === '--kiosk-config' || arg === '--kiosk-config=') errors.push(`"${arg}" needs a file, written as --kiosk-config=/path/to/kiosk.json (with "=", no space).`);
    else errors.push(`"${arg.slice(0, 60)}" is not a kiosk option. Use --kiosk or --kiosk-config=/path/to/kiosk.json.`);
  }
  if (envSet) {
    const value = env.WEGWIJS_KIOSK_CONFIG ?? '';
    if (value.trim() === '') errors.push('WEGWIJS_KIOSK_CONFIG is set but empty: name the config file, or unset it.');
    else files.add(value);
  }
  if (files.size > 1) errors.push(`More than one kiosk config file is named (${[...files].join(', ')}): name one.`);
  const source = [...files][0] ?? (plain ? '--kiosk' : kioskArgs[0] ?? 'WEGWIJS_KIOSK_CONFIG');
  if (errors.length) return { mode: 'invalid-kiosk', source, errors };
  const file = [...files][0];
  if (file) return fromFile(file);
  return { mode: 'kiosk', config: defaultKioskConfig(), source: '--kiosk' };
}
