import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { participationFor } from '@core/content/participation';
import { isInForce, rightsAndDutiesFor, SITUATIONS, type Situation } from '@core/content/rights';
import { useApp } from '../../app/AppContext';
import { localToday } from '../../components/dateParts';
import { Icon } from '../../components/Icon';
import { AreaHead } from '../../components/Layout';
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
      <AreaHead title={t('common:areas.rights.title')} lead={t('rights.intro')} />
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
          <ItemSection id="rights-h" icon="shield" heading={t('rights.rightsHeading')}>
            <Items none={t('rights.none')}>{rights.map((i) => <ItemCard key={i.id} item={i} ns="rights" />)}</Items>
          </ItemSection>
          <ItemSection id="duties-h" icon="check" heading={t('rights.dutiesHeading')}>
            <Items none={t('rights.none')}>{duties.map((i) => <ItemCard key={i.id} item={i} ns="rights" />)}</Items>
          </ItemSection>
          <ItemSection id="takepart-h" icon="people" heading={t('rights.takePartHeading')}>
            <p>{t('rights.takePartIntro')}</p>
            <p>
              <Link href="~/work" className="button">
                <Icon name="work" /> <span>{t('rights.canIWork')}</span>
              </Link>
            </p>
            <Items none={t('rights.noneTakePart')}>
              {takePart.map((i) => <ItemCard key={i.id} item={i} ns="participation" />)}
            </Items>
          </ItemSection>
        </div>
      )}
      <p className="area-footer-links">
        <SearchLink />
      </p>
    </>
  );
}

/** One of the page's lists (rights, duties, taking part): a titled section. */
function ItemSection({ id, icon, heading, children }: { id: string; icon: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        <Icon name={icon} /> {heading}
      </h2>
      {children}
    </section>
  );
}

/** A list's cards, or the words for none. */
function Items({ none, children }: { none: string; children: ReactNode[] }) {
  return children.length === 0 ? <p>{none}</p> : children;
}
