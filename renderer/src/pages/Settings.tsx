import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { getLanguage, isLanguageCode, LANGUAGES, type LanguageCode } from '@core/i18n/languages';
import type { Settings as SettingsData } from '@core/ipc/contract';
import { useApp } from '../app/AppContext';
import { BackLink } from '../components/Layout';
import { Icon } from '../components/Icon';
import { AVAILABLE_LANGUAGES } from '../i18n/meta';
import { formatDate, formatLocalCalendar, hasNativeDigits } from '../i18n/format';
import { TERM_DISPLAYS, TermDisplayProvider } from '../i18n/termDisplay';
import { RichText } from '../components/Text';

const SAMPLE_DATE = '2026-06-12';
/** The term each choice of the term display setting shows as its example. */
const TERM_DISPLAY_EXAMPLE = '[[opvang]]';

export function Settings() {
  const { t, i18n } = useTranslation();
  const { info, settings, updateSettings, deleteAll } = useApp();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const lng = i18n.language;
  const hasLocalCalendar = isLanguageCode(lng) && Boolean(getLanguage(lng).localCalendar);

  const toggle = (key: keyof SettingsData) => (e: React.ChangeEvent<HTMLInputElement>) =>
    void updateSettings({ [key]: e.target.checked });

  return (
    <>
      <BackLink href="/home" label={t('shell.home')} />
      <h1>{t('settings.title')}</h1>

      <section aria-labelledby="worker-h" className="card">
        <h2 id="worker-h">{t('settings.workerTitle')}</h2>
        <p>{t('settings.workerText')}</p>
        <label className="field">
          <span className="field__label">{t('settings.secondLanguage')}</span>
          <select
            className="select"
            value={settings.secondLanguage ?? ''}
            onChange={(e) =>
              void updateSettings({ secondLanguage: isLanguageCode(e.target.value) ? (e.target.value as LanguageCode) : null })
            }
          >
            <option value="">{t('settings.secondLanguageNone')}</option>
            {LANGUAGES.filter((l) => AVAILABLE_LANGUAGES.has(l.code) && l.code !== lng).map((l) => (
              <option key={l.code} value={l.code} lang={l.intl}>
                {l.nativeName} ({l.englishName})
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field term-display">
          <legend className="field__label">{t('settings.termDisplay.legend')}</legend>
          {TERM_DISPLAYS.map((mode) => (
            <label key={mode} className="check">
              <input
                type="radio"
                name="term-display"
                value={mode}
                checked={(settings.termDisplay ?? 'beside') === mode}
                onChange={() => void updateSettings({ termDisplay: mode })}
              />
              <span>
                {t(`settings.termDisplay.${mode}`)}
                {/* What it looks like, e.g. "reception (opvang)". */}
                <span className="term-display__example" aria-hidden="true">
                  <Suspense fallback={null}>
                    <TermDisplayProvider value={mode}>
                      <RichText text={TERM_DISPLAY_EXAMPLE} links={false} />
                    </TermDisplayProvider>
                  </Suspense>
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={settings.textSize === 'larger'} onChange={(e) => void updateSettings({ textSize: e.target.checked ? 'larger' : 'normal' })} />
          <span>{t('settings.present')}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={Boolean(settings.highContrast)} onChange={toggle('highContrast')} />
          <span>{t('settings.highContrast')}</span>
        </label>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void updateSettings({ textSize: 'larger' }).then(() => navigate('~/procedure'))}
        >
          <Icon name="route" /> {t('settings.startPresenting')}
        </button>
      </section>

      <section aria-labelledby="dates-h" className="card">
        <h2 id="dates-h">{t('settings.datesTitle')}</h2>
        <p>
          {t('settings.datesExample')} <bdi>{formatDate(SAMPLE_DATE, lng, { nativeDigits: settings.nativeDigits })}</bdi>
          {settings.localCalendar && hasLocalCalendar && (
            <>
              {' '}
              (<bdi>{formatLocalCalendar(SAMPLE_DATE, lng, { nativeDigits: settings.nativeDigits })}</bdi>)
            </>
          )}
        </p>
        {hasLocalCalendar && (
          <label className="check">
            <input type="checkbox" checked={Boolean(settings.localCalendar)} onChange={toggle('localCalendar')} />
            <span>{t('settings.localCalendar')}</span>
          </label>
        )}
        {hasNativeDigits(lng) && (
          <label className="check">
            <input type="checkbox" checked={Boolean(settings.nativeDigits)} onChange={toggle('nativeDigits')} />
            <span>{t('settings.nativeDigits')}</span>
          </label>
        )}
      </section>

      <section aria-labelledby="storage-h" className="card">
        <h2 id="storage-h">{t('settings.storageTitle')}</h2>
        <p>{t(`settings.storage.${info.encryption}`)}</p>
        {!confirming ? (
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            <Icon name="trash" /> {t('settings.deleteAll')}
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="confirm-h" className="confirm">
            <p id="confirm-h">{t('settings.deleteConfirm')}</p>
            <button
              type="button"
              className="button button--danger"
              autoFocus
              onClick={() => {
                void deleteAll().then(() => navigate('~/language'));
              }}
            >
              {t('settings.deleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('settings.deleteNo')}
            </button>
          </div>
        )}
      </section>
    </>
  );
}
