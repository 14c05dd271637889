import fs from 'node:fs';
import { defaultKioskConfig, parseKioskConfig, type KioskConfig } from '@core/kiosk/config';

export type ModeChoice =
  | { mode: 'personal' }
  | { mode: 'kiosk'; config: KioskConfig; source: string }
  | { mode: 'invalid-kiosk'; source: string; errors: string[] };

/**
 * Kiosk mode starts with `--kiosk`, `--kiosk-config=<file>`, or the
 * WEGWIJS_KIOSK_CONFIG environment variable naming a file. A bad file never
 * falls back to personal mode: a shared terminal must not start unlocked.
 */
export function chooseMode(argv: readonly string[], env: NodeJS.ProcessEnv): ModeChoice {
  const fileArg = argv.find((a) => a.startsWith('--kiosk-config='))?.slice('--kiosk-config='.length);
  const file = fileArg || env.WEGWIJS_KIOSK_CONFIG;
  if (file) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      return { mode: 'invalid-kiosk', source: file, errors: [`The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`] };
    }
    const result = parseKioskConfig(text);
    return result.ok ? { mode: 'kiosk', config: result.config, source: file } : { mode: 'invalid-kiosk', source: file, errors: result.errors };
  }
  if (argv.includes('--kiosk')) return { mode: 'kiosk', config: defaultKioskConfig(), source: '--kiosk' };
  return { mode: 'personal' };
}
