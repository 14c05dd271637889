import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { api } from '../../renderer/src/api';
import { SAMPLE_LETTERS } from '../fixtures/dutchLetters';
import { previewInfo, renderApp } from './render';

// The OCR and the canvas work are replaced: these tests are about the reader's screens and what it does with
// the text (the real OCR runs in the end-to-end test, tests/e2e/reader.e2e.ts).
const ocr = vi.hoisted(() => {
  class OcrStartTimeout extends Error {}
  return {
    text: '',
    started: 0,
    stopped: 0,
    hold: null as null | Promise<void>,
    /** The OCR does not start in time (what OcrEngine does after OCR_START_TIMEOUT_MS; tested in ocrStart.test.ts). */
    stall: false,
    OcrStartTimeout,
  };
});
vi.mock('../../renderer/src/pages/letters/reader/ocr', () => ({
  OcrStartTimeout: ocr.OcrStartTimeout,
  OcrEngine: class {
    start() {
      ocr.started++;
      return ocr.stall ? Promise.reject(new ocr.OcrStartTimeout()) : Promise.resolve();
    }
    async read(_canvas: unknown, onProgress: (p: { stage: string; progress: number }) => void) {
      if (ocr.stall) throw new ocr.OcrStartTimeout();
      onProgress({ stage: 'reading', progress: 0.5 });
      if (ocr.hold) await ocr.hold;
      return ocr.text;
    }
    stop() {
      ocr.stopped++;
    }
  },
}));
// pdf.js is replaced too (the real one runs in the end-to-end test): a PDF of `pdf.pages` pages.
const pdf = vi.hoisted(() => ({ pages: 1, opened: 0, rendered: [] as number[], closed: 0, stuck: false, stopped: 0 }));
vi.mock('../../renderer/src/pages/letters/reader/pdf', () => ({
  openPdf: async (_data: ArrayBuffer, signal?: AbortSignal) => {
    pdf.opened++;
    // A PDF whose opening never ends (a worker stuck in the file): only the reader's stop ends it.
    if (pdf.stuck)
      await new Promise((_, reject) =>
        signal?.addEventListener('abort', () => {
          pdf.stopped++;
          reject(new Error('stopped'));
        }),
      );
    return {
      pages: pdf.pages,
      render: async (n: number) => {
        pdf.rendered.push(n);
        return { width: 10, height: 10 };
      },
      close: () => {
        pdf.closed++;
      },
    };
  },
}));
vi.mock('../../renderer/src/pages/letters/reader/image', () => ({
  decodeFile: async () => ({ source: {}, width: 10, height: 10, close: () => undefined }),
  prepareImage: () => ({ canvas: { width: 10 }, skew: 0 }),
}));

const en = { settings: { language: 'en' as const } };
const file = () => new File([new Uint8Array([1, 2, 3])], 'brief.png', { type: 'image/png' });
// Known as a PDF by its first bytes, whatever its name.
const pdfFile = () => new File(['%PDF-1.7\n%âãÏÓ\n1 0 obj'], 'scan.dat', { type: '' });

