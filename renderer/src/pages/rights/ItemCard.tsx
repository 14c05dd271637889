import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ActorId } from '@core/content/actors';
import { rightsTextValues } from '@core/content/rights';
import type { SourceRef } from '@core/sources/registry';
import { Icon } from '../../components/Icon';
import { Tx } from '../../components/Text';
import { localToday } from '../../components/dateParts';
import { useFormatDate } from '../../components/useFormatDate';
import { Sources, UI, WhoToAsk } from '../../components/AreaParts';

export interface CardItem {
  id: string;
  icon: string;
  actors: readonly ActorId[];
  sources: readonly SourceRef[];
  since?: string;
  until?: string;
  /** A duty: in a language that is not reviewed its text also shows in Dutch. */
  kind?: 'right' | 'duty';
}

/**
 * One right, duty or way to take part: its icon, title, one plain paragraph,
 * who to ask and the sources. `ns` is the catalog with `items.<id>`.
 */
export function ItemCard({
  item,
  ns,
  level = 3,
  children,
}: {
  item: CardItem;
  ns: 'rights' | 'participation';
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const { t } = useTranslation([UI, ns]);
  const format = useFormatDate();
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="card item" aria-labelledby={headingId} data-item={item.id}>
      <div className="item__head">
        <Icon name={item.icon} size={32} />
        <Heading id={headingId} className="item__title">
          <Link href={`~/rights/${item.id}`}>{t(`${ns}:items.${item.id}.title`)}</Link>
        </Heading>
      </div>
      <Tx k={`items.${item.id}.text`} ns={ns} values={ns === 'rights' ? rightsTextValues(item.id, localToday()) : undefined} reference={item.kind === 'duty'} />
      {item.since && <p className="item__date">{t('rights.since', { date: format(item.since) })}</p>}
      {item.until && <p className="item__date">{t('rights.until', { date: format(item.until) })}</p>}
      <WhoToAsk actors={item.actors} />
      {children}
      <Sources refs={item.sources} />
    </article>
  );
}
