import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin, type Rollup } from 'vite';
import { CSP } from './electron/main/security';
import { withPrerenderedPicker } from './electron/main/prerenderedPage';
import type * as PickerMarkup from './renderer/src/pages/pickerMarkup';
import { metaForApp } from './scripts/vite/metaForApp.mjs';

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

/** The rest of the app: the chunk app/start.tsx loads with `loadWholeApp`. */
const WHOLE_APP = r('./renderer/src/app/mount.tsx');

/**
 * The rest of the app as a start at home loads it: its chunk as a second module script (loaded and compiled
 * beside the page's own, and run right after it: the page's own script then finds it there), and every
 * chunk that chunk imports preloaded, save those the page loads anyway (its entry and what the entry
 * imports), with their stylesheets. Measured against the app in one chunk (a start at home, 50 loads
 * each), as a second script it cost about 8 ms; preloaded only, about 40 ms.
 */
function wholeAppLinks(bundle: Rollup.OutputBundle, entry: Rollup.OutputChunk): string {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const whole = chunks.find((c) => c.moduleIds.includes(WHOLE_APP));
  if (!whole) throw new Error(`no chunk holds ${WHOLE_APP}`);
  const imported = (from: Rollup.OutputChunk, into = new Set<string>()) => {
    for (const file of from.imports) if (!into.has(file)) imported(byFile.get(file)!, into.add(file));
    return into;
  };
  const inPage = imported(entry).add(entry.fileName);
  const files = [whole.fileName, ...imported(whole)].filter((f) => !inPage.has(f));
  const css = new Set(files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]));
  return [
    `<script type="module" crossorigin src="./${whole.fileName}"></script>`,
    ...files.slice(1).map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
    ...[...css].map((f) => `<link rel="stylesheet" crossorigin href="./${f}">`),
  ].join('');
}

/**
 * The first start's screen (the language picker, renderer/src/pages/pickerMarkup.tsx) as HTML in
 * index.html: drawn before the app's script has run; and the rest of the app, for the starts that need it
 * at once. electron/main/firstScreen.ts says which starts get which.
 */
function prerenderedPicker(): Plugin {
  return {
    name: 'wegwijs-prerendered-picker',
    apply: 'build',
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
        const page = withPrerenderedPicker(html, module.firstStartPickerHtml(), wholeAppLinks(bundle, chunk));
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
    plugins: [metaForApp(), react(), cspMeta(), prerenderedPicker(), readerAssets()],
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
