import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import react from '@vitejs/plugin-react';
import { startAgainTexts } from './scripts/vite/startAgainTexts.mjs';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const alias = { '@core': r('./core'), '@locales': r('./locales') };

/**
 * About how long each end-to-end file takes, in seconds (the e2e project alone on this machine, two
 * files at a time, in chromium-headless-shell; measured 5 December 2026). Files run longest first, so
 * the two workers end together instead of one long file running alone at the end. Vitest itself orders
 * by the last run's durations, which a fresh clone does not have (it then orders by file size, which
 * says little here). A file not listed counts as 20 s.
 */
const E2E_SECONDS: Record<string, number> = {
  'quality-layout': 57,
  reader: 50,
  languages: 42,
  quality: 41,
  'quality-axe-ar': 40,
  'quality-axe-ti': 30,
  areas: 28,
  'quality-pseudo': 20,
  procedure: 15,
  timeline: 10,
  'quality-a11y': 9,
  nareis: 9,
  terms: 9,
  shell: 8,
  kiosk: 7,
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const seconds = (f: TestSpecification) => E2E_SECONDS[/([^/]+)\.e2e\.ts$/.exec(f.moduleId)?.[1] ?? ''] ?? 20;
    const fresh = files.some((f) => !this.ctx.cache.getTestSpecificationResult(f));
    if (!fresh) return sorted;
    const e2e = sorted.filter((f) => f.project.name === 'e2e').sort((a, b) => seconds(b) - seconds(a));
    return [...sorted.filter((f) => f.project.name !== 'e2e'), ...e2e];
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        resolve: { alias },
        // Timeouts catch a hang, they do not measure speed (that is `npm run bench`): generous, for a busy machine.
        // Worker threads, not forked processes, and one module graph per worker (isolate: false): no core
        // test changes module state, mocks a module or a timer, or stubs a global or the environment
        // (core's only cache, the holiday table, is filled once and read), so a file cannot see another's
        // leftovers; the files also pass shuffled. About 40 % less CPU than a fresh graph per file.
        test: { name: 'core', environment: 'node', include: ['tests/unit/core/**/*.test.ts'], testTimeout: 30_000, pool: 'threads', isolate: false },
      },
      {
        // Electron Fiddle's approach: the `electron` module is replaced by a mock.
        resolve: { alias: { ...alias, electron: r('./tests/mocks/electron.ts') } },
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/unit/electron/**/*.test.ts'],
          testTimeout: 30_000,
          server: { deps: { inline: ['electron-store', 'conf'] } },
        },
      },
      {
        plugins: [startAgainTexts(), react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          // Each file still gets its own module graph and fresh state, but the worker and its jsdom are
          // reused instead of a new process and a new jsdom per file: the project takes about a third of
          // the CPU time it took in the forks pool. tests/components/setup.ts supplies the two browser
          // APIs jsdom lacks there.
          pool: 'vmThreads',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          // Longer than any one wait (20 s, setup.ts), so a slow wait that fails shows its own message.
          testTimeout: 60_000,
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        // Against the built renderer (`npm run build` first) in Debian's Chromium (its headless shell where
        // installed): one browser and one server for the run (global-setup.ts), files two at a time (the
        // work is Chromium's, on two cores; E2E_WORKERS sets another number).
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: true,
          maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The real Electron app, where its binary exists; elsewhere these skip with a printed reason.
        resolve: { alias },
        test: {
          name: 'electron-e2e',
          environment: 'node',
          include: ['tests/electron/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
