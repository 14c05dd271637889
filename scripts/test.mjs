#!/usr/bin/env node
// `npm test`: every check the project has, in one command. Each step runs even
// when an earlier one failed, so one run shows everything that is wrong.
//
// The end-to-end tests in Chromium are the longest step and need only the build,
// so they start as soon as the build is done, with their output live. The other
// checks run beside them one at a time (two at a time while no end-to-end step
// runs; this machine has two cores), longest first, each printing its output when
// it ends. The summary gives each step's time, when it started and ended, and the
// critical path: the chain of steps, each waiting for the one before it, that
// decided the total.
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

const E2E_CHROMIUM = 'end-to-end (Chromium)';

/**
 * [name, command, args, needs, live]: a step starts once the steps it needs have ended (passed or not).
 * Live steps (the end-to-end tests) run one at a time with their output as it comes; the others are
 * listed longest first, the order they start in as their needs allow.
 */
const STEPS = [
  ['build', 'npx', ['electron-vite', 'build']],
  [E2E_CHROMIUM, 'npx', ['vitest', 'run', '--project', 'e2e'], ['build'], true],
  ['end-to-end (Electron)', 'npx', ['vitest', 'run', '--project', 'electron-e2e'], ['build', E2E_CHROMIUM], true],
  ['unit and component tests', 'npx', ['vitest', 'run', '--project', 'core', '--project', 'electron', '--project', 'renderer']],
  ['typecheck tests and tools', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['typecheck renderer (DOM, no Node)', 'npx', ['tsc', '-p', 'tsconfig.web.json']],
  ['eslint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['typecheck electron (Node, no DOM)', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck core (no DOM, no Node)', 'npx', ['tsc', '-p', 'core/tsconfig.json']],
  ['electronegativity (nothing above LOW)', 'node', ['scripts/electronegativity.mjs'], ['build']],
  ['unused files and exports (knip)', 'npx', ['knip', '--no-progress']],
  ['stylelint (logical properties only)', 'npx', ['stylelint', 'renderer/**/*.css']],
  ['GitHub workflow syntax (action-validator)', 'npx', ['action-validator', ...workflows()]],
];

const only = process.argv.slice(2);
const steps = STEPS.filter(([name]) => only.length === 0 || only.some((o) => name.includes(o))).map(([name, cmd, args, needs, live], _, all) => ({
  name,
  cmd,
  args,
  needs: (needs ?? []).filter((n) => all.some(([m]) => m === n)),
  live: Boolean(live),
}));
const parallel = Math.max(1, Math.min(2, Number(process.env.TEST_PARALLEL ?? os.availableParallelism())));
const started = Date.now();
const at = () => (Date.now() - started) / 1000;

function run(step) {
  return new Promise((resolve) => {
    const start = at();
    let ended = false;
    const done = (ok, output = '') => {
      // A command that cannot start reports 'error' and then 'close': one end only.
      if (ended) return;
      ended = true;
      const end = at();
      if (!step.live) process.stdout.write(`\n━━ ${step.name} ━━\n${output}`);
      else console.log(`━━ ${step.name}: ended ━━`);
      resolve({ name: step.name, ok, seconds: end - start, start, end, output });
    };
    if (step.live) console.log(`\n━━ ${step.name} ━━ (live; the other checks print when they end)`);
    const child = spawn(step.cmd, step.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
      // Piped, a live step would lose its colours; keep them where the terminal has them.
      env: step.live && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    });
    let output = '';
    if (step.live) {
      // Whole lines only, so another step's output, printed when it ends, never lands inside a line.
      let partial = '';
      const write = (d) => {
        output += d;
        const text = partial + d;
        const cut = text.lastIndexOf('\n') + 1;
        process.stdout.write(text.slice(0, cut));
        partial = text.slice(cut);
      };
      child.stdout.on('data', write);
      child.stderr.on('data', write);
      child.on('close', () => partial && process.stdout.write(`${partial}\n`));
    } else {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('error', (err) => done(false, `${output}${err.message}\n`));
    child.on('close', (code) => done(code === 0, output));
  });
}

const results = new Map();
const running = new Map();
const waiting = [...steps];
while (waiting.length || running.size) {
  const liveRunning = [...running.keys()].some((s) => s.live);
  const checksRunning = [...running.keys()].filter((s) => !s.live).length;
  // While an end-to-end step runs (it uses both cores, with pauses), one other check beside it.
  const room = liveRunning ? parallel - 1 : parallel;
  const next = waiting.find(
    (s) => s.needs.every((n) => results.has(n)) && (s.live ? !liveRunning : checksRunning < room),
  );
  if (next) {
    waiting.splice(waiting.indexOf(next), 1);
    running.set(next, run(next).then((r) => results.set(r.name, r) && next));
    continue;
  }
  const finished = await Promise.race(running.values());
  running.delete(finished);
}

const total = at();
const s1 = (x) => x.toFixed(1);
console.log('\n━━ summary ━━');
for (const s of steps) {
  const r = results.get(s.name);
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${s1(r.seconds)} s, from ${s1(r.start)} to ${s1(r.end)} s)`);
}

// The critical path, from the step that ended last back to the start: each step waited for the one
// before it on the path (a step it needs, or the step whose end gave it its turn).
const all = [...results.values()];
const path = [];
for (let r = all.reduce((a, b) => (b.end > a.end ? b : a), all[0]); r; ) {
  path.unshift(r);
  const step = steps.find((s) => s.name === r.name);
  const before = all.filter((o) => o !== r && o.end <= r.start + 0.5);
  const need = before.filter((o) => step.needs.includes(o.name)).sort((a, b) => b.end - a.end)[0];
  const turn = before.sort((a, b) => b.end - a.end)[0];
  r = need && (!turn || turn.end - need.end < 0.5) ? need : turn && r.start - turn.end < 0.5 ? turn : undefined;
}
console.log(`critical path: ${path.map((r) => `${r.name} (${s1(r.seconds)} s)`).join(' → ')}`);
console.log(`total ${s1(total)} s (wall clock; end-to-end from the end of the build, the other checks beside it, ${parallel} at a time without it)`);

// A failed step's own output may be far above (CI often keeps only the end of a log): its lines that
// name a failure, and the files they are in, again here, last (the last 30 of them: a test runner's
// summary comes after its progress). A step whose output names no failure that way shows its last lines.
const FAILURE = /\w*(Error|Exception)\b|\b(FAIL|error|Unhandled|failed|Timeout|timed out|expected)\b|✗|✖|×|❯ .*:\d+:\d+|^\S+\.(m?[jt]sx?|css|json|ya?ml)$/;
for (const r of all.filter((x) => !x.ok)) {
  const lines = r.output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trimEnd()).filter(Boolean);
  const named = [...new Set(lines.filter((l) => FAILURE.test(l)))];
  const shown = named.length >= 3 ? named.slice(-30) : lines.slice(-30);
  const what = named.length >= 3 ? `${named.length} lines that name a failure${named.length > 30 ? ', the last 30' : ''}` : 'its last lines';
  console.log(`\n━━ what failed in ${r.name} (${what}) ━━`);
  for (const l of shown) console.log(l.length > 200 ? `${l.slice(0, 200)}…` : l);
}
console.log(`${all.filter((r) => r.ok).length} passed, ${all.filter((r) => !r.ok).length} failed`);
process.exit(all.every((r) => r.ok) ? 0 : 1);
