// The letter reader's figures for `npm run bench` (scripts/bench.mjs), issue 14:
// reading one A4 letter image at 150 dpi, from opening the image to the result
// on screen, in the preview build in headless Chromium; and that nothing of the
// OCR loads before the reader opens. A measurement, not a test.
import { loadavg } from 'node:os';
import { SAMPLE_LETTERS } from '../tests/fixtures/dutchLetters.ts';

const OCR_FILE = /tesseract|worker\.min|\/ocr\//;

/** The same photo as the end-to-end test: an A4 page at 150 dpi, turned 3°, blurred, with a shadow. */
async function letterImage(page, text) {
  const base64 = await page.evaluate((text) => {
    const W = 1240;
    const H = 1754;
    const sheet = document.createElement('canvas');
    sheet.width = W;
    sheet.height = H;
    const p = sheet.getContext('2d');
    p.fillStyle = '#fff';
    p.fillRect(0, 0, W, H);
    p.fillStyle = '#111';
    p.font = '26px "DejaVu Serif", serif';
    let y = 160;
    for (const line of text.split('\n')) {
      let rest = line;
      while (rest.length > 0) {
        let cut = rest.length;
        while (p.measureText(rest.slice(0, cut)).width > W - 240) cut = rest.lastIndexOf(' ', cut - 1);
        p.fillText(rest.slice(0, cut), 120, y);
        rest = rest.slice(cut).trimStart();
        y += 40;
      }
      y += 12;
    }
    const photo = document.createElement('canvas');
    photo.width = W;
    photo.height = H;
    const c = photo.getContext('2d');
    c.fillStyle = '#9a9a9a';
    c.fillRect(0, 0, W, H);
    c.translate(W / 2, H / 2);
    c.rotate((3 * Math.PI) / 180);
    c.filter = 'blur(1px)';
    c.drawImage(sheet, -W / 2, -H / 2);
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.filter = 'none';
    const shade = c.createLinearGradient(0, 0, W, H);
    shade.addColorStop(0, 'rgba(0,0,0,0)');
    shade.addColorStop(1, 'rgba(0,0,0,0.35)');
    c.fillStyle = shade;
    c.fillRect(0, 0, W, H);
    return photo.toDataURL('image/png').split(',')[1];
  }, text);
  return Buffer.from(base64, 'base64');
}

export async function benchReader({ browser, baseUrl, reads, report, round, median, pct }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const ocrRequests = [];
  page.on('request', (r) => {
    if (OCR_FILE.test(r.url())) ocrRequests.push(r.url());
  });
  await page.goto(`${baseUrl}index.html#/letters`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('.letter-card');
  await page.waitForTimeout(1500); // the idle prefetch of every area has run
  report('reader: OCR files before it opens', ocrRequests.length, 'requests', { text: '0', met: ocrRequests.length === 0 });

  await page.evaluate(() => (location.hash = '#/letters/read'));
  const input = page.locator('input[type="file"]');
  await input.waitFor();
  const png = await letterImage(page, SAMPLE_LETTERS['decision-rejected'].text);
  const times = [];
  let recognised = 0;
  for (let i = 0; i < reads + 1; i++) {
    await page.evaluate(() => {
      window.__t1 = undefined;
      document.querySelector('input[type="file"]').addEventListener('change', () => (window.__t0 = performance.now()), {
        capture: true,
        once: true,
      });
    });
    await input.setInputFiles({ name: 'brief.png', mimeType: 'image/png', buffer: png });
    await page.waitForFunction(
      () => {
        const done = document.querySelector('[data-reader-result]');
        if (done && window.__t1 === undefined) window.__t1 = performance.now();
        return !!done;
      },
      null,
      { polling: 'raf', timeout: 600_000 },
    );
    const ms = await page.evaluate(() => window.__t1 - window.__t0);
    if ((await page.locator('[data-reader-result]').getAttribute('data-reader-result')) === 'decision-rejected') recognised++;
    // The first read also waits for the OCR to finish loading (it starts when the reader opens): reported apart.
    if (i === 0) report('reader: first read after opening', round(ms / 1000, 2), 's');
    else times.push(ms);
    await page.getByRole('button', { name: 'Read another letter' }).click();
    await input.waitFor();
  }
  report('reader: A4 150 dpi read, median', round(median(times) / 1000, 2), `s (n=${times.length})`, {
    text: '< 5 s',
    met: median(times) < 5000,
  });
  report('reader: A4 150 dpi read, p95', round(pct(times, 95) / 1000, 2), 's');
  report('reader: recognised correctly', recognised, `of ${reads + 1}`);
  // OCR is CPU-bound: on a shared machine the wall time says as much about the neighbours as about the reader.
  report('reader: machine load (1-min average)', round(loadavg()[0], 1), 'runnable processes');
  await context.close();
}
