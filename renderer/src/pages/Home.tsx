import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { HOME_AREAS } from '../app/routes';
import { Icon } from '../components/Icon';

export function Home() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="tiles" role="list">
        {HOME_AREAS.map((a) => (
          <li key={a.id}>
            <Link href={a.path} className="tile">
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
