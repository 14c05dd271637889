import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { search, type SearchHit, type SearchKind } from '@core/search/engine';
import { Icon } from '../../components/Icon';
import { FinderField } from '../../components/FinderField';
import { BackLink } from '../../components/Layout';
import { UI } from '../../components/AreaParts';
import { useSearchIndex } from './useSearchIndex';

const KIND_ICON: Record<SearchKind, string> = {
  step: 'route',
  right: 'shield',
  duty: 'check',
  participation: 'people',
  work: 'work',
  letter: 'letter',
  glossary: 'book',
  help: 'help',
};

/** The words a hit's Dutch field holds, one per line: the first is the page's own term. */
function firstDutch(hit: SearchHit): string {
  return hit.dutch.split('\n')[0] ?? '';
}

function Hit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation(UI);
  const dutch = firstDutch(hit);
  // A glossary entry's title is its Dutch term already.
  const showDutch = dutch && dutch !== hit.title && hit.kind !== 'work';
  return (
    <li className="hit" data-hit={hit.id}>
      <Link href={`~${hit.route}`} className="hit__link">
        <Icon name={KIND_ICON[hit.kind]} size={28} />
        <span className="hit__body">
          <span className="hit__kind">{t(`search.kinds.${hit.kind}`)}</span>
          <span className="hit__title" lang={hit.kind === 'glossary' ? 'nl' : undefined}>
            <bdi>{hit.title}</bdi>
          </span>
          {showDutch && (
            <bdi lang="nl" className="hit__dutch nl-term">
              {dutch}
            </bdi>
          )}
        </span>
      </Link>
      {hit.snippet.length > 0 && (
        <p className="hit__snippet">
          {hit.snippet.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
        </p>
      )}
    </li>
  );
}

/** Full-text search over all content, in the current language and by the Dutch terms; results while typing. */
export function SearchPage({ initial }: { initial: string }) {
  const { t } = useTranslation([UI, 'common']);
  const index = useSearchIndex();
  const uid = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initial);
  const deferred = useDeferredValue(query);
  const typed = deferred.trim();
  const hits = typed ? search(index, typed) : [];

  // The search box is what this page is for: start there (also after a link with a query).
  useEffect(() => {
    input.current?.focus();
  }, []);

  return (
    <>
      <BackLink href="/home" label={t('common:shell.home')} />
      <h1>{t('search.title')}</h1>
      <FinderField
        label={t('search.label')}
        hint={t('search.hint')}
        wide
        controls={`${uid}-results`}
        inputRef={input}
        value={query}
        onChange={setQuery}
        count={!typed ? t('search.start') : hits.length === 0 ? t('search.none', { query: typed }) : t('search.count', { count: hits.length })}
      />
      <ol id={`${uid}-results`} className="hits" aria-label={t('search.resultsLabel')}>
        {hits.map((h) => (
          <Hit key={h.id} hit={h} />
        ))}
      </ol>
    </>
  );
}
