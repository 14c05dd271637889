import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { wholeAppTags } from '../../../scripts/vite/wholeApp.mjs';

/** A chunk as the bundler describes it: only what the tags are made from. */
const chunk = (fileName: string, imports: string[], moduleIds: string[] = [], css: string[] = []) =>
  ({ type: 'chunk', fileName, imports, moduleIds, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } }) as unknown as Rollup.OutputChunk;
const bundleOf = (...chunks: Rollup.OutputChunk[]) => Object.fromEntries(chunks.map((c) => [c.fileName, c])) as Rollup.OutputBundle;

const WHOLE = '/app/renderer/src/app/mount.tsx';

describe('the rest of the app, as a start at home loads it (the build)', () => {
  // The page: index imports the runtime. The rest: mount imports i18n (which imports the runtime and index) and a
  // shared chunk with a stylesheet; an area chunk that only mount's dynamic imports reach is not loaded.
  const page = chunk('assets/index-1.js', ['assets/runtime-1.js']);
  const bundle = bundleOf(
    page,
    chunk('assets/runtime-1.js', []),
    chunk('assets/mount-1.js', ['assets/i18n-1.js', 'assets/shared-1.js', 'assets/index-1.js'], ['/app/renderer/src/app/App.tsx', WHOLE]),
    chunk('assets/i18n-1.js', ['assets/runtime-1.js', 'assets/index-1.js']),
    chunk('assets/shared-1.js', ['assets/i18n-1.js'], [], ['assets/shared-1.css']),
    chunk('assets/procedure-1.js', ['assets/shared-1.js']),
  );

  it("is its chunk as a second script, every chunk that imports (directly or not) preloaded, save the page's own, and their stylesheets", () => {
    const tags = wholeAppTags(bundle, page, WHOLE, './');
    expect(tags.match(/<script[^>]*>/g)).toEqual(['<script type="module" crossorigin src="./assets/mount-1.js">']);
    expect([...tags.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([
      './assets/i18n-1.js',
      './assets/shared-1.js',
    ]);
    expect([...tags.matchAll(/rel="preload" as="style" crossorigin href="([^"]+)"/g)].map((m) => m[1])).toEqual(['./assets/shared-1.css']);
    expect(tags).not.toContain('procedure');
  });

  it('follows the build base', () => {
    expect(wholeAppTags(bundle, page, WHOLE, '/app/')).toContain('src="/app/assets/mount-1.js"');
  });

  it("refuses a bundle whose page's own script holds React, directly or in a chunk it imports", () => {
    const react = '/app/node_modules/react-dom/cjs/react-dom-client.production.js';
    const withReact = (holder: string) =>
      bundleOf(
        ...Object.values(bundle).map((c) => (c.fileName === holder ? { ...c, moduleIds: [...(c as Rollup.OutputChunk).moduleIds, react] } : c) as Rollup.OutputChunk),
      );
    expect(() => wholeAppTags(withReact('assets/index-1.js'), page, WHOLE, './')).toThrow(/React is in the page's own script/);
    expect(() => wholeAppTags(withReact('assets/runtime-1.js'), page, WHOLE, './')).toThrow(/React is in the page's own script/);
    // In the rest of the app, it is where it belongs.
    expect(() => wholeAppTags(withReact('assets/i18n-1.js'), page, WHOLE, './')).not.toThrow();
  });

  it("refuses a page's own script that holds a catalog beyond its \"start again\" texts", () => {
    const withModules = (modules: Record<string, number>) =>
      bundleOf(
        ...Object.values(bundle).map(
          (c) =>
            (c.fileName === page.fileName
              ? { ...c, modules: Object.fromEntries(Object.entries(modules).map(([id, renderedLength]) => [id, { renderedLength }])) }
              : c) as Rollup.OutputChunk,
        ),
      );
    expect(() => wholeAppTags(withModules({ '/app/locales/ti/common.json?start-again': 400 }), page, WHOLE, './')).not.toThrow();
    expect(() => wholeAppTags(withModules({ '/app/locales/en/common.json': 5000 }), page, WHOLE, './')).toThrow(/a catalog is in the page's own script/);
    expect(() => wholeAppTags(withModules({ 'C:\\app\\locales\\en\\home.json': 900 }), page, WHOLE, './')).toThrow(/a catalog/);
    expect(() => wholeAppTags(withModules({ '/app/locales/en/common.json?start-again': 5000 }), page, WHOLE, './')).toThrow(/a catalog/);
  });

  it("tells React's modules from others whose names hold 'react', on any system", () => {
    const inPage = (id: string) => () =>
      wholeAppTags(bundleOf(...Object.values(bundle).map((c) => (c.fileName === page.fileName ? { ...c, moduleIds: [id] } : c) as Rollup.OutputChunk)), page, WHOLE, './');
    for (const id of ['C:\\app\\node_modules\\react\\index.js', '/app/node_modules/.pnpm/react@19.0.0/node_modules/react/jsx-runtime.js', '/app/node_modules/scheduler/index.js'])
      expect(inPage(id), id).toThrow(/React is in the page's own script/);
    for (const id of ['/app/node_modules/react-i18next/dist/es/index.js', '/app/node_modules/@vitejs/plugin-react/x.js', '/app/node_modules/react-is/index.js', '/app/renderer/src/react/x.ts'])
      expect(inPage(id), id).not.toThrow();
  });

  it('refuses a bundle where the rest of the app is no chunk of its own, or a chunk imports one that is not there', () => {
    expect(() => wholeAppTags(bundle, page, '/app/renderer/src/other.tsx', './')).toThrow(/no chunk holds/);
    const merged = chunk('assets/index-1.js', ['assets/runtime-1.js'], [WHOLE]);
    expect(() => wholeAppTags(bundleOf(merged, chunk('assets/runtime-1.js', [])), merged, WHOLE, './')).toThrow(/not a chunk of its own/);
    const broken = bundleOf(page, chunk('assets/runtime-1.js', []), chunk('assets/mount-1.js', ['assets/gone.js'], [WHOLE]));
    expect(() => wholeAppTags(broken, page, WHOLE, './')).toThrow(/not in the bundle/);
  });
});
