import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// tesseract.js is replaced by one whose worker never answers (or answers when told): the engine's start timeout
// is what is tested, with fake timers, so nothing really waits.
const fake = vi.hoisted(() => ({
  workers: [] as { url: string; terminated: boolean }[],
  finish: null as null | (() => void),
  /** What the worker reports while it starts (tesseract.js's logger). */
  report: null as null | ((m: { status: string; progress: number }) => void),
  terminatedAfterStart: 0,
}));
vi.mock('tesseract.js', () => ({
  OEM: { LSTM_ONLY: 1 },
  PSM: { AUTO: '3' },
  createWorker: (
    _lang: string,
    _oem: number,
    options: { workerPath: string; logger: (m: { status: string; progress: number }) => void },
  ) => {
    // As tesseract.js does in a browser: the Web Worker is made at once, the promise settles when it has loaded.
    new Worker(options.workerPath);
    fake.report = options.logger;
    return new Promise((resolve) => {
      fake.finish = () =>
        resolve({
          setParameters: async () => undefined,
          terminate: async () => {
            fake.terminatedAfterStart++;
          },
        });
    });
  },
}));

const { OcrEngine, OcrStartTimeout, OCR_START_TIMEOUT_MS } = await import('../../renderer/src/pages/letters/reader/ocr');

class FakeWorker {
  record: { url: string; terminated: boolean };
  constructor(url: string | URL) {
    this.record = { url: String(url), terminated: false };
    fake.workers.push(this.record);
  }
  terminate() {
    this.record.terminated = true;
  }
}

const NativeWorker = globalThis.Worker;
beforeEach(() => {
  fake.workers = [];
  fake.finish = null;
  fake.report = null;
  fake.terminatedAfterStart = 0;
  globalThis.Worker = FakeWorker as unknown as typeof Worker;
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  globalThis.Worker = NativeWorker;
});

describe('OCR start timeout', () => {
  it('gives up on a worker that never answers: rejects with OcrStartTimeout and ends that worker', async () => {
    const engine = new OcrEngine();
    const started = engine.start();
    const outcome = started.then(
      () => 'started',
      (e: unknown) => e,
    );
    expect(fake.workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(OCR_START_TIMEOUT_MS - 1);
    expect(fake.workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBeInstanceOf(OcrStartTimeout);
    expect(fake.workers[0]!.terminated).toBe(true);
    // The page's Worker is the browser's own again.
    expect(globalThis.Worker).toBe(FakeWorker);
  });

  it('a reading waiting for that start fails the same way, and the next start is a new worker', async () => {
    const engine = new OcrEngine();
    const reading = engine.read({} as HTMLCanvasElement, () => undefined).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(OCR_START_TIMEOUT_MS);
    expect(await reading).toBeInstanceOf(OcrStartTimeout);
    void engine.start().catch(() => undefined);
    expect(fake.workers).toHaveLength(2);
    expect(fake.workers[1]!.terminated).toBe(false);
    engine.stop();
    expect(fake.workers[1]!.terminated).toBe(true);
  });

  it('a slow start that keeps reporting its steps is not cut off; silence after the last step is', async () => {
    const engine = new OcrEngine();
    const outcome = engine.start().then(
      () => 'started',
      (e: unknown) => e,
    );
    // Three steps, each just inside the limit: 3 × (limit − 1 s) in all, far past the limit.
    for (const status of ['loading tesseract core', 'initializing tesseract', 'loading language traineddata']) {
      await vi.advanceTimersByTimeAsync(OCR_START_TIMEOUT_MS - 1000);
      fake.report!({ status, progress: 0.5 });
    }
    expect(fake.workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(OCR_START_TIMEOUT_MS);
    expect(await outcome).toBeInstanceOf(OcrStartTimeout);
    expect(fake.workers[0]!.terminated).toBe(true);
  });

  it('a worker that starts in time is kept (no timeout later), and one that answers after the timeout is ended', async () => {
    const engine = new OcrEngine();
    const first = engine.start();
    fake.finish!();
    await expect(first).resolves.toBeTruthy();
    await vi.advanceTimersByTimeAsync(OCR_START_TIMEOUT_MS * 2);
    expect(fake.workers[0]!.terminated).toBe(false);
    expect(engine.start()).toBe(first);

    const late = new OcrEngine();
    const slow = late.start().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(OCR_START_TIMEOUT_MS);
    expect(await slow).toBeInstanceOf(OcrStartTimeout);
    fake.finish!();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.terminatedAfterStart).toBe(1);
  });
});

describe('OCR stop', () => {
  it('a reading under way ends when the engine stops (tesseract.js never settles it), so its image can be dropped', async () => {
    const engine = new OcrEngine();
    const first = engine.start();
    fake.finish!();
    const worker = (await first) as unknown as { recognize?: unknown };
    // A recognition that never answers, as tesseract.js does once its worker is terminated.
    worker.recognize = () => new Promise(() => undefined);
    const reading = engine.read({} as HTMLCanvasElement, () => undefined).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    engine.stop();
    expect(await reading).toBeInstanceOf(Error);
    expect(fake.terminatedAfterStart).toBe(1);
  });
});
