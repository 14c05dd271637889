import { DEFAULT_LANGUAGE, type LanguageCode } from '@core/i18n/languages';
import common from '../../../locales/en/common.json';
import { StartAgainView } from '../components/StartAgainView';
import { offeredLanguages, PickerView } from './PickerView';

/**
 * The language picker as a first start shows it: in English, every language offered, English current.
 * Prerendered into the page (./pickerMarkup.tsx), and at a person's first start the app's whole first
 * screen (app/start.tsx), before the rest of the app is loaded. The benchmark's picker-alone page
 * (bench/floor-picker) shows it too; there, and in the prerendered HTML, its buttons do nothing.
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

/**
 * In place of the first start's picker when the rest of the app cannot be loaded: the error boundary's
 * "start again", in English, as the picker is; starting again loads the page anew.
 */
export function FirstStartFailed() {
  return (
    <StartAgainView
      title={common.app.errorTitle}
      text={common.app.errorText}
      button={common.app.errorRestart}
      onRestart={() => window.location.reload()}
    />
  );
}
