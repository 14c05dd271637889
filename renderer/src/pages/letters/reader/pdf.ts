import { getDocument, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
// pdf.js parses the file in its own Web Worker, shipped with the app and loaded from its own origin (worker-src 'self').
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * Where the build puts pdf.js's standard fonts, its image decoders (JBIG2 and
 * JPEG 2000, common in scans, as WebAssembly) and its CMYK colour profile: see
 * `readerAssets` in electron.vite.config.ts. Read from the app's own files, never from the network.
 */
const PDFJS_DIR = 'pdfjs';

/** Rendering resolution: an A4 page becomes about 1240 × 1754 pixels, what the OCR reads best. */
const PDF_DPI = 150;
/** A larger page (A3, a poster) is drawn smaller: its longest side at most this many pixels. */
const MAX_SIDE = 2400;

export interface PdfFile {
  pages: number;
  /** Draws one page (1-based) on a new canvas, white paper, at PDF_DPI. */
  render(page: number): Promise<HTMLCanvasElement>;
  /** Ends the pdf.js worker and drops the document. */
  close(): void;
}

const dir = (name: string) => new URL(`${PDFJS_DIR}/${name}/`, document.baseURI).href;

/** How long pdf.js may take to end its document before its worker is ended anyway (a worker stuck in a bad PDF). */
const CLOSE_GRACE_MS = 2000;

/**
 * Opens a PDF held in memory (never written anywhere). This module and pdf.js
 * are loaded only when a PDF is opened in the letter reader. `signal` stops
 * the opening (the person stops, or leaves): the worker is ended at once,
 * also when it is stuck in the file.
 */
export async function openPdf(data: ArrayBuffer, signal?: AbortSignal): Promise<PdfFile> {
  // The worker is made here, from the app's own file, and handed to pdf.js: pdf.js then never wraps a worker
  // in a blob: URL (which the CSP does not allow) and never falls back to running its parser on the page.
  const port = new Worker(new URL(workerUrl, document.baseURI), { type: 'module' });
  const worker = PDFWorker.create({ port });
  const task = getDocument({
    data: new Uint8Array(data),
    worker,
    // Everything pdf.js could fetch comes from the app's own files: the 14 standard PDF fonts (so a letter in
    // Helvetica or Times looks the same on every computer, also one with few fonts), the image decoders and the
    // CMYK profile. No CMaps are shipped (they are for Chinese, Japanese and Korean text, not in Dutch letters).
    useSystemFonts: false,
    standardFontDataUrl: dir('standard_fonts'),
    wasmUrl: dir('wasm'),
    iccUrl: dir('iccs'),
    // The PDF's fonts are drawn as paths, not installed in the page (document.fonts) as FontFace: nothing of the
    // letter is added to the page's own state, so nothing of it stays there once the PDF is closed.
    disableFontFace: true,
    // No JavaScript, forms or links in the PDF run or load anything. (pdf.js 6 has no `isEvalSupported` any more:
    // it compiles PostScript functions to WebAssembly or interprets them, it never evaluates JavaScript.)
    enableXfa: false,
    disableWorkerRendering: true,
    stopAtErrors: false,
  });
  let closed = false;
  /**
   * pdf.js ends the document with its worker's help (it drops the page's copies of the file's objects once the
   * worker has answered), so the worker is ended after that, or after CLOSE_GRACE_MS if it does not answer.
   */
  const close = () => {
    if (closed) return;
    closed = true;
    const grace = setTimeout(() => port.terminate(), CLOSE_GRACE_MS);
    void task
      .destroy()
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(grace);
        port.terminate();
      });
  };
  let doc: PDFDocumentProxy;
  try {
    doc = await new Promise<PDFDocumentProxy>((resolve, reject) => {
      // A worker that cannot load (or a stop while the file is parsed) would otherwise leave pdf.js waiting forever.
      port.addEventListener('error', () => reject(new Error('the PDF worker did not load')));
      if (signal?.aborted) reject(new Error('stopped'));
      signal?.addEventListener('abort', () => reject(new Error('stopped')));
      task.promise.then(resolve, reject);
    });
  } catch (e) {
    close();
    port.terminate();
    throw e;
  }
  if (signal?.aborted) {
    close();
    throw new Error('stopped');
  }
  return {
    pages: doc.numPages,
    async render(n: number) {
      const page = await doc.getPage(n);
      try {
        const size = page.getViewport({ scale: 1 });
        const scale = Math.min(PDF_DPI / 72, MAX_SIDE / Math.max(size.width, size.height));
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        try {
          await page.render({ canvas, viewport, background: '#ffffff', annotationMode: 0 }).promise;
        } catch (e) {
          // A page that did not draw: what was drawn of it is dropped at once.
          canvas.width = 0;
          throw e;
        }
        return canvas;
      } finally {
        page.cleanup();
      }
    },
    close,
  };
}
