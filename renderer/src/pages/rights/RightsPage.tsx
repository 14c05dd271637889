import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { participationFor } from '@core/content/participation';
import { isInForce, rightsAndDutiesFor, SITUATIONS, type Situation } from '@core/content/rights';
import { useApp } from '../../app/AppContext';
import { localToday } from '../../components/dateParts';
import { Icon } from '../../components/Icon';
import { BackLink } from '../../components/Layout';
import { SituationChoice } from '../../components/SituationChoice';
import { SearchLink, UI } from '../../components/AreaParts';
import { ItemCard } from './ItemCard';
import { situationFromCase } from './situation';

const SITUATION_ICONS: Record<Situation, string> = {
  'in-procedure': 'clock',
  granted: 'id-card',
  rejected: 'decision',
  minor: 'child',
  ukraine: 'ukraine',
};

export function RightsPage() {
  const { t } = useTranslation([UI, 'common', 'rights', 'participation', 'help']);
  const { caseData } = useApp();
  const fromCase = situationFromCase(caseData);
  const [situation, setSituation] = useState<Situation | null>(fromCase);
  const today = localToday();

  const inForce = (situation ? rightsAndDutiesFor(situation) : []).filter((i) => isInForce(i, today));
  const rights = inForce.filter((i) => i.kind === 'right');
  const duties = inForce.filter((i) => i.kind === 'duty');
  const takePart = situation ? participationFor(situation) : [];

  return (
    <>
      <BackLink href="/home" label={t('common:shell.home')} />
      <h1>{t('common:areas.rights.title')}</h1>
      <p className="lead">{t('rights.intro')}</p>
      <SituationChoice
        legend={t('rights.situationQuestion')}
        options={SITUATIONS}
        value={situation}
        onChange={setSituation}
        icons={SITUATION_ICONS}
        label={(s) => t(`rights:situations.${s}`)}
      />
      {fromCase && situation === fromCase && <p className="note">{t('rights.fromCase')}</p>}

      {!situation ? (
        <p className="note note--prompt">
          <Icon name="info" /> <span>{t('rights.chooseFirst')}</span>
        </p>
      ) : (
        <div className="rights-lists" data-situation={situation}>
          <section aria-labelledby="rights-h">
            <h2 id="rights-h">
              <Icon name="shield" /> {t('rights.rightsHeading')}
            </h2>
            {rights.length === 0 ? <p>{t('rights.none')}</p> : rights.map((i) => <ItemCard key={i.id} item={i} ns="rights" />)}
          </section>
          <section aria-labelledby="duties-h">
            <h2 id="duties-h">
              <Icon name="check" /> {t('rights.dutiesHeading')}
            </h2>
            {duties.length === 0 ? <p>{t('rights.none')}</p> : duties.map((i) => <ItemCard key={i.id} item={i} ns="rights" />)}
          </section>
          <section aria-labelledby="takepart-h">
            <h2 id="takepart-h">
              <Icon name="people" /> {t('rights.takePartHeading')}
            </h2>
            <p>{t('rights.takePartIntro')}</p>
            <p>
              <Link href="~/work" className="button">
                <Icon name="work" /> <span>{t('rights.canIWork')}</span>
              </Link>
            </p>
            {takePart.length === 0 ? (
              <p>{t('rights.noneTakePart')}</p>
            ) : (
              takePart.map((i) => <ItemCard key={i.id} item={i} ns="participation" />)
            )}
          </section>
        </div>
      )}
      <p className="area-footer-links">
        <SearchLink />
      </p>
    </>
  );
}
