import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { LANGUAGES, type LanguageCode, type Script } from '@core/i18n/languages';
import { Icon } from '../components/Icon';
import { useApp } from '../app/AppContext';
import { AVAILABLE_LANGUAGES, metaOf } from '../i18n';
import { isDraft } from '@core/i18n/confidence';
import { placeToReturnTo } from '../app/lastPlace';
import { useEffect } from 'react';
import { afterFirstScreen } from '../app/firstScreen';

/**
 * The first screen. Each language is named in its own script, so a person who
 * cannot read the Latin script still finds theirs.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const { chooseLanguage, info } = useApp();
  const [, navigate] = useLocation();
  const offered = LANGUAGES.filter(
    (l) => AVAILABLE_LANGUAGES.has(l.code) && (!info.kiosk || info.kiosk.languages.includes(l.code)),
  );

  // Every language's name is drawn in its own script: load those fonts (they are local and small), once the
  // picker is on screen: until they are there, the names show in a system font.
  const scripts = [...new Set(offered.map((l) => l.script))].join(' ');
  useEffect(() => {
    afterFirstScreen(() => {
      // The fonts' loaders are a chunk of their own (i18n/fonts.ts): not needed for the first paint.
      void import('../i18n/fonts').then(({ loadFonts }) => {
        for (const script of scripts.split(' ')) void loadFonts(script as Script).catch(() => undefined);
      });
    });
  }, [scripts]);

  async function pick(code: LanguageCode) {
    await chooseLanguage(code);
    // Back to where the person was: switching language keeps their place.
    navigate(placeToReturnTo());
  }

  return (
    <main className="picker" id="main" tabIndex={-1}>
      <div className="picker__head">
        <Icon name="globe" size={48} />
        <h1>{t('picker.title')}</h1>
        <p className="picker__hint">{t('picker.hint')}</p>
      </div>
      <ul className="picker__grid" role="list">
        {offered.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              className="box picker__button"
              lang={l.intl}
              dir={l.dir}
              data-script={l.script}
              aria-current={i18n.language === l.code ? 'true' : undefined}
              onClick={() => void pick(l.code)}
            >
              <span className="picker__native">{l.nativeName}</span>
              <span className="picker__english" lang="en" dir="ltr">
                {l.englishName}
              </span>
              {l.code !== 'en' && isDraft(metaOf(l.code)?.confidence) && (
                // A machine translation nobody has vouched for: said in the language itself, and in English.
                <span className="picker__draft">
                  {metaOf(l.code)?.draftLabel} · <span lang="en">{metaOf('en')?.draftLabel}</span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
