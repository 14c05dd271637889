import { timingSafeEqual } from 'node:crypto';

/** Compares the typed code with the configured one in constant time. No code configured: never. */
export function checkExitCode(configured: string | undefined, typed: string): boolean {
  if (!configured) return false;
  const a = Buffer.from(configured.padEnd(32, '\0'));
  const b = Buffer.from(typed.padEnd(32, '\0').slice(0, 32));
  return a.length === b.length && timingSafeEqual(a, b) && typed.length === configured.length;
}
