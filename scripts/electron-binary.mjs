import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Where the Electron binary is, or null. The `electron` npm package fetches
 * the binary from GitHub on first use; where that cannot happen (no network
 * to GitHub), there is no binary and the app cannot start.
 */
export function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

export function electronInstallScript() {
  try {
    return path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return null;
  }
}

export const NO_BINARY_MESSAGE = `
Wegwijs cannot start here: the Electron program is missing.
The 'electron' package downloads it from GitHub the first time it is used,
and this machine cannot reach GitHub (or the download failed). Nothing is
broken in the app itself. What you can do: run 'npm start' on a computer with
a normal internet connection (the download then happens once, by itself); or
copy an Electron ${readVersion()} zip for this platform into the folder named
by ELECTRON_CACHE and run 'npm start' again; or use 'npm run preview' to try
the whole interface in a browser, with nothing saved.
`;

function readVersion() {
  try {
    return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  } catch {
    return '(see package.json)';
  }
}
