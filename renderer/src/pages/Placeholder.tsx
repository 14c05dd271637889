import { useTranslation } from 'react-i18next';
import type { AreaId } from '../app/routes';
import { BackLink } from '../components/Layout';

/** An area whose content has not landed yet: says so plainly. */
export function Placeholder({ area }: { area: AreaId }) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink href="/home" label={t('shell.home')} />
      <h1>{t(`areas.${area}.title`)}</h1>
      <p className="lead">{t(`areas.${area}.text`)}</p>
      <p>{t('shell.comingSoon')}</p>
    </>
  );
}
