import { useSyncExternalStore } from 'react';
import { loadOnce } from '../app/loadOnce';

/**
 * The icons of the first screens (the frame of every page, the home tiles), inlined in the rest of the
 * app (app/mount.tsx and what it imports; the language picker's globe comes from the stylesheet).
 * `loadAllIcons` below adds the rest: every area (settings is one) loads it with its
 * code (app/App.tsx), so an area's icons are there when it first shows; an icon on screen before then
 * (a notice's, the kiosk's "finish") shows as soon as it is there.
 */
const FIRST_SCREEN = import.meta.glob<string>(
  '../../../assets/icons/{globe,info,warning,route,home,search,settings,clock,shield,work,letter,help,book}.svg',
  { eager: true, query: '?url', import: 'default' },
);

let byName: Record<string, string> = Object.fromEntries(
  Object.entries(FIRST_SCREEN).map(([p, url]) => [/([^/]+)\.svg$/.exec(p)?.[1] ?? p, url]),
);
const allIcons = loadOnce(async () => {
  const { ICON_URLS } = await import('./iconUrls');
  byName = { ...ICON_URLS, ...byName };
});

/** Loads the icons that are not inlined (once); icons on screen meanwhile show when it is there. */
export const loadAllIcons = allIcons.load;

/** Every icon's URL by name: all of them once `loadAllIcons` is done (the prefetch's `warmIcons` reads it). */
export const iconUrls = (): readonly string[] => Object.values(byName);

/** Icons that point somewhere: mirrored in right-to-left languages. */
const DIRECTIONAL = new Set(['arrow-back', 'arrow-forward', 'route', 'departure']);

/**
 * A decorative icon drawn in the current text colour (so high contrast and
 * dark themes just work). Meaning always comes from the text beside it.
 */
export function Icon({ name, size = 24 }: { name: string; size?: number }) {
  // An unknown name shows the info icon once all are there (until then it may be one still loading).
  const url = useSyncExternalStore(allIcons.subscribe, () => byName[name] ?? (allIcons.loaded() ? byName.info : undefined));
  if (url === undefined) void loadAllIcons().catch(() => undefined);
  return (
    <span
      aria-hidden="true"
      className={DIRECTIONAL.has(name) ? 'icon icon--mirror' : 'icon'}
      style={{ maskImage: url ? `url("${url}")` : undefined, inlineSize: size, blockSize: size }}
    />
  );
}
