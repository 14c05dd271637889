import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { normalizePath, runnerImport, type Plugin } from 'vite';
import { CSP } from './electron/main/security';
import { withPrerenderedPicker } from './electron/main/prerenderedPage';
import type * as PickerMarkup from './renderer/src/pages/pickerMarkup';
import { metaForApp } from './scripts/vite/metaForApp.mjs';
import { startAgainTexts } from './scripts/vite/startAgainTexts.mjs';
import { wholeAppTags } from './scripts/vite/wholeApp.mjs';

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

/** The rest of the app: the chunk app/wholeApp.ts loads (`loadWholeApp`) (module ids use forward slashes). */
const WHOLE_APP = normalizePath(r('./renderer/src/app/mount.tsx'));

/**
 * The first start's screen (the language picker, renderer/src/pages/pickerMarkup.tsx) as HTML in
 * index.html: drawn before the app's script has run; and the rest of the app, for the starts that need it
 * at once. electron/main/firstScreen.ts says which starts get which.
 */
function prerenderedPicker(): Plugin {
  let base = './';
  return {
    name: 'wegwijs-prerendered-picker',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    // After the other plugins' changes to the page, so that nothing rewrites the markers after it.
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle, chunk }) {
        if (!bundle || !chunk) throw new Error('the prerendered page is made when the app is built');
        const { module } = await runnerImport<typeof PickerMarkup>(r('./renderer/src/pages/pickerMarkup.tsx'), {
          configFile: false,
          logLevel: 'silent',
          resolve: { alias },
        });
        const page = withPrerenderedPicker(html, module.firstStartPickerHtml(), wholeAppTags(bundle, chunk, WHOLE_APP, base));
        return page.replace(/<html[^>]*>/, `<html ${module.firstStartHtmlAttributes()}>`);
      },
    },
  };
}

/**
 * Files the letter reader loads at run time from the app's own origin, never
 * from the network, shipped beside the app (at the path on the left):
 * - `ocr/nld.traineddata.gz`: the Dutch OCR data (npm @tesseract.js-data/nld),
 *   read by tesseract.js by that name;
 * - `pdfjs/…`: for PDF input (npm pdfjs-dist), the 14 standard PDF fonts (a
 *   letter set in Helvetica or Times without embedded fonts), the WebAssembly
 *   image decoders for JBIG2 and JPEG 2000 (common in scans) and for colour
 *   profiles, and the CMYK profile. Loaded only when a PDF needs them.
 * The JavaScript of tesseract.js and pdf.js (and their workers) is bundled by
 * Vite as lazy chunks: nothing of it is in the initial JS.
 */
const PDFJS = r('./node_modules/pdfjs-dist');
const READER_ASSETS: Record<string, string> = {
  'ocr/nld.traineddata.gz': r('./node_modules/@tesseract.js-data/nld/4.0.0_best_int/nld.traineddata.gz'),
  ...Object.fromEntries(
    [
      ...readdirSync(`${PDFJS}/standard_fonts`)
        .filter((f) => /\.(pfb|ttf)$|^LICENSE/.test(f))
        .map((f) => `standard_fonts/${f}`),
      'wasm/jbig2.wasm',
      'wasm/openjpeg.wasm',
      'wasm/qcms_bg.wasm',
      'wasm/LICENSE_JBIG2',
      'wasm/LICENSE_OPENJPEG',
      'wasm/LICENSE_QCMS',
      'iccs/CGATS001Compat-v2-micro.icc',
      'iccs/LICENSE',
    ].map((f) => [`pdfjs/${f}`, `${PDFJS}/${f}`]),
  ),
};
function readerAssets(): Plugin {
  return {
    name: 'wegwijs-reader-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = READER_ASSETS[(req.url ?? '').split('?')[0]!.replace(/^\//, '')];
        if (!file) return next();
        res.setHeader('content-type', file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(READER_ASSETS)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
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
    plugins: [metaForApp(), startAgainTexts(), react(), cspMeta(), prerenderedPicker(), readerAssets()],
    build: {
      outDir: r('./out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: {
        input: r('./renderer/index.html'),
        // Everything the first screen imports statically is one chunk. Without this group the bundler
        // moves the modules the main chunk shares with some lazy chunks (the kiosk guard) into several
        // small shared chunks, each a request of its own before the first screen.
        output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
      },
    },
  },
});
