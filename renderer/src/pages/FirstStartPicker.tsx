import { DEFAULT_LANGUAGE } from '@core/i18n/languages';
import common from '../../../locales/en/common.json';
import { offeredLanguages, PickerView } from './PickerView';

/**
 * The language picker as a first start shows it: in English, every language offered, English current.
 * Prerendered into the page (./pickerMarkup.tsx); the benchmark's picker-alone page (bench/floor-picker)
 * shows it too. Its buttons do nothing here: the app's own picker (./LanguagePicker.tsx) takes it over.
 */
export function FirstStartPicker() {
  return (
    <PickerView
      title={common.picker.title}
      hint={common.picker.hint}
      languages={offeredLanguages(undefined)}
      current={DEFAULT_LANGUAGE}
      onPick={() => undefined}
    />
  );
}
