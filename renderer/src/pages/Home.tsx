import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApp } from '../app/AppContext';
import { HOME_AREAS } from '../app/routes';
import { Icon } from '../components/Icon';

// Issue 15: the next deadline within 14 days, on the person's own computer only (its own chunk).
const HomeReminder = lazy(() => import('./nareis/HomeReminder'));

export function Home() {
  const { t } = useTranslation();
  const { info, caseData } = useApp();
  return (
    <>
      <h1>{t('home.title')}</h1>
      {caseData && info.mode !== 'kiosk' && (
        <Suspense fallback={null}>
          <HomeReminder />
        </Suspense>
      )}
      <p className="lead">{t('home.intro')}</p>
      <ul className="tiles" role="list">
        {HOME_AREAS.map((a) => (
          <li key={a.id}>
            <Link href={a.path} className="box tile">
              <Icon name={a.icon} size={40} />
              <span className="tile__title">{t(`areas.${a.id}.title`)}</span>
              <span className="tile__text">{t(`areas.${a.id}.text`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
