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

/**
 * Opens a PDF held in memory (never written anywhere). This module and pdf.js
 * are loaded only when a PDF is opened in the letter reader.
 */
export async function openPdf(data: ArrayBuffer): Promise<PdfFile> {
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
    // No JavaScript, forms or links in the PDF run or load anything. (pdf.js 6 has no `isEvalSupported` any more:
    // it compiles PostScript functions to WebAssembly or interprets them, it never evaluates JavaScript.)
    enableXfa: false,
    disableWorkerRendering: true,
    stopAtErrors: false,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    void task.destroy();
    port.terminate();
    throw e;
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
        await page.render({ canvas, viewport, background: '#ffffff', annotationMode: 0 }).promise;
        return canvas;
      } finally {
        page.cleanup();
      }
    },
    close() {
      void task.destroy();
      port.terminate();
    },
  };
}
