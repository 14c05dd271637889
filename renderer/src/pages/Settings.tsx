import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApp } from '../app/AppContext';
import { BackLink } from '../components/Layout';
import { Icon } from '../components/Icon';

export function Settings() {
  const { t } = useTranslation();
  const { info, deleteAll } = useApp();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);

  return (
    <>
      <BackLink href="/home" label={t('shell.home')} />
      <h1>{t('settings.title')}</h1>
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
                void deleteAll().then(() => navigate('/language'));
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
