import { Fragment, type ElementType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getLanguage, isLanguageCode } from '@core/i18n/languages';
import { termFor } from '../content/terms';
import { useReference, useSecondLanguage } from '../i18n/secondLanguage';

const MARKER = /\[\[([a-z0-9-]+)\]\]/g;

/**
 * A Dutch official term inside any text: isolated with <bdi> so it reads
 * correctly inside right-to-left text, marked lang="nl" for screen readers,
 * and linked to its glossary entry.
 */
export function DutchTerm({ id, link = true }: { id: string; link?: boolean }) {
  const term = termFor(id);
  return (
    <bdi lang="nl" className="nl-term">
      {link ? <Link href={`~/glossary/${id}`}>{term}</Link> : term}
    </bdi>
  );
}

/** Renders a translated string, turning `[[glossary-id]]` markers into linked Dutch terms. */
export function RichText({ text, links = true }: { text: string; links?: boolean }): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push(<DutchTerm key={index} id={match[1] ?? ''} link={links} />);
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts.map((p, i) => <Fragment key={i}>{p}</Fragment>);
}

/** Strips the markers to the plain Dutch terms: for titles, aria-labels and search. */
export function plainText(text: string): string {
  return text.replace(MARKER, (_m, id: string) => termFor(id));
}

interface TxProps {
  /** The key, e.g. "steps.registration.summary". */
  k: string;
  ns?: string;
  as?: ElementType;
  className?: string;
  values?: Record<string, unknown>;
  id?: string;
  /**
   * A legal deadline or a "what you must do" sentence: in a language that is
   * not reviewed it also shows the Dutch (or English) sentence beside it.
   */
  reference?: boolean;
}

/** The reference sentence under a safety-critical text, named by its language so a support worker sees what it is. */
function ReferenceText({ lng, text }: { lng: string; text: string }) {
  const lang = isLanguageCode(lng) ? getLanguage(lng) : null;
  return (
    <p className="ref-text" lang={lang?.intl} dir={lang?.dir} data-reference={lng}>
      <span className="ref-text__label">{lang?.nativeName}:</span> <RichText text={text} />
    </p>
  );
}

/**
 * One paragraph (or heading) of translated content. In support-worker mode it
 * shows the same paragraph in the second language beside it, row by row, so
 * both columns stay aligned paragraph by paragraph.
 */
export function Tx({ k, ns, as: As = 'p', className, values, id, reference = false }: TxProps) {
  const { t } = useTranslation(ns);
  const second = useSecondLanguage(ns);
  const ref = useReference(ns, reference);
  const text = t(k, values ?? {}) as string;
  if (ref) {
    return (
      <div className="ref-row">
        <As className={className} id={id}>
          <RichText text={text} />
        </As>
        <ReferenceText lng={ref.lng} text={ref.t(k, values ?? {}) as string} />
      </div>
    );
  }
  if (!second) {
    return (
      <As className={className} id={id}>
        <RichText text={text} />
      </As>
    );
  }
  const lang = isLanguageCode(second.lng) ? getLanguage(second.lng) : null;
  return (
    <div className="bi-row">
      <As className={className} id={id}>
        <RichText text={text} />
      </As>
      <As className={`${className ?? ''} bi-row__second`} lang={lang?.intl} dir={lang?.dir}>
        <RichText text={second.t(k, values ?? {}) as string} />
      </As>
    </div>
  );
}
