// The letter reader's figures for `npm run bench` (scripts/bench.mjs), issue 14:
// reading one A4 letter image at 150 dpi, and the first page of a one-page PDF
// (a scanned letter), from opening the file to the result on screen, in the
// preview build in headless Chromium; that nothing of the OCR loads before the
// reader opens, and nothing of pdf.js before a PDF is opened. A measurement, not a test.
import { loadavg } from 'node:os';
import { SAMPLE_LETTERS } from '../tests/fixtures/dutchLetters.ts';
import { letterImage, letterPdf } from '../tests/fixtures/letterImage.ts';

const OCR_FILE = /tesseract|worker\.min|\/ocr\//;
const PDF_FILE = /pdf/i;

export async function benchReader({ browser, baseUrl, reads, report, round, median, pct }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const ocrRequests = [];
  const pdfRequests = [];
  page.on('request', (r) => {
    if (PDF_FILE.test(r.url())) pdfRequests.push(r.url());
    else if (OCR_FILE.test(r.url())) ocrRequests.push(r.url());
  });
  await page.goto(`${baseUrl}index.html#/letters`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('.letter-card');
  await page.waitForTimeout(1500); // the idle prefetch of every area has run
  report('reader: OCR files before it opens', ocrRequests.length + pdfRequests.length, 'requests', {
    text: '0',
    met: ocrRequests.length + pdfRequests.length === 0,
  });

  await page.evaluate(() => (location.hash = '#/letters/read'));
  const input = page.locator('input[type="file"]');
  await input.waitFor();
  const text = SAMPLE_LETTERS['decision-rejected'].text;
  // The same photo as the end-to-end test: turned 3°, blurred, with a shadow.
  const png = await letterImage(page, text, { degrees: 3 });
  // A scanner's PDF: the page straight, as a JPEG, on one A4 page.
  const pdf = await letterPdf([{ jpeg: await letterImage(page, text, { degrees: 0, type: 'image/jpeg' }) }]);

  /** Opens the file `reads + 1` times; returns the times from opening it to the result on screen, the first apart. */
  async function readTimes(file) {
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
      await input.setInputFiles(file);
      await page.waitForFunction(
        () => {
          const done = document.querySelector('[data-reader-result]');
          if (done && window.__t1 === undefined) window.__t1 = performance.now();
          return !!done;
        },
        null,
        { polling: 'raf', timeout: 600_000 },
      );
      times.push(await page.evaluate(() => window.__t1 - window.__t0));
      if ((await page.locator('[data-reader-result]').getAttribute('data-reader-result')) === 'decision-rejected') recognised++;
      await page.getByRole('button', { name: 'Read another letter' }).click();
      await input.waitFor();
    }
    return { first: times[0], times: times.slice(1), recognised };
  }

  const image = await readTimes({ name: 'brief.png', mimeType: 'image/png', buffer: png });
  // The first read also waits for the OCR to finish loading (it starts when the reader opens): reported apart.
  report('reader: first read after opening', round(image.first / 1000, 2), 's');
  report('reader: A4 150 dpi read, median', round(median(image.times) / 1000, 2), `s (n=${image.times.length})`, {
    text: '< 5 s',
    met: median(image.times) < 5000,
  });
  report('reader: A4 150 dpi read, p95', round(pct(image.times, 95) / 1000, 2), 's');
  report('reader: recognised correctly', image.recognised, `of ${reads + 1}`);
  report('reader: pdf.js files before a PDF is opened', pdfRequests.length, 'requests', { text: '0', met: pdfRequests.length === 0 });
  const pdfBefore = pdfRequests.length;

  // A PDF: pdf.js and its worker load with the first PDF (in the first figure), the page is drawn at 150 dpi and read.
  const fromPdf = await readTimes({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: pdf });
  report('reader: PDF first page read, first PDF (loads pdf.js)', round(fromPdf.first / 1000, 2), 's');
  report('reader: PDF first page read, median', round(median(fromPdf.times) / 1000, 2), `s (n=${fromPdf.times.length})`);
  report('reader: PDF first page read, p95', round(pct(fromPdf.times, 95) / 1000, 2), 's');
  report('reader: PDF recognised correctly', fromPdf.recognised, `of ${reads + 1}`);
  // Each PDF starts a new pdf.js worker (its file is fetched again); the distinct files say what a PDF needs.
  const pdfFiles = [...new Set(pdfRequests.slice(pdfBefore).map((u) => new URL(u).pathname))];
  report('reader: files loaded for PDFs', pdfFiles.length, `distinct (${pdfFiles.join(', ')})`);
  // OCR is CPU-bound: on a shared machine the wall time says as much about the neighbours as about the reader.
  report('reader: machine load (1-min average)', round(loadavg()[0], 1), 'runnable processes');
  await context.close();
}
