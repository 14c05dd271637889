import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getParticipationItem } from '@core/content/participation';
import { getRightOrDuty, type Situation } from '@core/content/rights';
import { Icon } from '../../components/Icon';
import { BackLink } from '../../components/Layout';
import { useFormatDate } from '../../components/useFormatDate';
import { Sources, UI, WhoToAsk } from '../../components/AreaParts';
import { ItemText, ItemTitle, type ItemTexts } from './itemTexts';

/** One right, duty or way to take part on its own page: where search results and links land. */
export function ItemPage({ id }: { id: string }) {
  const { t } = useTranslation([UI, 'rights', 'participation', 'help']);
  const format = useFormatDate();
  const right = getRightOrDuty(id);
  const part = right ? undefined : getParticipationItem(id);
  const back = <BackLink href="/rights" label={t('rights.allItems')} />;

  if (!right && !part) {
    return (
      <>
        {back}
        <h1>{t('common.notFoundTitle')}</h1>
        <p className="lead">{t('common.notFound')}</p>
      </>
    );
  }
  const item = (right ?? part)!;
  const texts: ItemTexts = right ? { ns: 'rights', id: right.id } : { ns: 'participation', id: part!.id };
  const situations: readonly Situation[] = right ? right.situations : (part?.phases ?? []);
  const kindLabel = right ? t(`rights.kind.${right.kind}`) : t('rights.kind.participation');

  return (
    <>
      {back}
      <article className="item item--page" data-item={item.id}>
        <p className="item__kind">
          <Icon name={item.icon} size={32} /> <span>{kindLabel}</span>
        </p>
        <h1><ItemTitle item={texts} /></h1>
        <ItemText item={texts} className="lead" reference={right?.kind === 'duty'} />
        {right?.since && <p className="item__date">{t('rights.since', { date: format(right.since) })}</p>}
        {right?.until && <p className="item__date">{t('rights.until', { date: format(right.until) })}</p>}
        <h2>{t('rights.appliesTo')}</h2>
        <ul className="applies">
          {situations.map((s) => (
            <li key={s}>{t(`rights:situations.${s}`)}</li>
          ))}
        </ul>
        <WhoToAsk actors={item.actors} />
        {part && (
          <p>
            <Link href="~/work" className="button">
              <Icon name="work" /> <span>{t('rights.canIWork')}</span>
            </Link>
          </p>
        )}
        <Sources refs={item.sources} />
      </article>
    </>
  );
}
