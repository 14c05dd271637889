import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * The staff exit of a kiosk. Main keeps only a salted scrypt hash of the code
 * (never the code), and slows guessing down: after FREE_TRIES wrong codes each
 * further one locks the exit for a wait that doubles (30 s, 60 s, … up to an
 * hour). While locked no code is checked, not even the right one. With a
 * six-digit code that makes trying all codes take years instead of seconds.
 */
export const FREE_TRIES = 3;
const FIRST_WAIT_S = 30;
const MAX_WAIT_S = 3600;
const KEY_LEN = 32;

export interface CodeHash {
  salt: Buffer;
  hash: Buffer;
}

function derive(code: string, salt: Buffer): Buffer {
  return scryptSync(code.normalize('NFKC'), salt, KEY_LEN);
}

/** The form a config file may hold instead of the code: `scrypt:<salt hex>:<hash hex>`. */
export function formatCodeHash(code: string, salt: Buffer = randomBytes(16)): string {
  return `scrypt:${salt.toString('hex')}:${derive(code, salt).toString('hex')}`;
}

export function parseCodeHash(text: string): CodeHash | null {
  const m = /^scrypt:([0-9a-f]{32}):([0-9a-f]{64})$/.exec(text);
  return m ? { salt: Buffer.from(m[1]!, 'hex'), hash: Buffer.from(m[2]!, 'hex') } : null;
}

export function hashCode(code: string): CodeHash {
  const salt = randomBytes(16);
  return { salt, hash: derive(code, salt) };
}

type ExitAttempt = {
  outcome: 'closing' | 'wrong' | 'locked' | 'unavailable';
  retryAfterSeconds: number;
};

export interface ExitGate {
  attempt(code: string): ExitAttempt;
}

export function createExitGate(hash: CodeHash | null, now: () => number = Date.now): ExitGate {
  let failures = 0;
  let lockedUntil = 0;
  const wait = () => Math.ceil(Math.max(0, lockedUntil - now()) / 1000);
  return {
    attempt(code) {
      if (!hash) return { outcome: 'unavailable', retryAfterSeconds: 0 };
      if (wait() > 0) return { outcome: 'locked', retryAfterSeconds: wait() };
      if (timingSafeEqual(derive(code, hash.salt), hash.hash)) {
        failures = 0;
        return { outcome: 'closing', retryAfterSeconds: 0 };
      }
      failures += 1;
      if (failures >= FREE_TRIES) {
        const seconds = Math.min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES));
        lockedUntil = now() + seconds * 1000;
      }
      return { outcome: 'wrong', retryAfterSeconds: wait() };
    },
  };
}

/**
 * The gate for a terminal's config: from its hash, or from the code, which is
 * then dropped from the config so that only the hash stays in memory.
 */
export function exitGateFor(config: { adminExitCode?: string; adminExitCodeHash?: string }): ExitGate & { configured: boolean } {
  const hash = config.adminExitCodeHash ? parseCodeHash(config.adminExitCodeHash) : config.adminExitCode ? hashCode(config.adminExitCode) : null;
  delete config.adminExitCode;
  return { ...createExitGate(hash), configured: hash !== null };
}
