import { Fragment, useSyncExternalStore, type ElementType, type ReactNode } from 'react';
import { useTranslation, type FallbackNs } from 'react-i18next';
import type { FlatNamespace, ParseKeys } from 'i18next';
import { Link } from 'wouter';
import { getLanguage, isLanguageCode } from '@core/i18n/languages';
import { partsToPlain, termParts, type TermPart } from '../content/terms';
import { loadTerms, subscribeTerms, termFor, termsLoaded } from '../content/termsData';
import { stringKeyT } from '../i18n/keys';
import { useReference, useSecondLanguage } from '../i18n/secondLanguage';
import { useTermDisplay, useTermNames } from '../i18n/termDisplay';

const MARKER = /\[\[([a-z0-9-]+)\]\]/g;
const HAS_MARKER = /\[\[[a-z0-9-]+\]\]/;

/**
 * The Dutch terms, for a component that shows them. An area loads them before it shows; a screen outside
 * the areas (settings) that renders before they are there renders again when they come.
 */
function useTerms(): void {
  if (!useSyncExternalStore(subscribeTerms, termsLoaded)) void loadTerms().catch(() => undefined);
}

/**
 * A Dutch official term alone: isolated with <bdi> so it reads correctly
 * inside right-to-left text, marked lang="nl" for screen readers, and linked
 * to its glossary entry. For places where Dutch alone is meant (a letter's
 * Dutch word list, glossary headwords); texts use <RichText>.
 */
export function DutchTerm({ id, link = true }: { id: string; link?: boolean }) {
  useTerms();
  const term = termFor(id);
  return (
    <bdi lang="nl" className="nl-term">
      {link ? <Link href={`~/glossary/${id}`}>{term}</Link> : term}
    </bdi>
  );
}

/**
 * A term in a text: the person's word with the Dutch term beside it,
 * "reception (opvang)". The whole is one isolated run (<bdi>), linked to the
 * glossary; the Dutch with its parentheses is its own left-to-right run in
 * Dutch (lang="nl"), so in right-to-left text the brackets stay with the term
 * and a screen reader reads the word in the page's language, the Dutch in Dutch.
 */
function Term({ part, link }: { part: Extract<TermPart, { kind: 'term' }>; link: boolean }) {
  if (part.parens) {
    // "the court (rechtbank)": the text's own parentheses go inside the Dutch run, so they never split from it.
    return (
      <bdi lang="nl" dir="ltr" className="nl-term">
        ({link ? <Link href={`~/glossary/${part.id}`}>{part.dutch}</Link> : part.dutch})
      </bdi>
    );
  }
  if (part.name === undefined) return <DutchTerm id={part.id} link={link} />;
  const dutch = part.showDutch ? (
    <>
      {' '}
      <bdi lang="nl" dir="ltr" className="nl-term nl-term--beside">
        ({part.dutch})
      </bdi>
    </>
  ) : null;
  const inner = (
    <>
      {part.name}
      {dutch}
    </>
  );
  return (
    <bdi className="term" data-term={part.id}>
      {link ? <Link href={`~/glossary/${part.id}`}>{inner}</Link> : inner}
    </bdi>
  );
}

function MarkedText({ text, links, lng }: { text: string; links: boolean; lng?: string }) {
  useTerms();
  const mode = useTermDisplay();
  const names = useTermNames(lng);
  const { i18n } = useTranslation();
  const parts = termParts(text, names, mode, lng ?? i18n?.language);
  return parts.map((p, i) => (
    <Fragment key={i}>{p.kind === 'text' ? p.text : <Term part={p} link={links} />}</Fragment>
  ));
}

/**
 * Renders a translated string, turning `[[glossary-id]]` markers into the
 * person's word with the linked Dutch term beside it (see `termParts`).
 * `lng` is the language of the text when it is not the page's (the second
 * column in support-worker mode).
 */
export function RichText({ text, links = true, lng }: { text: string; links?: boolean; lng?: string }): ReactNode {
  if (!HAS_MARKER.test(text)) return text;
  return <MarkedText text={text} links={links} lng={lng} />;
}

/** Strips the markers to the plain Dutch terms: where Dutch alone is meant (e.g. the Dutch part of a QR text). */
export function plainText(text: string): string {
  return text.replace(MARKER, (_m, id: string) => termFor(id));
}

/**
 * The plain-text twin of <RichText>, for titles, aria-labels and link texts:
 * "reception (opvang)", following the term display setting.
 */
export function usePlainText(lng?: string): (text: string) => string {
  useTerms();
  const mode = useTermDisplay();
  const names = useTermNames(lng);
  const { i18n } = useTranslation();
  return (text) => (HAS_MARKER.test(text) ? partsToPlain(termParts(text, names, mode, lng ?? i18n?.language)) : text);
}

interface TxProps<N extends FlatNamespace | undefined> {
  /** The key in `ns` (default `common`), e.g. "steps.registration.summary": checked against the English catalog. */
  k: ParseKeys<FallbackNs<N>>;
  ns?: N;
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
      <span className="ref-text__label">{lang?.nativeName}:</span> <RichText text={text} lng={lng} />
    </p>
  );
}

/**
 * One paragraph (or heading) of translated content. In support-worker mode it
 * shows the same paragraph in the second language beside it, row by row, so
 * both columns stay aligned paragraph by paragraph.
 */
export function Tx<N extends FlatNamespace | undefined = undefined>({ k, ns, as: As = 'p', className, values, id, reference = false }: TxProps<N>) {
  const { t } = useTranslation(ns);
  const second = useSecondLanguage(ns);
  const ref = useReference(ns, reference);
  const text = stringKeyT(t)(k, values ?? {});
  if (ref) {
    return (
      <div className="ref-row">
        <As className={className} id={id}>
          <RichText text={text} />
        </As>
        <ReferenceText lng={ref.lng} text={stringKeyT(ref.t)(k, values ?? {})} />
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
        <RichText text={stringKeyT(second.t)(k, values ?? {})} lng={second.lng} />
      </As>
    </div>
  );
}
