import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApp } from '../app/AppContext';
import { DEFAULT_LANGUAGE } from '@core/i18n/languages';
import { localeMeta } from '../i18n';
import { usePageReview } from '../i18n/usePageReview';

/**
 * One calm line when the current language is a translation that has not been
 * checked by a native speaker, with a way to see the Dutch (or English) text
 * beside it. English is the language the texts are written in: not a
 * translation, so no such line. Where a translator has reviewed texts
 * (`npm run i18n:import`), the line tells how many of this page's texts were
 * checked against the English they show now.
 */
export function TranslationNote() {
  const { t, i18n } = useTranslation();
  const { settings, updateSettings } = useApp();
  const [location] = useLocation();
  const meta = localeMeta(i18n, i18n.language);
  const page = usePageReview(meta?.reviews, location);
  if (i18n.language === DEFAULT_LANGUAGE) return null;
  if (!meta || meta.review.status === 'reviewed' || meta.confidence === 'reviewed') return null;
  const reference = i18n.language === 'nl' ? 'en' : 'nl';
  const showing = settings.secondLanguage === reference;
  let line = t('shell.notReviewed');
  if (page && page.total > 0 && page.checked >= page.total) line = t('shell.pageReviewed');
  else if (page && page.checked > 0) line = t('shell.pagePartlyReviewed', { checked: page.checked, total: page.total });
  return (
    <p className="translation-note" data-checked={page?.checked ?? 0}>
      {line}{' '}
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
