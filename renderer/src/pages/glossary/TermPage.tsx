import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getGlossaryTerm } from '@core/content/glossary';
import { LETTERS } from '@core/content/letters';
import { Icon } from '../../components/Icon';
import { BackLink } from '../../components/Layout';
import { DutchTerm, Tx } from '../../components/Text';
import { SearchLink, Sources, UI } from '../../components/AreaParts';
import { Abbreviation, ShortFor } from './TermName';

/** One term on its own page: where `[[id]]` links and `#/glossary/<id>` deep links land. */
export function TermPage({ id }: { id: string }) {
  const { t } = useTranslation([UI, 'glossary', 'letters']);
  const term = getGlossaryTerm(id);
  const back = <BackLink href="/glossary" label={t('glossary.allTerms')} />;
  if (!term) {
    return (
      <>
        {back}
        <h1>{t('glossary.unknownTitle')}</h1>
        <p className="lead">{t('glossary.unknown')}</p>
        <SearchLink query={id.replace(/-/g, ' ')} />
      </>
    );
  }
  const letters = LETTERS.filter((l) => l.glossary.includes(term.id));

  return (
    <>
      {back}
      <article className="gloss-term" data-term={term.id}>
        <p className="gloss-term__label">{t('glossary.dutchWord')}</p>
        <h1>
          <bdi lang="nl">{term.term}</bdi>
          <Abbreviation term={term} />
        </h1>
        <ShortFor term={term} />
        <h2>{t('glossary.meaning')}</h2>
        <Tx k={`terms.${term.id}.meaning`} ns="glossary" className="lead" />

        {term.related && term.related.length > 0 && (
          <>
            <h2>{t('glossary.relatedHeading')}</h2>
            <ul className="link-list">
              {term.related.map((r) => (
                <li key={r}>
                  <DutchTerm id={r} />
                </li>
              ))}
            </ul>
          </>
        )}
        {letters.length > 0 && (
          <>
            <h2>{t('glossary.onLetters')}</h2>
            <ul className="link-list">
              {letters.map((l) => (
                <li key={l.id}>
                  <Link href={`~/letters/${l.id}`}>
                    <Icon name="letter" /> <bdi lang="nl">{l.dutchTitle}</bdi>
                  </Link>{' '}
                  <span className="muted">{t(`letters:items.${l.id}.title`)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <SearchLink query={term.term} label={t('glossary.searchThis')} />
        </p>
        <Sources refs={term.sources ?? []} />
      </article>
    </>
  );
}
