import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { api } from '../../renderer/src/api';
import { SAMPLE_LETTERS } from '../fixtures/dutchLetters';
import { previewInfo, renderApp } from './render';

configure({ asyncUtilTimeout: 5000 });

// The OCR and the canvas work are replaced: these tests are about the reader's screens and what it does with
// the text (the real OCR runs in the end-to-end test, tests/e2e/reader.e2e.ts).
const ocr = vi.hoisted(() => ({
  text: '',
  started: 0,
  stopped: 0,
  hold: null as null | Promise<void>,
}));
vi.mock('../../renderer/src/pages/letters/reader/ocr', () => ({
  OcrEngine: class {
    start() {
      ocr.started++;
      return Promise.resolve();
    }
    async read(_canvas: unknown, onProgress: (p: { stage: string; progress: number }) => void) {
      onProgress({ stage: 'reading', progress: 0.5 });
      if (ocr.hold) await ocr.hold;
      return ocr.text;
    }
    stop() {
      ocr.stopped++;
    }
  },
}));
vi.mock('../../renderer/src/pages/letters/reader/image', () => ({
  decodeFile: async () => ({ source: {}, width: 10, height: 10, close: () => undefined }),
  prepareImage: () => ({ canvas: { width: 10 }, skew: 0 }),
}));

const en = { settings: { language: 'en' as const } };
const file = () => new File([new Uint8Array([1, 2, 3])], 'brief.png', { type: 'image/png' });

beforeEach(async () => {
  await api.deleteAll();
  ocr.text = '';
  ocr.started = 0;
  ocr.stopped = 0;
  ocr.hold = null;
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
    expect(screen.getByLabelText('Open a picture of the letter').getAttribute('type')).toBe('file');
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
    const input = await screen.findByLabelText('Open a picture of the letter');
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
    fireEvent.change(await screen.findByLabelText('Open a picture of the letter'), { target: { files: [file()] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Use 2 October 2025 for my timeline' }));
    await waitFor(() => expect(document.querySelector('.add-date .datepick__words')?.textContent).toBe('2 October 2025'));
  });

  it('says so when it cannot tell which letter it is, and shows the Dutch text and the way to the gallery', async () => {
    ocr.text = 'Albert Heijn kassabon 12-03-2026 melk 1,09 totaal 3,58';
    await renderApp({ ...en, hash: '#/letters/read' });
    fireEvent.change(await screen.findByLabelText('Open a picture of the letter'), { target: { files: [file()] } });
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
    fireEvent.change(await screen.findByLabelText('Open a picture of the letter'), { target: { files: [file()] } });
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
});
