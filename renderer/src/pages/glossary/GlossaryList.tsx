import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { GLOSSARY, searchGlossary, type GlossaryTerm } from '@core/content/glossary';
import { FinderField } from '../../components/FinderField';
import { AreaHead } from '../../components/Layout';
import { DutchTerm, plainText, Tx } from '../../components/Text';
import { LangList, SearchLink, UI } from '../../components/AreaParts';
import { fold, groupTerms } from './groups';
import { Abbreviation, ShortFor } from './TermName';
import { useProgressive } from '../../components/useProgressive';

/** One entry of the list: the Dutch term (a link to its own page), its meaning, related terms. */
const Entry = memo(function Entry({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation(UI);
  return (
    <li className="gloss-entry" data-term={term.id}>
      <h3 className="gloss-entry__term">
        <Link href={`/${term.id}`} className="target-link">
          <bdi lang="nl">{term.term}</bdi>
        </Link>
        <Abbreviation term={term} />
      </h3>
      <ShortFor term={term} />
      <Tx k={`terms.${term.id}.meaning`} ns="glossary" />
      {term.related && term.related.length > 0 && (
        <p className="gloss-entry__related">
          {t('glossary.related')}{' '}
          <LangList items={term.related.map((r) => <DutchTerm key={r} id={r} />)} />
        </p>
      )}
    </li>
  );
});

/** All terms A–Z with a filter box: by the Dutch term or abbreviation, and by the meaning in the person's language. */
export function GlossaryList() {
  const { t } = useTranslation([UI, 'glossary', 'common']);
  const uid = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);

  const shown = useMemo(() => {
    const q = fold(deferred.trim());
    if (!q) return GLOSSARY;
    const byTerm = new Set(searchGlossary(deferred).map((g) => g.id));
    return GLOSSARY.filter((g) => byTerm.has(g.id) || fold(plainText(t(`glossary:terms.${g.id}.meaning`))).includes(q));
  }, [deferred, t]);
  const groups = useMemo(() => groupTerms(shown), [shown]);
  // ~300 entries: the first ones render with the screen, the rest just after, in idle time.
  const { count, showAll } = useProgressive(shown.length);
  let before = 0; // entries in the groups above the one rendering

  function jump(initial: string) {
    showAll();
    requestAnimationFrame(() => {
      const heading = document.getElementById(`${uid}-${initial}`);
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    });
  }

  return (
    <>
      <AreaHead title={t('glossary.title')} lead={t('glossary.intro')} />

      <FinderField
        label={t('glossary.filterLabel')}
        hint={t('glossary.filterHint')}
        value={query}
        onChange={setQuery}
        count={t('glossary.count', { count: shown.length })}
      />
      <p>
        <SearchLink />
      </p>

      {groups.length > 1 && (
        <nav className="az" aria-label={t('glossary.azLabel')}>
          <ul role="list">
            {groups.map((g) => (
              <li key={g.initial}>
                <button type="button" className="az__button" onClick={() => jump(g.initial)}>
                  {g.initial}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {groups.length === 0 ? (
        <div className="card">
          <p>{t('glossary.noneFound', { query: query.trim() })}</p>
          <SearchLink query={query.trim()} />
        </div>
      ) : (
        groups.map((g) => {
          const from = before;
          before += g.terms.length;
          if (from >= count) return null;
          return (
            <section key={g.initial} className="gloss-group" aria-labelledby={`${uid}-${g.initial}`}>
              <h2 id={`${uid}-${g.initial}`} className="gloss-group__letter" tabIndex={-1}>
                {g.initial}
              </h2>
              <ul className="gloss-list" role="list">
                {g.terms.slice(0, count - from).map((term) => (
                  <Entry key={term.id} term={term} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}
