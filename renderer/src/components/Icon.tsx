const ICONS = import.meta.glob<string>('../../../assets/icons/*.svg', { eager: true, query: '?url', import: 'default' });

const byName: Record<string, string> = Object.fromEntries(
  Object.entries(ICONS).map(([p, url]) => [/([^/]+)\.svg$/.exec(p)?.[1] ?? p, url]),
);

/**
 * Prepares every icon while the page is idle (the prefetch calls it after the first screen). A mask
 * image that is an SVG becomes a small SVG document of its own the first time a style uses it, and a
 * screen with many new icons (the procedure map) spent most of its first visit on that. A hidden holder
 * that uses each icon once does it ahead of time and keeps them ready for as long as the page lives.
 */
export function warmIcons(): void {
  if (document.getElementById('icon-warmup')) return;
  const holder = document.createElement('div');
  holder.id = 'icon-warmup';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;inset-inline-start:-10px;inset-block-start:-10px;inline-size:1px;block-size:1px;overflow:hidden;pointer-events:none';
  for (const url of Object.values(byName)) {
    const icon = document.createElement('span');
    icon.className = 'icon';
    icon.style.maskImage = `url("${url}")`;
    holder.append(icon);
  }
  document.body.append(holder);
}

/** Icons that point somewhere: mirrored in right-to-left languages. */
const DIRECTIONAL = new Set(['arrow-back', 'arrow-forward', 'route', 'departure']);

/**
 * A decorative icon drawn in the current text colour (so high contrast and
 * dark themes just work). Meaning always comes from the text beside it.
 */
export function Icon({ name, size = 24 }: { name: string; size?: number }) {
  const url = byName[name] ?? byName.info;
  return (
    <span
      aria-hidden="true"
      className={DIRECTIONAL.has(name) ? 'icon icon--mirror' : 'icon'}
      style={{ maskImage: `url("${url}")`, inlineSize: size, blockSize: size }}
    />
  );
}
