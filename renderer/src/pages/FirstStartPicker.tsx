import { DEFAULT_LANGUAGE, type LanguageCode } from '@core/i18n/languages';
import common from '../../../locales/en/common.json';
import { offeredLanguages, PickerView } from './PickerView';

/**
 * The language picker as a first start shows it: in English, every language offered, English current.
 * Prerendered into the page (./pickerMarkup.tsx); at a person's first start the app's whole first screen,
 * working before React and the rest of the app are loaded (app/pickerAlone.ts), which React then takes
 * over (app/mount.tsx `hydratePicker`). The benchmark's picker-alone page (bench/floor-picker) shows it
 * too; there its buttons do nothing.
 */
export function FirstStartPicker({ onPick = () => undefined }: { onPick?: (code: LanguageCode) => void }) {
  return (
    <PickerView
      title={common.picker.title}
      hint={common.picker.hint}
      languages={offeredLanguages(undefined)}
      current={DEFAULT_LANGUAGE}
      onPick={onPick}
    />
  );
}
