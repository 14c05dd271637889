import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ActorId } from '@core/content/actors';
import type { ParticipationId } from '@core/content/participation';
import type { RightId } from '@core/content/rights';
import type { SourceRef } from '@core/sources/registry';
import { Icon } from '../../components/Icon';
import { useFormatDate } from '../../components/useFormatDate';
import { Sources, UI, WhoToAsk } from '../../components/AreaParts';
import { ItemText, ItemTitle, type ItemTexts } from './itemTexts';

export interface CardItem<Id extends string = string> {
  id: Id;
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
export function ItemCard(
  props: ({ ns: 'rights'; item: CardItem<RightId> } | { ns: 'participation'; item: CardItem<ParticipationId> }) & {
    level?: 2 | 3;
    children?: ReactNode;
  },
) {
  const { item, level = 3, children } = props;
  const texts: ItemTexts = props.ns === 'rights' ? { ns: 'rights', id: props.item.id } : { ns: 'participation', id: props.item.id };
  const { t } = useTranslation(UI);
  const format = useFormatDate();
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="card item" aria-labelledby={headingId} data-item={item.id}>
      <div className="item__head">
        <Icon name={item.icon} size={32} />
        <Heading id={headingId} className="item__title">
          <Link href={`~/rights/${item.id}`}><ItemTitle item={texts} /></Link>
        </Heading>
      </div>
      <ItemText item={texts} reference={item.kind === 'duty'} />
      {item.since && <p className="item__date">{t('rights.since', { date: format(item.since) })}</p>}
      {item.until && <p className="item__date">{t('rights.until', { date: format(item.until) })}</p>}
      <WhoToAsk actors={item.actors} />
      {children}
      <Sources refs={item.sources} />
    </article>
  );
}
