const ICONS = import.meta.glob<string>('../../../assets/icons/*.svg', { eager: true, query: '?url', import: 'default' });

const byName: Record<string, string> = Object.fromEntries(
  Object.entries(ICONS).map(([p, url]) => [/([^/]+)\.svg$/.exec(p)?.[1] ?? p, url]),
);

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
