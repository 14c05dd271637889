/** A catalog as it is stored (locales/<lng>/<ns>.json): nested objects with texts at the leaves. */
export type CatalogTree = { [key: string]: string | CatalogTree };

/**
 * Every text of one namespace's catalog under its full key, "ns:a.b.c" (the
 * form i18next and the review records use), added to `out`.
 */
export function flattenCatalog(tree: CatalogTree, ns: string, out: Map<string, string> = new Map()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = `${ns}.${k}`;
    if (typeof v === 'string') out.set(key.replace(/^([^.]+)\./, '$1:'), v);
    else flattenCatalog(v, key, out);
  }
  return out;
}
