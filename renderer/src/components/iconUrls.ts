/**
 * Every icon's URL (small SVGs, inlined by Vite as data URLs), by name. A chunk of its own: the main
 * chunk holds only the icons of the first screens (components/Icon.tsx), and this loads with the first
 * area (and in the prefetch after the first screen).
 */
const ICONS = import.meta.glob<string>('../../../assets/icons/*.svg', { eager: true, query: '?url', import: 'default' });

export const ICON_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(ICONS).map(([p, url]) => [/([^/]+)\.svg$/.exec(p)?.[1] ?? p, url]),
);
