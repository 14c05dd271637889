import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
// Everything the OCR needs ships inside the app and is served from its own origin: nothing is fetched from the network.
import workerUrl from 'tesseract.js/dist/worker.min.js?url';
import coreUrl from 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js?url';

/** Where the build puts the Dutch trained data (see `ocrData` in electron.vite.config.ts). */
const LANG_DIR = 'ocr';

export type OcrStage = 'loading' | 'reading';
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

  /** Loads the worker, the OCR core and the Dutch data (once). */
  start(): Promise<Worker> {
    this.worker ??= createWorker('nld', OEM.LSTM_ONLY, {
      workerPath: abs(workerUrl),
      corePath: abs(coreUrl),
      langPath: abs(LANG_DIR),
      workerBlobURL: false,
      cacheMethod: 'none',
      gzip: true,
      logger: (m: { status: string; progress: number }) => {
        const stage: OcrStage = m.status === 'recognizing text' ? 'reading' : 'loading';
        this.listener?.({ stage, progress: m.progress });
      },
    }).then(async (w) => {
      // A letter is dark text on light paper: no second pass over lines read upside-down in colour (saves time).
      await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1', tessedit_do_invert: '0' });
      return w;
    });
    this.worker.catch(() => {
      this.worker = null;
    });
    return this.worker;
  }

  /** Reads the text of a prepared image. */
  async read(image: HTMLCanvasElement, onProgress: (p: OcrProgress) => void): Promise<string> {
    this.listener = onProgress;
    try {
      const worker = await this.start();
      const { data } = await worker.recognize(image);
      return data.text;
    } finally {
      this.listener = null;
    }
  }

  /** Stops at once (cancel, or the reader closes): the worker and everything in it are gone. */
  stop(): void {
    const w = this.worker;
    this.worker = null;
    this.listener = null;
    void w?.then((worker) => worker.terminate()).catch(() => undefined);
  }
}
