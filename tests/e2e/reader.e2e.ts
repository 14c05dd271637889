import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME } from './global-setup';
import { openApp, shot, startHarness, type Harness } from './harness';
import { axeLines, overflowProblems, targetProblems } from './lib/checks';
import { go, LANGUAGES, start, switchLanguage } from './lib/app';
import { SAMPLE_LETTERS } from '../fixtures/dutchLetters';
import { letterImage, letterPdf } from '../fixtures/letterImage';
import { CSP } from '../../electron/main/security';

/**
 * The letter reader in the preview build: a Dutch letter rendered to an
 * image (skewed, blurred, unevenly lit) is read by the real OCR, recognised,
 * explained, and its date offered for the timeline, with no request leaving
 * the app. OCR on a loaded 2-core machine is slow: one letter, long timeout.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/**
 * Every response carries the app's CSP as a header, as app:// does in Electron (electron/main/protocol.ts): the
 * OCR and pdf.js workers then run under the same policy as in the app, not only the page's meta tag. Returns the
 * CSP violations the page reports.
 */
async function underAppCsp(page: Page): Promise<string[]> {
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/violates the following Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  await page.route(`${h.baseUrl}**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  return csp;
}

describe('letter reader', () => {
  it(
    'reads a skewed, blurred photo of a rejection decision, explains it and offers its date for the timeline, offline',
    async () => {
      const page = await h.newPage();
      const csp = await underAppCsp(page);
      await openApp(h, page, '#/letters');
      await page.getByRole('link', { name: 'Read my letter with a photo or the camera' }).click();
      await page.getByRole('heading', { level: 1, name: 'Read my letter' }).waitFor();
      await expect(page.getByText('not saved and not sent anywhere').count()).resolves.toBe(1);
      expect([...(await axeLines(page, 'reader')), ...(await targetProblems(page, 'reader'))]).toEqual([]);

      const sample = SAMPLE_LETTERS['decision-rejected']!;
      const png = await letterImage(page, sample.text, { degrees: 3 });
      const before = h.foreignRequests.length;
      await page.getByLabel('Open a picture or PDF of the letter').setInputFiles({ name: 'brief.png', mimeType: 'image/png', buffer: png });

      // Progress and a way to stop are shown while it reads.
      await page.getByRole('button', { name: 'Stop reading' }).waitFor();
      expect(await page.locator('progress').count()).toBe(1);

      const result = page.locator('[data-reader-result]');
      await result.waitFor({ timeout: 240_000 });
      await shot(page, 'reader-result');
      expect(await result.getAttribute('data-reader-result')).toBe('decision-rejected');
      // The explanation, as the gallery shows it.
      await page.getByRole('heading', { level: 1, name: 'Beschikking (afwijzing)' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'What must you do?' }).waitFor();
      // The letter's date, offered for the timeline in the date picker (the person still saves it).
      expect(await page.locator('.reader__found').textContent()).toContain('14 March 2026');
      expect(await page.locator('.add-date .datepick__words').textContent()).toBe('14 March 2026');
      // The Dutch text beside it, for a support worker.
      expect(await page.locator('pre[lang="nl"]').textContent()).toMatch(/afgewezen/i);
      // Focus moved to the result's heading; the result passes axe and keeps 44 px targets.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect([...(await axeLines(page, 'reader-result')), ...(await targetProblems(page, 'reader-result'))]).toEqual([]);
      // Nothing left the app while reading, and nothing broke the CSP.
      expect(h.foreignRequests.slice(before)).toEqual([]);
      expect(csp).toEqual([]);
    },
    300_000,
  );

  it(
    'reads the page the person picks in a PDF, explains the letter and offers its date, offline; pdf.js loads only for the PDF',
    async () => {
      const page = await h.newPage();
      const csp = await underAppCsp(page);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await openApp(h, page, '#/letters/read');
      await page.getByRole('heading', { level: 1, name: 'Read my letter' }).waitFor();
      await page.waitForTimeout(500);
      // Opening the reader loads the OCR, not pdf.js.
      expect(requested.filter((u) => /pdf/i.test(u))).toEqual([]);

      // A PDF as an e-mail or a scanner makes one: page 1 a scanned letter (a JPEG), page 2 a letter set in
      // Helvetica, a font the PDF does not contain (pdf.js draws it with the fonts shipped with the app).
      const scan = await letterImage(page, SAMPLE_LETTERS['invitation-detailed-interview']!.text, { degrees: 0, type: 'image/jpeg' });
      const pdf = await letterPdf([{ jpeg: scan }, { text: SAMPLE_LETTERS['decision-rejected']!.text }]);
      const before = h.foreignRequests.length;
      await page.getByLabel('Open a picture or PDF of the letter').setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: pdf });

      // Two pages: the person picks one (the first is chosen at the start), by keyboard.
      await page.getByRole('heading', { level: 2, name: 'Which page should the app read?' }).waitFor();
      expect(await page.getByText('Pages in this PDF: 2.').count()).toBe(1);
      const first = page.getByRole('radio', { name: 'Page 1' });
      expect(await first.isChecked()).toBe(true);
      expect([...(await axeLines(page, 'reader-pdf-pages')), ...(await targetProblems(page, 'reader-pdf-pages'))]).toEqual([]);
      await first.focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: 'Page 2' }).isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Read page 2');
      await page.keyboard.press('Enter');

      const result = page.locator('[data-reader-result]');
      await result.waitFor({ timeout: 240_000 });
      expect(await result.getAttribute('data-reader-result')).toBe('decision-rejected');
      await page.getByRole('heading', { level: 1, name: 'Beschikking (afwijzing)' }).waitFor();
      expect(await page.locator('.reader__found').textContent()).toContain('14 March 2026');
      expect(await page.locator('.add-date .datepick__words').textContent()).toBe('14 March 2026');
      // pdf.js, its worker and the standard font came from the app's own files; nothing left the app; the CSP held.
      expect(requested.some((u) => u.startsWith(h.baseUrl) && /assets\/pdf\.worker[^/]*\.mjs$/.test(u))).toBe(true);
      expect(requested.some((u) => u === `${h.baseUrl}pdfjs/standard_fonts/LiberationSans-Regular.ttf`)).toBe(true);
      expect(h.foreignRequests.slice(before)).toEqual([]);
      expect(csp).toEqual([]);
    },
    300_000,
  );
});

describe('letter reader on a kiosk', () => {
  let browser: Browser;
  beforeAll(async () => {
    // A fake camera that shows a test pattern, allowed without a prompt.
    browser = await chromium.launch({
      executablePath: CHROME,
      args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers the camera only (no file dialog), and after the wipe the picture, the text and the camera are gone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}index.html?mode=kiosk`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('button', { name: /English/ }).click();
    // The picker goes on to the home screen once the language is loaded: only then go elsewhere.
    await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
    await page.evaluate(() => {
      window.location.hash = '#/letters/read';
    });
    await page.getByRole('heading', { level: 1, name: 'Read my letter' }).waitFor();
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    expect(await page.getByText('wiped when you finish').count()).toBe(1);

    await page.getByRole('button', { name: 'Use the camera' }).click();
    await page.getByRole('button', { name: 'Take the picture' }).waitFor();
    expect(await axeLines(page, 'reader-camera-kiosk')).toEqual([]);
    await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement | null)?.srcObject != null);
    const live = () =>
      page.evaluate(() => {
        const v = document.querySelector('video');
        const stream = v?.srcObject as MediaStream | null | undefined;
        return {
          video: document.querySelectorAll('video').length,
          liveTracks: stream ? stream.getTracks().filter((t) => t.readyState === 'live').length : 0,
        };
      });
    expect((await live()).liveTracks).toBe(1);
    // Keep a handle on the stream to see that the wipe stops it.
    await page.evaluate(() => {
      (window as unknown as { __probe: MediaStream }).__probe = document.querySelector('video')!.srcObject as MediaStream;
    });
    // A picture is taken and read (the fake camera shows a test pattern, no letter), and the camera stops.
    await page.getByRole('button', { name: 'Take the picture' }).click();
    await page.locator('[data-reader-result]').waitFor({ timeout: 180_000 });
    expect(await page.locator('[data-reader-result]').getAttribute('data-reader-result')).toBe('none');
    expect(await live()).toEqual({ video: 0, liveTracks: 0 });
    await page.getByRole('heading', { level: 2, name: 'The Dutch text the app read' }).waitFor();

    // Then the next person: after the wipe nothing of the reading is left on screen or in the page.
    await page.getByRole('button', { name: 'Finish and clear my data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your language' }).waitFor();
    expect(await live()).toEqual({ video: 0, liveTracks: 0 });
    const probe = await page.evaluate(() =>
      (window as unknown as { __probe: MediaStream }).__probe.getTracks().map((t) => t.readyState),
    );
    expect(probe).toEqual(['ended']);
    expect(await page.locator('canvas, video, img[src^="blob:"], [data-reader-result], pre').count()).toBe(0);
    expect(await page.evaluate(() => window.location.hash)).not.toContain('letters');
    expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(0);
    await context.close();
  }, 240_000);
});

