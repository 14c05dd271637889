import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LanguageCode } from '@core/i18n/languages';
import { useApp } from '../app/AppContext';
import { placeToReturnTo } from '../app/lastPlace';
import { offeredLanguages, PickerView } from './PickerView';

/** The language picker inside the app (#/ at a first start, #/language): choosing returns to where the person was. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const { chooseLanguage, info } = useApp();
  const [, navigate] = useLocation();

  async function pick(code: LanguageCode) {
    // Back to where the person was, in the new language: switching language keeps their place.
    await chooseLanguage(code, () => navigate(placeToReturnTo())).catch((error: unknown) => {
      // A choice that could not be saved: the app is in the new language all the same.
      console.error('[renderer] the language could not be saved:', error);
    });
  }

  return (
    <PickerView
      title={t('picker.title')}
      hint={t('picker.hint')}
      languages={offeredLanguages(info.kiosk)}
      current={i18n.language}
      onPick={(code) => void pick(code)}
    />
  );
}
