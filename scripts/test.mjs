#!/usr/bin/env node
// `npm test`: every check the project has, in one command. Each step runs even
// when an earlier one failed, so one run shows everything that is wrong.
// The checks before the end-to-end tests run two at a time (this machine has
// two cores), each printing its output when it ends; the end-to-end steps, which
// use both cores themselves, run after them, one at a time, with live output.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import process from 'node:process';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`npm test needs Node 22 or newer (this is ${process.versions.node}). Run 'npm install' first: it installs Node 24 into node_modules.`);
  process.exit(1);
}

function workflows() {
  const dir = '.github/workflows';
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${dir}/${f}`) : [];
}

/** [name, command, args, needs]: a step starts once the steps it needs have ended (passed or not). */
const STEPS = [
  ['build', 'npx', ['electron-vite', 'build']],
  ['typecheck core (no DOM, no Node)', 'npx', ['tsc', '-p', 'core/tsconfig.json']],
  ['typecheck electron (Node, no DOM)', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck renderer (DOM, no Node)', 'npx', ['tsc', '-p', 'tsconfig.web.json']],
  ['typecheck tests and tools', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['unit and component tests', 'npx', ['vitest', 'run', '--project', 'core', '--project', 'electron', '--project', 'renderer']],
  ['eslint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['stylelint (logical properties only)', 'npx', ['stylelint', 'renderer/**/*.css']],
  ['GitHub workflow syntax (action-validator)', 'npx', ['action-validator', ...workflows()]],
  ['unused files and exports (knip)', 'npx', ['knip', '--no-progress']],
  ['electronegativity (nothing above LOW)', 'node', ['scripts/electronegativity.mjs'], ['build']],
  ['end-to-end (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e'], 'all before'],
  ['end-to-end (Electron)', 'npx', ['vitest', 'run', '--project', 'electron-e2e'], 'all before'],
];

const only = process.argv.slice(2);
const steps = STEPS.filter(([name]) => only.length === 0 || only.some((o) => name.includes(o))).map(([name, cmd, args, needs], i, all) => ({
  name,
  cmd,
  args,
  needs: needs === 'all before' ? all.slice(0, i).map(([n]) => n) : (needs ?? []).filter((n) => all.some(([m]) => m === n)),
  live: needs === 'all before',
}));
const parallel = Math.max(1, Math.min(2, Number(process.env.TEST_PARALLEL ?? os.availableParallelism())));

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const done = (ok, output = '') => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!step.live) process.stdout.write(`\n━━ ${step.name} ━━\n${output}`);
      resolve({ name: step.name, ok, seconds });
    };
    if (step.live) console.log(`\n━━ ${step.name} ━━`);
    const child = spawn(step.cmd, step.args, {
      stdio: step.live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (err) => done(false, `${output}${err.message}\n`));
    child.on('close', (code) => done(code === 0, output));
  });
}

const started = Date.now();
const results = new Map();
const running = new Map();
const waiting = [...steps];
while (waiting.length || running.size) {
  // Live steps run alone; the others two at a time, in the listed order as their needs allow.
  const liveRunning = [...running.keys()].some((s) => s.live);
  const next = waiting.find((s) => s.needs.every((n) => results.has(n)));
  if (next && !liveRunning && running.size < (next.live ? 1 : parallel) && !(next.live && running.size)) {
    waiting.splice(waiting.indexOf(next), 1);
    running.set(next, run(next).then((r) => results.set(r.name, r) && next));
    continue;
  }
  const finished = await Promise.race(running.values());
  running.delete(finished);
}

console.log('\n━━ summary ━━');
for (const s of steps) {
  const r = results.get(s.name);
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds} s)`);
}
const all = [...results.values()];
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s (wall clock; steps before end-to-end ran ${parallel} at a time)`);
console.log(`${all.filter((r) => r.ok).length} passed, ${all.filter((r) => !r.ok).length} failed`);
process.exit(all.every((r) => r.ok) ? 0 : 1);