describe('letter reader in every language', () => {
  const problemsAt = async (page: Page, where: string) => [
    ...(await overflowProblems(page, where)),
    ...(await targetProblems(page, where)),
    ...(await page.evaluate(() => document.body.innerText.split('\n').filter((l) => l.includes('[EN]')))).map(
      (l) => `${where}: "[EN]" shown: ${l}`,
    ),
  ];

  it('the gallery button and the reader page fit at 800×600 in all sixteen languages, with no English gaps', async () => {
    const problems: string[] = [];
    // One page for all the languages, each chosen on the picker as a person switching language would.
    const page = await h.newPage({ viewport: { width: 800, height: 600 } });
    for (const [i, lang] of LANGUAGES.entries()) {
      if (i === 0) await start(h, page, lang.code);
      else await switchLanguage(page, lang.code);
      await go(page, '#/letters');
      problems.push(...(await problemsAt(page, `${lang.code} #/letters`)));
      await go(page, '#/letters/read');
      await page.locator('h1').waitFor();
      problems.push(...(await problemsAt(page, `${lang.code} #/letters/read`)));
    }
    expect(problems).toEqual([]);
  }, 300_000);

  for (const code of ['en', 'ar']) it(`${code}: at 200 % text the reader page does not scroll sideways and keeps 44 px targets`, async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await start(h, page, code);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await go(page, '#/letters/read');
    await page.locator('h1').waitFor();
    expect(await problemsAt(page, `${code} 200% #/letters/read`)).toEqual([]);
  });
});
