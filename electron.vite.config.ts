import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CSP } from './electron/main/security';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const alias = { '@core': r('./core'), '@locales': r('./locales') };

/** Puts the CSP in the built index.html (not in dev, where Vite injects inline scripts). */
function cspMeta(): Plugin {
  return {
    name: 'wegwijs-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * The letter reader's Dutch OCR data (npm @tesseract.js-data/nld), shipped as
 * `ocr/nld.traineddata.gz` beside the app: tesseract.js reads it by that name
 * from the app's own origin. Never downloaded at run time.
 */
const OCR_DATA = r('./node_modules/@tesseract.js-data/nld/4.0.0_best_int/nld.traineddata.gz');
function ocrData(): Plugin {
  return {
    name: 'wegwijs-ocr-data',
    configureServer(server) {
      server.middlewares.use('/ocr/nld.traineddata.gz', (_req, res) => {
        res.setHeader('content-type', 'application/octet-stream');
        res.end(readFileSync(OCR_DATA));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'ocr/nld.traineddata.gz', source: readFileSync(OCR_DATA) });
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: r('./electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot be ES modules, and cannot require node_modules: one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: r('./electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: r('./renderer'),
    base: './',
    resolve: { alias },
    plugins: [react(), cspMeta(), ocrData()],
    build: {
      outDir: r('./out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: r('./renderer/index.html') },
    },
  },
});