beforeEach(async () => {
  await api.deleteAll();
  ocr.text = '';
  ocr.started = 0;
  ocr.stopped = 0;
  ocr.hold = null;
  ocr.stall = false;
  Object.assign(pdf, { pages: 1, opened: 0, rendered: [], closed: 0, stuck: false, stopped: 0 });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 12, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('letter reader', () => {
  it('is reached from the letters gallery, says nothing is stored, and starts the OCR only when it opens', async () => {
    await renderApp({ ...en, hash: '#/letters' });
    await screen.findByRole('heading', { level: 1, name: 'Letters explained' });
    expect(ocr.started).toBe(0);
    fireEvent.click(screen.getByRole('link', { name: 'Read my letter with a photo or the camera' }));
    await screen.findByRole('heading', { level: 1, name: 'Read my letter' });
    expect(screen.getByText(/not saved and not sent anywhere/)).toBeTruthy();
    expect(ocr.started).toBeGreaterThan(0);
    expect(screen.getByLabelText('Open a picture or PDF of the letter').getAttribute('type')).toBe('file');
    expect(screen.getByRole('button', { name: 'Use the camera' })).toBeTruthy();
  });

  it('on a kiosk offers the camera only: no file input', async () => {
    await renderApp({ ...en, hash: '#/letters/read', info: { ...previewInfo, mode: 'kiosk' } });
    await screen.findByRole('heading', { level: 1, name: 'Read my letter' });
    expect(document.querySelector('input[type="file"]')).toBeNull();
    expect(screen.getByText(/wiped when you finish/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Use the camera' })).toBeTruthy();
  });

  it('explains the letter it read and fills in its date for the timeline; the person saves it', async () => {
    ocr.text = SAMPLE_LETTERS['decision-granted']!.text;
    await renderApp({ ...en, hash: '#/letters/read' });
    const input = await screen.findByLabelText('Open a picture or PDF of the letter');
    fireEvent.change(input, { target: { files: [file()] } });
    await screen.findByRole('heading', { level: 1, name: 'Beschikking (inwilliging)' });
    expect(screen.getByText(/Date of the letter: 14 March 2026/)).toBeTruthy();
    // Every date found (each once), with the words around it in Dutch.
    const items = document.querySelectorAll('.reader__date-list > li');
    expect([...items].map((li) => li.querySelector('strong')?.textContent)).toEqual(['14 March 2026', '2 October 2025']);
    expect(items[1]!.querySelector('q[lang="nl"]')?.textContent).toContain('2 oktober 2025');
    // The date picker is open with the letter's date; nothing is saved until the person says so.
    expect(document.querySelector('.add-date .datepick__words')?.textContent).toBe('14 March 2026');
    expect(await api.loadCase()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save this date' }));
    await waitFor(async () => expect((await api.loadCase())?.dates.decision).toBe('2026-03-14'));
    expect((await api.loadCase())?.decisionOutcome).toBe('granted');
  });

  it('lets the person pick another date it found instead', async () => {
    ocr.text = SAMPLE_LETTERS['decision-granted']!.text;
    await renderApp({ ...en, hash: '#/letters/read' });
    fireEvent.change(await screen.findByLabelText('Open a picture or PDF of the letter'), { target: { files: [file()] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Use 2 October 2025 for my timeline' }));
    await waitFor(() => expect(document.querySelector('.add-date .datepick__words')?.textContent).toBe('2 October 2025'));
  });

  it('says so when it cannot tell which letter it is, and shows the Dutch text and the way to the gallery', async () => {
    ocr.text = 'Albert Heijn kassabon 12-03-2026 melk 1,09 totaal 3,58';
    await renderApp({ ...en, hash: '#/letters/read' });
    fireEvent.change(await screen.findByLabelText('Open a picture or PDF of the letter'), { target: { files: [file()] } });
    await screen.findByRole('heading', { level: 1, name: 'Which letter is this?' });
    expect(document.querySelector('pre[lang="nl"]')?.textContent).toContain('kassabon');
    expect(screen.getAllByRole('link', { name: 'All letters' }).length).toBeGreaterThan(0);
    // No letter, so no date is offered for the timeline.
    expect(screen.queryByRole('button', { name: /for my timeline/ })).toBeNull();
  });

  it('can be stopped while reading; the result of the stopped reading never appears', async () => {
    let release: () => void = () => undefined;
    ocr.hold = new Promise((r) => (release = r));
    ocr.text = SAMPLE_LETTERS['decision-rejected']!.text;
    await renderApp({ ...en, hash: '#/letters/read' });
    fireEvent.change(await screen.findByLabelText('Open a picture or PDF of the letter'), { target: { files: [file()] } });
    const stop = await screen.findByRole('button', { name: 'Stop reading' });
    await waitFor(() => expect(document.querySelector('progress')?.getAttribute('value')).toBe('50'));
    const stoppedBefore = ocr.stopped;
    fireEvent.click(stop);
    await screen.findByText('Reading stopped. Nothing was saved.');
    expect(ocr.stopped).toBe(stoppedBefore + 1);
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('[data-reader-result]')).toBeNull();
  });

  it('stops the OCR when the reader closes', async () => {
    await renderApp({ ...en, hash: '#/letters/read' });
    await screen.findByRole('heading', { level: 1, name: 'Read my letter' });
    const before = ocr.stopped;
    window.location.hash = '#/home';
    await screen.findByRole('heading', { level: 1, name: 'What do you want to know?' });
    expect(ocr.stopped).toBe(before + 1);
  });

  it('when the OCR does not start in time, says so plainly, with a retry and the way to the gallery', async () => {
    ocr.stall = true;
    await renderApp({ ...en, hash: '#/letters/read' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The reader did not start.');
    expect(document.querySelector('progress')).toBeNull();
    expect(screen.getAllByRole('link', { name: 'All letters' }).length).toBeGreaterThan(0);
    const retry = screen.getByRole('button', { name: 'Try again' });
    // Focus moves in an effect after the alert is committed: the alert can be found a moment before it.
    await waitFor(() => expect(document.activeElement).toBe(retry));
    // The retry ends the old start and starts the OCR again; this time it starts, and the reader is back.
    ocr.stall = false;
    const [started, stopped] = [ocr.started, ocr.stopped];
    fireEvent.click(retry);
    await screen.findByLabelText('Open a picture or PDF of the letter');
    expect([ocr.started, ocr.stopped]).toEqual([started + 1, stopped + 1]);
    expect(document.querySelector('[data-reader-stalled]')).toBeNull();
  });

  it('a reading that waits for an OCR that does not start ends in that message, not in a bar that never moves', async () => {
    await renderApp({ ...en, hash: '#/letters/read' });
    const input = await screen.findByLabelText('Open a picture or PDF of the letter');
    ocr.stall = true;
    fireEvent.change(input, { target: { files: [file()] } });
    await screen.findByRole('button', { name: 'Try again' });
    expect(document.querySelector('progress')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Nothing was saved.');
  });

  it('reads a one-page PDF at once, and closes it once the page is drawn', async () => {
    ocr.text = SAMPLE_LETTERS['decision-granted']!.text;
    await renderApp({ ...en, hash: '#/letters/read' });
    fireEvent.change(await screen.findByLabelText('Open a picture or PDF of the letter'), { target: { files: [pdfFile()] } });
    await screen.findByRole('heading', { level: 1, name: 'Beschikking (inwilliging)' });
    expect(pdf).toMatchObject({ opened: 1, rendered: [1], closed: 1 });
  });

  it('lets the person pick the page of a PDF of several pages (the first is chosen at the start)', async () => {
    pdf.pages = 3;
    ocr.text = SAMPLE_LETTERS['decision-granted']!.text;
    await renderApp({ ...en, hash: '#/letters/read' });
    fireEvent.change(await screen.findByLabelText('Open a picture or PDF of the letter'), { target: { files: [pdfFile()] } });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Which page should the app read?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/Pages in this PDF: 3\./)).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).checked)).toEqual([true, false, false]);
    expect(pdf.rendered).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Page 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Read page 3' }));
    await screen.findByRole('heading', { level: 1, name: 'Beschikking (inwilliging)' });
    expect(pdf).toMatchObject({ rendered: [3], closed: 1 });
  });

  it('closes the PDF when the person chooses another file, or leaves the reader while picking a page', async () => {
    pdf.pages = 2;
    await renderApp({ ...en, hash: '#/letters/read' });
    fireEvent.change(await screen.findByLabelText('Open a picture or PDF of the letter'), { target: { files: [pdfFile()] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Choose another file' }));
    await screen.findByLabelText('Open a picture or PDF of the letter');
    expect(pdf.closed).toBe(1);
    fireEvent.change(screen.getByLabelText('Open a picture or PDF of the letter'), { target: { files: [pdfFile()] } });
    await screen.findByRole('button', { name: 'Read page 1' });
    window.location.hash = '#/home';
    await screen.findByRole('heading', { level: 1, name: 'What do you want to know?' });
    expect(pdf).toMatchObject({ opened: 2, rendered: [], closed: 2 });
  });

  it('ends a PDF that is still opening when the person stops, or leaves the reader', async () => {
    pdf.stuck = true;
    await renderApp({ ...en, hash: '#/letters/read' });
    fireEvent.change(await screen.findByLabelText('Open a picture or PDF of the letter'), { target: { files: [pdfFile()] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Stop reading' }));
    await screen.findByText('Reading stopped. Nothing was saved.');
    await waitFor(() => expect(pdf.stopped).toBe(1));
    fireEvent.change(screen.getByLabelText('Open a picture or PDF of the letter'), { target: { files: [pdfFile()] } });
    await screen.findByRole('button', { name: 'Stop reading' });
    await waitFor(() => expect(pdf.opened).toBe(2));
    window.location.hash = '#/home';
    await screen.findByRole('heading', { level: 1, name: 'What do you want to know?' });
    await waitFor(() => expect(pdf.stopped).toBe(2));
    expect(pdf.rendered).toEqual([]);
  });
});
