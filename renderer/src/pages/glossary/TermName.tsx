import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '@core/content/glossary';
import { UI } from '../../components/AreaParts';

/** The abbreviation after a Dutch term, as in "Immigratie- en Naturalisatiedienst (IND)". */
export function Abbreviation({ term }: { term: GlossaryTerm }) {
  if (!term.abbreviation) return null;
  return (
    <span className="gloss-entry__abbr">
      {' '}
      (<bdi lang="nl">{term.abbreviation}</bdi>)
    </span>
  );
}

/** For an abbreviation: what it is short for. */
export function ShortFor({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation(UI);
  if (!term.abbreviationOf) return null;
  return (
    <p className="gloss-entry__full">
      {t('glossary.shortFor')} <bdi lang="nl">{term.abbreviationOf}</bdi>
    </p>
  );
}
