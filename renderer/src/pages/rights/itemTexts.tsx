import { useTranslation } from 'react-i18next';
import type { ParticipationId } from '@core/content/participation';
import { rightsTextValues, type RightId } from '@core/content/rights';
import { Tx } from '../../components/Text';
import { localToday } from '../../components/dateParts';

/**
 * Where an item's texts are: a right or duty in rights.json, a way to take part
 * in participation.json, each under `items.<id>`. The id's type comes from the
 * content list in core, so a text key for an id that has none is a type error.
 */
export type ItemTexts = { ns: 'rights'; id: RightId } | { ns: 'participation'; id: ParticipationId };

/** The item's title; each kind reads its own catalog only (the work page loads participation.json, not rights.json). */
export function ItemTitle({ item }: { item: ItemTexts }) {
  return item.ns === 'rights' ? <RightTitle id={item.id} /> : <ParticipationTitle id={item.id} />;
}

function RightTitle({ id }: { id: RightId }) {
  const { t } = useTranslation('rights');
  return t(`items.${id}.title`);
}

function ParticipationTitle({ id }: { id: ParticipationId }) {
  const { t } = useTranslation('participation');
  return t(`items.${id}.title`);
}

/** The item's plain paragraph; a duty's (`reference`) also in Dutch where the language is not reviewed. */
export function ItemText({ item, className, reference }: { item: ItemTexts; className?: string; reference: boolean }) {
  return item.ns === 'rights' ? (
    <Tx k={`items.${item.id}.text`} ns="rights" className={className} values={rightsTextValues(item.id, localToday())} reference={reference} />
  ) : (
    <Tx k={`items.${item.id}.text`} ns="participation" className={className} reference={reference} />
  );
}
