import { renderToString } from 'react-dom/server';
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
