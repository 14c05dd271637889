import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
// Everything the OCR needs ships inside the app and is served from its own origin: nothing is fetched from the network.
import workerUrl from 'tesseract.js/dist/worker.min.js?url';
import coreUrl from 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js?url';

/** Where the build puts the Dutch trained data (see `readerAssets` in electron.vite.config.ts). */
const LANG_DIR = 'ocr';

/**
 * How long the OCR worker and its WebAssembly core may stay silent while they
 * start. A worker that is starting reports each step (core loaded, Dutch data
 * loaded, …); one that has said nothing for this long did not load, and the
 * person gets a plain message and a retry, not a progress bar that never
 * moves. The clock starts again at each step: a slow, busy computer that is
 * getting there is not cut off.
 */
export const OCR_START_TIMEOUT_MS = 20_000;

/** The OCR gave no sign of starting for OCR_START_TIMEOUT_MS; its worker has been ended. */
export class OcrStartTimeout extends Error {
  constructor() {
    super('the OCR did not start in time');
    this.name = 'OcrStartTimeout';
  }
}

export type OcrStage = 'opening' | 'loading' | 'reading';
export interface OcrProgress {
  stage: OcrStage;
  /** 0–1 within the stage. */
  progress: number;
}

const abs = (url: string) => new URL(url, document.baseURI).href;

/**
 * The OCR engine: tesseract.js in a Web Worker (the screen never freezes),
 * with the Dutch trained data bundled with the app. Started when the reader
 * opens, ended when it closes. Nothing is cached or stored: the trained data
 * is read from the app's files each time, the image and text stay in memory.
 */
export class OcrEngine {
  private worker: Promise<Worker> | null = null;
  private listener: ((p: OcrProgress) => void) | null = null;
  /** Ends the worker of the latest start, whether it has started or not. */
  private abort: () => void = () => undefined;
  /** Ends the readings under way (stop). */
  private readonly stopReads = new Set<(reason: Error) => void>();

  /**
   * Loads the worker, the OCR core and the Dutch data (once). Rejects with
   * OcrStartTimeout, and ends the worker, when it reports no step of its start
   * for OCR_START_TIMEOUT_MS.
   */
  start(): Promise<Worker> {
    if (this.worker) return this.worker;
    // tesseract.js makes its Web Worker inside createWorker and gives it back only once it has started: the
    // worker is caught as it is made, so that one that never answers can still be ended.
    const spawned: globalThis.Worker[] = [];
    const Native = globalThis.Worker;
    globalThis.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        spawned.push(this);
      }
    };
    // Each step the worker reports while it starts shows it is alive (set once the timer exists, below).
    let alive = () => undefined as void;
    let loading: Promise<Worker>;
    try {
      loading = createWorker('nld', OEM.LSTM_ONLY, {
        workerPath: abs(workerUrl),
        corePath: abs(coreUrl),
        langPath: abs(LANG_DIR),
        workerBlobURL: false,
        cacheMethod: 'none',
        gzip: true,
        logger: (m: { status: string; progress: number }) => {
          alive();
          const stage: OcrStage = m.status === 'recognizing text' ? 'reading' : 'loading';
          this.listener?.({ stage, progress: m.progress });
        },
      }).then(async (w) => {
        // A letter is dark text on light paper: no second pass over lines read upside-down in colour (saves time).
        await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1', tessedit_do_invert: '0' });
        return w;
      });
    } finally {
      globalThis.Worker = Native;
    }
    let end: (reason: Error) => void = () => undefined;
    const ended = new Promise<never>((_, reject) => {
      end = (reason) => {
        for (const w of spawned) w.terminate();
        // Should it start after all, it is ended at once.
        void loading.then((w) => w.terminate()).catch(() => undefined);
        reject(reason);
      };
    });
    const silence = () => setTimeout(() => end(new OcrStartTimeout()), OCR_START_TIMEOUT_MS);
    let timer = silence();
    let starting = true;
    alive = () => {
      if (!starting) return;
      clearTimeout(timer);
      timer = silence();
    };
    const started = Promise.race([loading, ended]).finally(() => {
      starting = false;
      clearTimeout(timer);
    });
    this.worker = started;
    this.abort = () => {
      starting = false;
      clearTimeout(timer);
      end(new Error('stopped'));
    };
    started.catch(() => {
      if (this.worker === started) this.worker = null;
    });
    return started;
  }

  /**
   * Reads the text of a prepared image. Rejects when the engine is stopped while it reads (tesseract.js never
   * settles a reading whose worker was ended), so that the caller can drop the image at once.
   */
  async read(image: HTMLCanvasElement, onProgress: (p: OcrProgress) => void): Promise<string> {
    this.listener = onProgress;
    let stop: (reason: Error) => void = () => undefined;
    const stopped = new Promise<never>((_, reject) => {
      stop = reject;
    });
    this.stopReads.add(stop);
    try {
      const worker = await Promise.race([this.start(), stopped]);
      const { data } = await Promise.race([worker.recognize(image), stopped]);
      return data.text;
    } finally {
      this.listener = null;
      this.stopReads.delete(stop);
    }
  }

  /** Stops at once (cancel, or the reader closes): the worker and everything in it are gone. */
  stop(): void {
    this.worker = null;
    this.listener = null;
    this.abort();
    this.abort = () => undefined;
    for (const reject of this.stopReads) reject(new Error('stopped'));
    this.stopReads.clear();
  }
}
