/**
 * A Vite plugin: each language's meta.json as the app bundles it, without its `styleNote` (the
 * translators' writing conventions: the PO export reads them from the file, the app never shows them).
 * Every meta.json is loaded with the rest of the app (renderer/src/i18n/meta.ts: the picker shows each
 * language's confidence), where the notes were most of the metadata. Used by the app's build
 * (electron.vite.config.ts) and by the benchmark's picker-alone page (scripts/bench.mjs).
 * @returns {import('vite').Plugin}
 */
export function metaForApp() {
  return {
    name: 'wegwijs-meta-for-app',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]locales[\\/][^\\/]+[\\/]meta\.json$/.test(id.split('?')[0] ?? '')) return null;
      const meta = JSON.parse(code);
      delete meta.styleNote;
      return { code: JSON.stringify(meta), map: null };
    },
  };
}
