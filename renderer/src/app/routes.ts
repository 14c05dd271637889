import type { ComponentType } from 'react';
import type { FlatNamespace } from 'i18next';

/**
 * The app's areas: one row each, the one place to add a page area. A row gives
 *  - `path`: where it lives (its own routes are nested under it),
 *  - `load`: its code, a chunk of its own loaded when the area first opens (App.tsx),
 *  - `namespaces`: the catalogs (locales/<lng>/<ns>.json) it reads, loaded with the chunk (all of them,
 *    also those its pages share with other areas: one it lacks makes its first visit wait twice),
 *  - `icon`: a home tile with the label keys common.json → areas.<id>.{title,text}; none for an area
 *    reached from elsewhere (the search is in the top navigation).
 * The pages inside the areas that other areas link to are in ./paths.ts.
 */
export interface Area {
  id: string;
  path: `/${string}`;
  load: () => Promise<ComponentType>;
  namespaces: readonly FlatNamespace[];
  icon?: string;
}

export const AREAS = [
  {
    id: 'procedure',
    path: '/procedure',
    icon: 'route',
    load: () => import('../pages/procedure').then((m) => m.ProcedureRoutes),
    namespaces: ['procedureUi', 'procedure', 'help', 'nareis'],
  },
  { id: 'timeline', path: '/timeline', icon: 'clock', load: () => import('../pages/timeline').then((m) => m.TimelineRoutes), namespaces: ['timeline'] },
  { id: 'rights', path: '/rights', icon: 'shield', load: () => import('../pages/rights').then((m) => m.RightsRoutes), namespaces: ['areasUi', 'rights', 'participation', 'help'] },
  { id: 'work', path: '/work', icon: 'work', load: () => import('../pages/work').then((m) => m.WorkRoutes), namespaces: ['areasUi', 'work', 'participation', 'help'] },
  { id: 'letters', path: '/letters', icon: 'letter', load: () => import('../pages/letters').then((m) => m.LettersRoutes), namespaces: ['areasUi', 'letters', 'help', 'reader'] },
  { id: 'help', path: '/help', icon: 'help', load: () => import('../pages/help').then((m) => m.HelpRoutes), namespaces: ['areasUi', 'help'] },
  { id: 'glossary', path: '/glossary', icon: 'book', load: () => import('../pages/glossary').then((m) => m.GlossaryRoutes), namespaces: ['areasUi', 'glossary'] },
  // The family reunification guide: reached from the nareis step, no home tile.
  { id: 'nareis', path: '/nareis', load: () => import('../pages/nareis').then((m) => m.NareisRoutes), namespaces: ['nareis', 'timeline', 'procedure'] },
  { id: 'search', path: '/search', load: () => import('../pages/search').then((m) => m.SearchRoutes), namespaces: ['areasUi'] },
  // The settings (reached from the top navigation): only the `common` catalog, which is always there.
  { id: 'settings', path: '/settings', load: () => import('../pages/Settings').then((m) => m.Settings), namespaces: [] },
] as const satisfies readonly Area[];

/** The areas with a tile on the home page, in the table's order. */
export const HOME_AREAS = AREAS.filter((a): a is Extract<(typeof AREAS)[number], { icon: string }> => 'icon' in a);
