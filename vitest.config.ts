import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const alias = { '@core': r('./core'), '@locales': r('./locales') };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        // Timeouts catch a hang, they do not measure speed (that is `npm run bench`): generous, for a busy machine.
        test: { name: 'core', environment: 'node', include: ['tests/unit/core/**/*.test.ts'], testTimeout: 30_000 },
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
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        // Against the built renderer (`npm run build` first) in Debian's Chromium: one browser and one
        // server for the run (global-setup.ts), files two at a time (the work is Chromium's, on two
        // cores; E2E_WORKERS sets another number).
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
