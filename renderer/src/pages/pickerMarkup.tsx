import { renderToString } from 'react-dom/server';
import { DEFAULT_LANGUAGE, getLanguage } from '@core/i18n/languages';
import common from '../../../locales/en/common.json';
import { offeredLanguages, PickerView } from './PickerView';

/**
 * The language picker as the app first shows it (a first start, in English, every language offered),
 * rendered to HTML when the app is built (electron.vite.config.ts puts it in index.html).
 */
export function firstStartPickerHtml(): string {
  return renderToString(
    <PickerView
      title={common.picker.title}
      hint={common.picker.hint}
      languages={offeredLanguages(undefined)}
      current="en"
      onPick={() => undefined}
    />,
  );
}

/**
 * The page's own language attributes at a first start, as the app sets them (i18n/index.ts
 * applyDocumentLanguage): in the page from the start, so taking the picker over changes nothing there.
 */
export function firstStartHtmlAttributes(): string {
  const { intl, dir, script } = getLanguage(DEFAULT_LANGUAGE);
  return `lang="${intl}" dir="${dir}" data-script="${script}"`;
}
