/** A language's catalog (locales/<lng>/<namespace>.json), with any query. */
const CATALOG = /[\\/]locales[\\/][^\\/]+[\\/][^\\/]+\.json(?:\?|$)/;
/** A catalog's three "start again" texts, as the page's script holds them: well under this many characters. */
const START_AGAIN_MAX = 1500;
/** React's modules (`react`, `react-dom`, `scheduler`), as module ids name them on any system. */
const REACT = /[\\/]node_modules[\\/](?:react|react-dom|scheduler)[\\/]/;

/**
 * The rest of the app as a start at home loads it (electron/main/prerenderedPage.ts puts this in the page,
 * in a comment that app:// opens for such a start): the chunk that holds `entryModule` (the rest of the
 * app, renderer/src/app/mount.tsx) as a second module script, loaded and compiled beside the page's own
 * and run right after it, so the page's own script finds it there; every chunk that chunk imports
 * preloaded, save those the page loads anyway (its entry and what that imports); their stylesheets
 * preloaded (the app's own import applies them). Measured against the app in one chunk (a start at home,
 * 50 loads each), as a second script it cost about 8 ms; preloaded only, about 40 ms.
 *
 * The page's own script must not hold React: a person's first start's picker works without it
 * (renderer/src/app/pickerAlone.ts), and React is most of what the rest of the app costs to load. Nor a
 * catalog beyond its "start again" texts (scripts/vite/startAgainTexts.mjs: without that plugin, each
 * would be whole, and the first start's "start again" would fail). A build that does either fails here.
 *
 * @param {import('vite').Rollup.OutputBundle} bundle
 * @param {import('vite').Rollup.OutputChunk} page the page's entry chunk
 * @param {string} entryModule the module id of the rest of the app's entry
 * @param {string} base the build's base ('./')
 */
export function wholeAppTags(bundle, page, entryModule, base) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const whole = chunks.find((c) => c.moduleIds.includes(entryModule));
  if (!whole) throw new Error(`no chunk holds ${entryModule}`);
  /** The chunks `from` imports, directly or not (static imports only). */
  const imported = (from, into = new Set()) => {
    for (const file of from.imports) {
      const chunk = byFile.get(file);
      if (!chunk) throw new Error(`${from.fileName} imports ${file}, which is not in the bundle`);
      if (!into.has(file)) imported(chunk, into.add(file));
    }
    return into;
  };
  const inPage = imported(page).add(page.fileName);
  if (inPage.has(whole.fileName)) throw new Error(`${entryModule} is in the page's own script: it is not a chunk of its own`);
  const react = [...inPage].flatMap((f) => byFile.get(f).moduleIds).find((id) => REACT.test(id));
  if (react) throw new Error(`React is in the page's own script (${react}): it belongs to the rest of the app`);
  for (const [id, module] of [...inPage].flatMap((f) => Object.entries(byFile.get(f).modules ?? {}))) {
    if (!CATALOG.test(id)) continue;
    if (!id.endsWith('?start-again') || module.renderedLength > START_AGAIN_MAX)
      throw new Error(`a catalog is in the page's own script (${id}, ${module.renderedLength} characters): only its "start again" texts belong there`);
  }
  const deps = [...imported(whole)].filter((f) => !inPage.has(f));
  const css = new Set([whole.fileName, ...deps].flatMap((f) => [...(byFile.get(f).viteMetadata?.importedCss ?? [])]));
  return [
    `<script type="module" crossorigin src="${base}${whole.fileName}"></script>`,
    ...deps.map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`),
    ...[...css].map((f) => `<link rel="preload" as="style" crossorigin href="${base}${f}">`),
  ].join('');
}
