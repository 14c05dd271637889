#!/usr/bin/env node
// `npm test`: every check the project has, in one command. Each step runs even
// when an earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import process from 'node:process';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`npm test needs Node 22 or newer (this is ${process.versions.node}). Run 'npm install' first: it installs Node 24 into node_modules.`);
  process.exit(1);
}

const only = process.argv.slice(2);
function workflows() {
  const dir = '.github/workflows';
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${dir}/${f}`) : [];
}
const steps = [
  ['typecheck core (no DOM, no Node)', 'npx', ['tsc', '-p', 'core/tsconfig.json']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['eslint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['stylelint (logical properties only)', 'npx', ['stylelint', 'renderer/**/*.css']],
  ['GitHub workflow syntax (action-validator)', 'npx', ['action-validator', ...workflows()]],
  ['unit and component tests', 'npx', ['vitest', 'run', '--project', 'core', '--project', 'electron', '--project', 'renderer']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['electronegativity (nothing above LOW)', 'node', ['scripts/electronegativity.mjs']],
  ['end-to-end (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e']],
  ['end-to-end (Electron)', 'npx', ['vitest', 'run', '--project', 'electron-e2e']],
].filter(([name]) => only.length === 0 || only.some((o) => name.includes(o)));

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  results.push({ name, ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
