/** The query that asks for a catalog's "start again" texts alone (renderer/src/app/pickerAlone.ts). */
const QUERY = 'start-again';

/**
 * A Vite plugin: `locales/<lng>/common.json?start-again` is that catalog's `app.errorTitle`, `errorText`
 * and `errorRestart` alone, the error screen's "start again". A person's first start shows it, in the
 * language just chosen, when the rest of the app cannot be loaded; its first script holds them for every
 * language this way, not every catalog whole. The texts stay where they are, in each catalog. Used by the
 * app's build (electron.vite.config.ts) and the component tests (vitest.config.ts).
 * @returns {import('vite').Plugin}
 */
export function startAgainTexts() {
  return {
    name: 'wegwijs-start-again-texts',
    enforce: 'pre',
    transform(code, id) {
      const [file, query] = id.split('?');
      if (query !== QUERY || !/[\\/]locales[\\/][^\\/]+[\\/]common\.json$/.test(file ?? '')) return null;
      const { errorTitle, errorText, errorRestart } = JSON.parse(code).app ?? {};
      // A module of its own, JavaScript (the query keeps it apart from the catalog, which is JSON).
      return { code: `export default ${JSON.stringify({ errorTitle, errorText, errorRestart })};`, map: null, moduleType: 'js' };
    },
  };
}
