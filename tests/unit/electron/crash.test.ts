import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { daysBetween } from '@core/domain/dates';
import { openFileStore } from '../../../electron/main/store/fileStore';
import { caseNumber, xorCipher } from '../../crash/writer';

/**
 * Crash safety: a process killed in the middle of a write loses nothing that
 * was saved before. The writer runs the real store code in its own Node
 * process (bundled here with `electron` replaced by an empty module, since
 * electron-store only needs it for defaults we do not use).
 */
// Inside the project, so the bundle finds node_modules for what stays external.
const out = path.resolve('out/test-crash');
const bundle = path.join(out, 'writer.mjs');

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@core': path.resolve('core'), electron: path.resolve('tests/crash/electron-stub.ts') } },
    build: {
      outDir: out,
      emptyOutDir: false,
      ssr: path.resolve('tests/crash/writer.ts'),
      rollupOptions: { output: { entryFileNames: 'writer.mjs', format: 'es' } },
    },
    ssr: { noExternal: ['electron-store', 'conf'] },
  });
}, 60_000);

/** Runs the writer until it has saved at least `minSaves` more times, then SIGKILLs it mid-stream. */
function runAndKill(dir: string, start: number, minSaves: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = start - 1;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const l of lines) if (l) last = Number(l);
      if (last - start + 1 >= minSaves && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer ended without being killed: ${stderr}`))));
  });
}

describe('crash safety of the store', () => {
  it('after 20 kills at random moments, every file opens cleanly with the last completed save or the one in flight', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-crash-'));
    let next = 1;
    let tempFilesSeen = 0;
    for (let round = 0; round < 20; round++) {
      const lastReported = await runAndKill(dir, next, 5 + Math.floor(Math.random() * 200));
      // A write cut off leaves a temporary file behind: it never holds the case in plain text.
      for (const name of readdirSync(dir).filter((f) => f.includes('.tmp-'))) {
        tempFilesSeen += 1;
        expect(readFileSync(path.join(dir, name), 'utf8')).not.toMatch(/20\d\d-\d\d-\d\d|asylum|"ar"|"nl"/);
      }
      const store = await openFileStore({ dir, cipher: xorCipher });
      expect(store.notices, `round ${round}: the file was damaged`).toEqual([]);
      expect(readdirSync(dir).filter((f) => f.includes('.tmp-')), 'leftover temporary files are removed at start').toEqual([]);
      const loaded = await store.loadCase();
      expect(loaded).not.toBeNull();
      const index = daysBetween('2020-01-01', loaded!.dates.application!);
      // Never older than what the writer had reported as saved; at most the one save in flight.
      expect(index).toBeGreaterThanOrEqual(lastReported);
      expect(index).toBeLessThanOrEqual(lastReported + 1);
      expect(loaded).toEqual(caseNumber(index));
      next = index + 1;
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
    console.log(`[crash] temporary files left by the kills: ${tempFilesSeen}`);
  }, 120_000);
});
