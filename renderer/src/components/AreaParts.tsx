import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ACTORS, type ActorId } from '@core/content/actors';
import { formatSourceRef, type SourceRef } from '@core/sources/registry';
import { PAGE_ROUTES } from '../app/paths';
import { Icon } from './Icon';
import './areas.css';

/**
 * Pieces shared by the areas rights, work, letters, glossary, help and
 * search: the UI namespace, the sources drawer, "who to ask", the search link.
 */
export const UI = 'areasUi';

/** Sources in a closed drawer: titles are Dutch and never translated. */
export function Sources({ refs }: { refs: readonly SourceRef[] }) {
  const { t } = useTranslation(UI);
  if (refs.length === 0) return null;
  // The same document can be cited for several sections; each citation once.
  const lines = [...new Set(refs.map(formatSourceRef))];
  return (
    <details className="sources">
      <summary>
        <Icon name="book" /> <span>{t('common.sources', { count: lines.length })}</span>
      </summary>
      <p className="sources__intro">{t('common.sourcesIntro')}</p>
      <ul className="sources__list">
        {lines.map((line) => (
          <li key={line} lang="nl">
            <bdi>{line}</bdi>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** An organisation's name in the person's language, with its Dutch name beside it. */
export function ActorName({ id, link = true }: { id: ActorId; link?: boolean }) {
  const { t, i18n } = useTranslation('help');
  const dutch = ACTORS[id].dutchName;
  // In Dutch the plain name and the official name say the same: show the official one only.
  const name = i18n.language === 'nl' ? null : t(`actors.${id}.name`);
  // The brackets stay outside the isolated Dutch name, so they follow the direction of the sentence.
  const official = (
    <bdi lang="nl" className="nl-term">
      {dutch}
    </bdi>
  );
  const body = name ? (
    <>
      <span>{name}</span> ({official})
    </>
  ) : (
    official
  );
  return link ? <Link href={`~${PAGE_ROUTES.help(id)}`}>{body}</Link> : body;
}

/** "Who to ask": the organisations, each linked to what it does. */
export function WhoToAsk({ actors }: { actors: readonly ActorId[] }) {
  const { t } = useTranslation(UI);
  if (actors.length === 0) return null;
  return (
    <div className="who">
      <p className="who__label">
        <Icon name="help" /> <span>{t('common.whoToAsk')}</span>
      </p>
      <ul className="who__list">
        {actors.map((id) => (
          <li key={id}>
            <ActorName id={id} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A clear way to the search page (optionally with a query already typed). */
export function SearchLink({ query, label }: { query?: string; label?: string }) {
  const { t } = useTranslation(UI);
  const href = query ? `~/search/${encodeURIComponent(query)}` : '~/search';
  return (
    <Link href={href} className="button area-search-link">
      <Icon name="search" /> <span>{label ?? (query ? t('common.searchFor', { query }) : t('common.searchAll'))}</span>
    </Link>
  );
}

/**
 * A list of items joined the way the language joins them ("a, b, c" in
 * English, "a، b و c" in Arabic), items kept as they are (e.g. <bdi> terms).
 */
export function LangList({ items }: { items: readonly ReactNode[] }) {
  const { i18n } = useTranslation();
  let parts: { type: string; value: string }[];
  try {
    const format = new Intl.ListFormat(i18n.language, { type: 'unit', style: 'short' });
    parts = format.formatToParts(items.map((_, i) => `\u0000${i}\u0000`));
  } catch {
    parts = items.flatMap((_, i) => [...(i > 0 ? [{ type: 'literal', value: ', ' }] : []), { type: 'element', value: `\u0000${i}\u0000` }]);
  }
  return (
    <>
      {parts.map((p, k) => {
        const index = /^\u0000(\d+)\u0000$/.exec(p.value)?.[1];
        return <Fragment key={k}>{p.type === 'element' && index !== undefined ? items[Number(index)] : p.value}</Fragment>;
      })}
    </>
  );
}
