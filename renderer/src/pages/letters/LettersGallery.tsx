import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findLetters } from '@core/content/letters';
import { Icon } from '../../components/Icon';
import { FinderField } from '../../components/FinderField';
import { AreaHead } from '../../components/Layout';
import { ActorName, SearchLink, UI } from '../../components/AreaParts';
import { useProgressive } from '../../components/useProgressive';

/** The gallery: letters found by the Dutch words printed on them. */
export function LettersGallery() {
  const { t } = useTranslation([UI, 'letters', 'common', 'help', 'reader']);
  const [query, setQuery] = useState('');
  const letters = findLetters(query);
  const typed = query.trim();
  // The first three rows (nine cards) render with the screen, the rest in idle time right after: the
  // fourth row begins about 1250 px down the page, below the fold of a 1080-pixel-high screen.
  const { count } = useProgressive(letters.length, 9);

  return (
    <>
      <AreaHead title={t('common:areas.letters.title')} lead={t('letters.intro')} />
      <p>
        <Link href="/read" className="button button--primary">
          <Icon name="search" /> <span>{t('reader:open')}</span>
        </Link>
      </p>

      <FinderField
        label={t('letters.findLabel')}
        hint={t('letters.findHint')}
        lang="nl"
        value={query}
        onChange={setQuery}
        count={typed ? t('letters.count', { count: letters.length }) : t('letters.all', { count: letters.length })}
      />

      {letters.length === 0 ? (
        <div className="card">
          <p>{t('letters.noneFound', { query: typed })}</p>
          <SearchLink query={typed} />
        </div>
      ) : (
        <ul className="letter-list" role="list">
          {letters.slice(0, count).map((l) => (
            <li key={l.id}>
              <Link href={`/${l.id}`} className="box letter-card">
                <Icon name={l.icon} size={36} />
                <span className="letter-card__body">
                  <bdi lang="nl" className="letter-card__nl">
                    {l.dutchTitle}
                  </bdi>
                  <span className="letter-card__plain">{t(`letters:items.${l.id}.title`)}</span>
                  <span className="letter-card__from">
                    {t('letters.from')} <ActorName id={l.from} link={false} />
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="area-footer-links">
        <SearchLink />
      </p>
    </>
  );
}
