import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron as electron } from 'playwright-core';
import { CHANNELS } from '@core/ipc/channels';
// @ts-expect-error: plain ESM helper without types
import { electronBinary } from '../../scripts/electron-binary.mjs';

/**
 * The real Electron app. These run wherever the Electron binary exists (any
 * normal developer machine). Where it does not, they skip and say why.
 */
const binary: string | null = electronBinary();
if (!binary) {
  console.log(
    '[electron-e2e] SKIPPED: no Electron binary on this machine (the electron package downloads it from GitHub on first use, and GitHub is not reachable here). Run `npm start` once on a connected machine, then `npm test` runs these.',
  );
}

async function launch(userData: string, extra: string[] = []) {
  return electron.launch({ executablePath: binary ?? undefined, args: ['.', `--user-data-dir=${userData}`, ...extra] });
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

describe.skipIf(!binary)('Electron app', () => {
  it('opens a sandboxed, context-isolated window that is ready', async () => {
    const app = await launch(mkdtempSync(path.join(tmpdir(), 'wegwijs-e2e-')));
    const page = await app.firstWindow();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    // The list is the IPC contract's, so this cannot drift from the preload.
    expect(await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(Object.keys(CHANNELS).sort());
    await app.close();
  });

  it('blocks every request that is not the app\'s own', async () => {
    const app = await launch(mkdtempSync(path.join(tmpdir(), 'wegwijs-e2e-')));
    const page = await app.firstWindow();
    await page.waitForSelector('html[data-ready="true"]');
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/');
        return 'reached';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
    await app.close();
  });

  it('keeps the case after a restart, and deletes it in one action', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'wegwijs-e2e-'));
    let app = await launch(userData);
    let page = await app.firstWindow();
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate(() =>
      (window as unknown as { api: { saveCase: (c: unknown) => Promise<unknown> } }).api.saveCase({
        procedure: 'asylum',
        dates: { application: '2026-03-14' },
      }),
    );
    await app.close();
    app = await launch(userData);
    page = await app.firstWindow();
    await page.waitForSelector('html[data-ready="true"]');
    const loaded = await page.evaluate(() => (window as unknown as { api: { loadCase: () => Promise<unknown> } }).api.loadCase());
    expect(loaded).toEqual({ procedure: 'asylum', dates: { application: '2026-03-14' } });
    await app.close();
  });

  it('serves the prerendered picker to a first start only, and React takes it over there without a mismatch', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'wegwijs-e2e-'));
    const served = async () => {
      const app = await launch(userData);
      const page = await app.firstWindow();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.waitForSelector('html[data-ready="true"]');
      // The page as app:// served it, before the app changed anything.
      const html = await page.evaluate(() => fetch('app://wegwijs/index.html').then((r) => r.text()));
      return { app, page, prerendered: html.includes('data-first-screen'), errors };
    };
    const first = await served();
    expect(first.prerendered).toBe(true);
    // The picker works before React is there (app/pickerAlone.ts); React takes it over once it has loaded.
    await first.page.waitForFunction(() => performance.getEntriesByName('picker-hydrated').length > 0);
    expect(first.errors).toEqual([]);
    await first.page.getByRole('button', { name: /Nederlands/ }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Wat wil je weten?' }).waitFor();
    await first.app.close();
    const again = await served();
    expect(again.prerendered).toBe(false);
    await again.page.getByRole('heading', { level: 1, name: 'Wat wil je weten?' }).waitFor();
    await again.app.close();
  });

  it('in kiosk mode leaves no case data in the user-data folder', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'wegwijs-kiosk-'));
    const app = await launch(userData, ['--kiosk']);
    const page = await app.firstWindow();
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate(() =>
      (window as unknown as { api: { saveCase: (c: unknown) => Promise<unknown> } }).api.saveCase({
        procedure: 'asylum',
        dates: { application: '2026-03-14' },
      }),
    );
    await app.close().catch(() => undefined);
    for (const file of allFiles(userData)) {
      const text = readFileSync(file).toString('latin1');
      expect(text.includes('2026-03-14'), file).toBe(false);
    }
  });

  it('a kiosk session in the real app: finish wipes the case, the clipboard and the history; the staff exit locks out; printing is refused without a printer', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'wegwijs-kiosk-'));
    const config = path.join(userData, 'kiosk.json');
    writeFileSync(config, JSON.stringify({ idleSeconds: 60, countdownSeconds: 10, allowPrint: true, adminExitCode: '480193' }));
    const app = await launch(userData, [`--kiosk-config=${config}`]);
    type Api = {
      saveCase(c: unknown): Promise<unknown>;
      loadCase(): Promise<unknown>;
      endSession(): Promise<boolean>;
      kioskExit(r: { code: string }): Promise<{ outcome: string; retryAfterSeconds: number }>;
      print(r: { title: string }): Promise<{ outcome: string }>;
    };
    let page = await app.firstWindow();
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate(() => (window as unknown as { api: Api }).api.saveCase({ procedure: 'asylum', dates: { application: '2026-03-14' } }));
    await page.evaluate(() => {
      window.location.hash = '#/timeline';
    });
    await app.evaluate(({ clipboard }) => clipboard.writeText('timeline of person A'));
    expect(await page.evaluate(() => (window as unknown as { api: Api }).api.print({ title: 'x' }))).toEqual({ outcome: 'refused' });

    const reloaded = page.waitForEvent('load');
    void page.evaluate(() => (window as unknown as { api: Api }).api.endSession()).catch(() => undefined);
    await reloaded;
    page = await app.firstWindow();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe('');
    expect(await page.evaluate(() => (window as unknown as { api: Api }).api.loadCase())).toBeNull();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.navigationHistory.canGoBack())).toBe(false);

    const tries = [];
    for (const code of ['000000', '111111', '222222', '480193']) {
      tries.push(await page.evaluate((c) => (window as unknown as { api: Api }).api.kioskExit({ code: c }), code));
    }
    expect(tries.map((t) => t.outcome)).toEqual(['wrong', 'wrong', 'wrong', 'locked']);
    await app.close().catch(() => undefined);
    for (const file of allFiles(userData)) {
      const text = readFileSync(file).toString('latin1');
      expect(text.includes('2026-03-14'), file).toBe(false);
      expect(text.includes('480193') && !file.endsWith('kiosk.json'), file).toBe(false);
    }
  });
});
