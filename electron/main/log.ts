import fs from 'node:fs';
import path from 'node:path';

/**
 * A small local log (user-data/logs/wegwijs.log) for what an admin may need:
 * crashes, recoveries, blocked requests. Callers pass fixed event names and
 * reasons only, never case data. The file is cut back when it passes 256 KB.
 */
const MAX_BYTES = 256 * 1024;
let file: string | null = null;

export function initLog(userDataDir: string): void {
  const dir = path.join(userDataDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  file = path.join(dir, 'wegwijs.log');
}

/** `event` is a fixed identifier such as "renderer-gone"; `detail` a short machine reason such as "crashed". */
export function logEvent(event: string, detail = ''): void {
  const line = `${new Date().toISOString()} ${event}${detail ? ` ${detail.replace(/[^\w.:-]/g, '_').slice(0, 60)}` : ''}\n`;
  console.error(`[wegwijs] ${line.trim()}`);
  if (!file) return;
  try {
    if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) fs.writeFileSync(file, '');
    fs.appendFileSync(file, line);
  } catch {
    // A log that cannot be written must never stop the app.
  }
}
