import { useTranslation } from 'react-i18next';
import { useApp } from '../app/AppContext';
import { DEFAULT_LANGUAGE } from '@core/i18n/languages';
import { localeMeta } from '../i18n';

/**
 * One calm line when the current language is a translation that has not been
 * checked by a native speaker, with a way to see the Dutch (or English) text
 * beside it. English is the language the texts are written in (every other
 * catalog is translated from it, and fills its gaps from it): not a
 * translation, so no such line.
 */
export function TranslationNote() {
  const { t, i18n } = useTranslation();
  const { settings, updateSettings } = useApp();
  const meta = localeMeta(i18n, i18n.language);
  if (i18n.language === DEFAULT_LANGUAGE) return null;
  if (!meta || meta.review.status === 'reviewed') return null;
  const reference = i18n.language === 'nl' ? 'en' : 'nl';
  const showing = settings.secondLanguage === reference;
  return (
    <p className="translation-note">
      {t('shell.notReviewed')}{' '}
      <button
        type="button"
        className="linkish"
        aria-pressed={showing}
        onClick={() => void updateSettings({ secondLanguage: showing ? null : reference })}
      >
        {t(showing ? 'shell.hideReference' : reference === 'nl' ? 'shell.showDutch' : 'shell.showEnglish')}
      </button>
    </p>
  );
}
