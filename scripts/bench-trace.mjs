#!/usr/bin/env node
// `npm run bench:trace`: a Chromium performance trace (with its CPU profile) of the app's first load,
// from navigation to `app-ready`, in bench-results/trace-start.json (open it in the DevTools Performance
// panel or https://ui.perfetto.dev), and a short summary of where the time went in
// bench-results/trace-start.txt. `--no-build` traces the existing out/renderer; `--runs=N` traces N
// loads and summarises the median load (the trace file is that load's).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'bench-results');
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
mkdirSync(OUT, { recursive: true });

if (!process.argv.includes('--no-build')) {
  const app = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'ignore', cwd: root });
  if (app.status !== 0) throw new Error('build failed');
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'toplevel',
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const server = await startServer({ root: path.join(root, 'out/renderer') });

async function traceLoad(file) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, { path: file, categories: CATEGORIES });
  await page.goto(`${server.url}index.html`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForTimeout(100);
  await browser.stopTracing();
  await context.close();
  return JSON.parse(readFileSync(file, 'utf8'));
}

const ms = (us) => Math.round(us / 100) / 10;

/** Where the time between navigation and app-ready went, from one trace. */
function summarise(trace) {
  const events = trace.traceEvents ?? trace;
  const ready = events.find((e) => e.name === 'app-ready' && e.cat?.includes('blink.user_timing'));
  if (!ready) throw new Error('no app-ready mark in the trace');
  const pid = ready.pid;
  const threadNames = new Map(events.filter((e) => e.name === 'thread_name' && e.pid === pid).map((e) => [e.tid, e.args.name]));
  const mainTid = [...threadNames].find(([, n]) => n === 'CrRendererMain')?.[0];
  // Navigation starts with the request for index.html (the browser process sends it, before the page's process runs).
  const start = events
    .filter((e) => e.name === 'ResourceSendRequest' && /index\.html$/.test(e.args?.data?.url ?? '') && e.ts <= ready.ts)
    .map((e) => e.ts)
    .sort((a, b) => b - a)[0];
  if (start === undefined) throw new Error('no request for index.html in the trace');
  const end = ready.ts;
  const inWindow = (e) => e.ts >= start && e.ts <= end;
  const main = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && inWindow(e));

  const lines = [];
  lines.push(`navigation → app-ready: ${ms(end - start)} ms`);
  const marks = events
    .filter((e) => e.pid === pid && e.cat?.includes('blink.user_timing') && inWindow(e) && e.ph !== 'X' && !/^(dom|load|response|unload|fetch|request|connect|domain|redirect|secure)/.test(e.name))
    .map((e) => `${e.name} @${ms(e.ts - start)}`);
  const paints = events
    .filter((e) => e.pid === pid && ['firstContentfulPaint', 'firstPaint'].includes(e.name) && inWindow(e))
    .map((e) => `${e.name} @${ms(e.ts - start)}`);
  lines.push(`marks: ${[...new Set([...marks, ...paints])].join(', ')}`);

  // Main-thread busy time: top-level tasks only (nested events would count twice).
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((n, e) => n + (e.dur ?? 0), 0);
  lines.push(`main thread busy: ${ms(busy)} ms; idle or waiting: ${ms(end - start - busy)} ms`);

  // Timeline events by kind (inclusive: a script's evaluation includes what it calls).
  const kinds = ['ParseHTML', 'v8.compile', 'v8.compileModule', 'v8.parseOnBackground', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'];
  const byKind = new Map();
  for (const e of main) if (kinds.includes(e.name)) byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.dur ?? 0));
  lines.push('main thread by kind (inclusive ms): ' + [...byKind].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${ms(v)}`).join(', '));

  // Network: each file from request to finish, relative to navigation.
  const sent = new Map();
  const net = [];
  for (const e of events) {
    if (e.name === 'ResourceSendRequest' && e.args?.data) sent.set(e.args.data.requestId, { url: e.args.data.url, ts: e.ts });
    if (e.name === 'ResourceFinish' && e.args?.data && sent.has(e.args.data.requestId)) {
      const s = sent.get(e.args.data.requestId);
      // The app's own files only (headless Chromium also loads its own WebUI pages meanwhile).
      if (s.ts >= start && s.ts <= end && s.url.startsWith(server.url)) net.push({ file: s.url.replace(/^.*\//, ''), from: s.ts - start, to: e.ts - start });
    }
  }
  lines.push(`files loaded before app-ready: ${net.length}; last finished @${ms(Math.max(0, ...net.map((n) => n.to)))} ms`);
  for (const n of net.sort((a, b) => a.from - b.from)) lines.push(`  ${ms(n.from).toFixed(1).padStart(7)} → ${ms(n.to).toFixed(1).padStart(7)} ms  ${n.file}`);

  // CPU profile (sampled): self time per script and per function, navigation to app-ready.
  const nodes = new Map();
  const self = new Map();
  let t = null;
  for (const e of events.filter((x) => x.pid === pid && (x.name === 'Profile' || x.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') {
      t = e.args.data.startTime;
      continue;
    }
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      if (t < start || t > end) return;
      const dt = deltas[i + 1] ?? 0;
      self.set(id, (self.get(id) ?? 0) + Math.max(0, dt));
    });
  }
  const byFile = new Map();
  const byFn = new Map();
  for (const [id, us] of self) {
    const cf = nodes.get(id)?.callFrame ?? {};
    const file = cf.url ? cf.url.replace(/^.*\//, '') : `(${cf.functionName || 'native'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const fn = `${cf.functionName || '(anonymous)'} ${file}${cf.url ? ':' + (cf.lineNumber + 1) : ''}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${ms(v).toFixed(1).padStart(7)} ms  ${k}`);
  lines.push('CPU self time by file (sampled):', ...top(byFile, 12));
  lines.push('CPU self time by function (sampled):', ...top(byFn, 15));
  return { total: end - start, text: lines.join('\n') };
}

const runs = [];
for (let i = 0; i < RUNS; i++) {
  const file = path.join(OUT, `trace-start-${i}.json`);
  runs.push({ file, ...summarise(await traceLoad(file)) });
}
await browser.close();
await server.close();
runs.sort((a, b) => a.total - b.total);
const chosen = runs[Math.floor(runs.length / 2)];
const traceFile = path.join(OUT, 'trace-start.json');
writeFileSync(traceFile, readFileSync(chosen.file));
for (const r of runs) spawnSync('rm', ['-f', r.file]);
const header = `First load, traced ${RUNS}× (navigation → app-ready: ${runs.map((r) => ms(r.total)).join(', ')} ms); the median load:\n`;
writeFileSync(path.join(OUT, 'trace-start.txt'), header + chosen.text + '\n');
console.log(header + chosen.text);
console.log(`\nTrace: ${path.relative(root, traceFile)}; summary: bench-results/trace-start.txt`);
