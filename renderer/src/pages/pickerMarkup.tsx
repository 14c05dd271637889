import { renderToString } from 'react-dom/server';
import { DEFAULT_LANGUAGE, getLanguage } from '@core/i18n/languages';
import { FirstStartPicker } from './FirstStartPicker';

/**
 * Used when the app is built, never shipped: the first start's picker as HTML (electron.vite.config.ts
 * puts it in index.html).
 */
export function firstStartPickerHtml(): string {
  return renderToString(<FirstStartPicker />);
}

/**
 * The page's own language attributes at a first start, as the app sets them (i18n/index.ts
 * applyDocumentLanguage): in the page from the start, so taking the picker over changes nothing there.
 */
export function firstStartHtmlAttributes(): string {
  const { intl, dir, script } = getLanguage(DEFAULT_LANGUAGE);
  return `lang="${intl}" dir="${dir}" data-script="${script}"`;
}
