#!/usr/bin/env node
// `npm start`: builds the app and runs it in Electron. Fails at once, with one
// clear paragraph and no stack trace, where the Electron binary cannot be had.
import { spawn, spawnSync } from 'node:child_process';
import process from 'node:process';
import { electronBinary, electronInstallScript, NO_BINARY_MESSAGE } from './electron-binary.mjs';

let binary = electronBinary();
if (!binary) {
  const install = electronInstallScript();
  if (install) {
    console.log('Fetching the Electron program (first start only)…');
    // The download's own error output is a stack trace; keep it out of the person's way.
    spawnSync(process.execPath, [install], { stdio: 'ignore', timeout: 180_000 });
    binary = electronBinary();
  }
}
if (!binary) {
  console.error(NO_BINARY_MESSAGE);
  process.exit(1);
}

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
