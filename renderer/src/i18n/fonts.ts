import type { Script } from '@core/i18n/languages';

/**
 * Fonts ship with the app (from @fontsource on npm) and load per script,
 * only when a language needs them. Latin is always loaded: Dutch official
 * terms appear in every language.
 */
const LOADERS: Record<Script, () => Promise<unknown>[]> = {
  latin: () => [
    import('@fontsource/noto-sans/latin-400.css'),
    import('@fontsource/noto-sans/latin-700.css'),
    import('@fontsource/noto-sans/latin-ext-400.css'),
    import('@fontsource/noto-sans/latin-ext-700.css'),
  ],
  cyrillic: () => [import('@fontsource/noto-sans/cyrillic-400.css'), import('@fontsource/noto-sans/cyrillic-700.css')],
  arabic: () => [
    import('@fontsource/noto-sans-arabic/arabic-400.css'),
    import('@fontsource/noto-sans-arabic/arabic-700.css'),
  ],
  ethiopic: () => [
    import('@fontsource/noto-sans-ethiopic/ethiopic-400.css'),
    import('@fontsource/noto-sans-ethiopic/ethiopic-700.css'),
  ],
};

/** Each script's fonts, loading or loaded (once: the picker and the app's language may both ask). */
const loading: Partial<Record<Script, Promise<unknown>>> = {};

export async function loadFonts(script: Script): Promise<void> {
  const wanted: Script[] = script === 'latin' ? ['latin'] : ['latin', script];
  const load = (s: Script) =>
    Promise.all(LOADERS[s]()).catch((error: unknown) => {
      delete loading[s]; // asked again next time (a stylesheet that failed may not load then either)
      throw error;
    });
  await Promise.all(wanted.map((s) => (loading[s] ??= load(s))));
}
