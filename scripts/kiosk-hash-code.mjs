#!/usr/bin/env node
// Prints the hash of a kiosk staff exit code for the config's "adminExitCodeHash",
// so the terminal's config file need not hold the code itself:
//   npm run kiosk:hash-code -- 480193
// The format is the one electron/main/kiosk/exitGate.ts reads (a unit test checks both agree).
import { randomBytes, scryptSync } from 'node:crypto';

const code = process.argv[2] ?? '';
if (!/^\d{6,12}$/.test(code)) {
  console.error('Give the code: 6 to 12 digits, e.g. npm run kiosk:hash-code -- 480193');
  process.exit(1);
}
const salt = randomBytes(16);
console.log(`scrypt:${salt.toString('hex')}:${scryptSync(code.normalize('NFKC'), salt, 32).toString('hex')}`);
