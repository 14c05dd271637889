import { readFileSync } from 'node:fs';
import { Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { createI18n } from '../../renderer/src/i18n';
import { SecondLanguageProvider } from '../../renderer/src/i18n/secondLanguage';
import { RichText, Tx, usePlainText } from '../../renderer/src/components/Text';
import { TermDisplayProvider, type TermDisplay } from '../../renderer/src/i18n/termDisplay';
import type { LanguageCode } from '@core/i18n/languages';
import enGlossary from '@locales/en/glossary.json';
import amGlossary from '@locales/am/glossary.json';
import { formatDate, formatLocalCalendar } from '../../renderer/src/i18n/format';
import arCommon from '../../locales/ar/common.json';

describe('translated text', () => {
  it('shows a paragraph in two languages side by side, the second with its own lang and dir', async () => {
    const i18n = await createI18n('nl');
    render(
      <I18nextProvider i18n={i18n}>
        <SecondLanguageProvider lng="ar">
          <Tx k="home.title" as="h2" />
        </SecondLanguageProvider>
      </I18nextProvider>,
    );
    const second = await screen.findByText(arCommon.home.title);
    expect(second.getAttribute('lang')).toBe('ar');
    expect(second.getAttribute('dir')).toBe('rtl');
    expect(screen.getByText('Wat wil je weten?').closest('.bi-row')).toBe(second.closest('.bi-row'));
  });

  it('shows one language when no second language is chosen', async () => {
    const i18n = await createI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <SecondLanguageProvider lng={null}>
          <Tx k="home.title" />
        </SecondLanguageProvider>
      </I18nextProvider>,
    );
    await waitFor(() => expect(container.textContent).toBe('What do you want to know?'));
    expect(container.querySelector('.bi-row')).toBeNull();
  });
});

/** Renders texts with a real i18n instance whose glossary names are loaded. */
async function renderTerms(lng: LanguageCode, node: ReactNode, opts: { mode?: TermDisplay; second?: LanguageCode } = {}) {
  const i18n = await createI18n(lng);
  await i18n.loadNamespaces('glossary');
  if (opts.second) await i18n.loadLanguages(opts.second);
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <SecondLanguageProvider lng={opts.second ?? null}>
        <TermDisplayProvider value={opts.mode}>
          <Router>
            <Suspense fallback="…">{node}</Suspense>
          </Router>
        </TermDisplayProvider>
      </SecondLanguageProvider>
    </I18nextProvider>,
  );
  await waitFor(() => expect(utils.container.textContent).not.toContain('…'));
  return { ...utils, i18n };
}

/** The English name of a term, read from the catalog (not from the code under test). */
const enName = (id: string) => (enGlossary.terms as Record<string, { name: string }>)[id]?.name;

describe('glossary terms in texts', () => {
  it('show the person\'s word with the Dutch beside it, the Dutch once per paragraph', async () => {
    const { container } = await renderTerms(
      'en',
      <p>
        <RichText text="Without an appeal your [[opvang]] ends. Ask about [[opvang]] at the [[coa]]." />
      </p>,
    );
    const name = enName('opvang');
    expect(name).toBeTruthy();
    expect(name).not.toBe('opvang');
    const terms = container.querySelectorAll('bdi.term');
    expect(terms).toHaveLength(3);
    // First occurrence: word + Dutch in parentheses, the Dutch as its own left-to-right run in Dutch.
    expect(terms[0]?.textContent).toBe(`${name} (opvang)`);
    const dutch = terms[0]?.querySelector('bdi[lang="nl"]');
    expect(dutch?.textContent).toBe('(opvang)');
    expect(dutch?.getAttribute('dir')).toBe('ltr');
    expect(terms[0]?.querySelector('a')?.getAttribute('href')).toMatch(/glossary\/opvang$/);
    // Repeated in the same paragraph: the word alone, still linked.
    expect(terms[1]?.textContent).toBe(name);
    expect(terms[1]?.querySelector('[lang="nl"]')).toBeNull();
    expect(terms[1]?.querySelector('a')?.getAttribute('href')).toMatch(/glossary\/opvang$/);
    expect(terms[2]?.textContent).toBe(`${enName('coa')} (COA)`);
    expect(container.textContent).not.toContain('[[');
  });

  it('keep an ending written onto the marker with the person\'s word, before the Dutch (review r13: am, ti, so, ckb)', async () => {
    const name = (amGlossary.terms as Record<string, { name?: string }>).opvang?.name;
    expect(name).toBeTruthy();
    const { container } = await renderTerms('am', <RichText text="የ[[opvang]]ዎ መብት" links={false} />);
    expect(container.querySelector('bdi.term')?.textContent).toBe(`${name}ዎ (opvang)`);
    expect(container.textContent).toBe(`የ${name}ዎ (opvang) መብት`);
    // With the Dutch alone the ending stays where the text wrote it.
    const dutchOnly = await renderTerms('am', <RichText text="የ[[opvang]]ዎ መብት" links={false} />, { mode: 'dutch' });
    expect(dutchOnly.container.textContent).toBe('የopvangዎ መብት');
  });

  it('start a sentence with a capital letter', async () => {
    const { container } = await renderTerms('en', <RichText text="[[beroep]] is possible. [[rechtbank]] decides." links={false} />);
    const [a, b] = [...container.querySelectorAll('bdi.term')].map((e) => e.textContent ?? '');
    expect(a?.charAt(0)).toBe(a?.charAt(0).toUpperCase());
    expect(a?.toLowerCase()).toBe(`${enName('beroep')} (beroep)`.toLowerCase());
    expect(b?.charAt(0)).toBe(b?.charAt(0).toUpperCase());
    expect(container.querySelector('a')).toBeNull();
  });

  it('follow the support-worker setting: Dutch only, or the person\'s word only', async () => {
    const text = 'Your [[opvang]] ends.';
    const dutch = await renderTerms('en', <p><RichText text={text} /></p>, { mode: 'dutch' });
    expect(dutch.container.textContent).toBe('Your opvang ends.');
    expect(dutch.container.querySelector('bdi')?.getAttribute('lang')).toBe('nl');
    dutch.unmount();
    const own = await renderTerms('en', <p><RichText text={text} /></p>, { mode: 'own' });
    expect(own.container.textContent).toBe(`Your ${enName('opvang')} ends.`);
    expect(own.container.querySelector('[lang="nl"]')).toBeNull();
  });

  it('keep a text\'s own parentheses around the Dutch inside one left-to-right run', async () => {
    const { container } = await renderTerms(
      'ckb',
      <p>
        <RichText text="داوا لە دادگا ([[rechtbank]]) دەکەیت. [[rechtbank]]" />
      </p>,
    );
    const runs = container.querySelectorAll('bdi[lang="nl"]');
    expect(runs[0]?.textContent).toBe('(rechtbank)');
    expect(runs[0]?.getAttribute('dir')).toBe('ltr');
    // No parenthesis is left outside the run, and the word is not given twice.
    expect(container.textContent?.startsWith('داوا لە دادگا (rechtbank) دەکەیت.')).toBe(true);
    // The later occurrence is the person's word alone: the Dutch was shown once already.
    const last = container.querySelectorAll('bdi.term');
    expect(last).toHaveLength(1);
    expect(last[0]?.querySelector('[lang="nl"]')).toBeNull();
  });

  it('use the names of the text\'s own language: Arabic, and the second column in Tigrinya', async () => {
    const names = (lng: string) =>
      (JSON.parse(readFileSync(`locales/${lng}/glossary.json`, 'utf8')) as { terms: Record<string, { name: string }> }).terms;
    const ar = await renderTerms('ar', <p><RichText text="ينتهي حقك في [[opvang]]." /></p>);
    const term = ar.container.querySelector('bdi.term');
    expect(term?.textContent).toBe(`${names('ar').opvang?.name} (opvang)`);
    expect(term?.querySelector('bdi[lang="nl"]')?.textContent).toBe('(opvang)');
    ar.unmount();
    function Second() {
      return <RichText text="[[opvang]]" lng="ti" />;
    }
    const ti = await renderTerms('ar', <Second />, { second: 'ti' });
    await waitFor(() => expect(ti.container.querySelector('bdi.term')?.textContent).toBe(`${names('ti').opvang?.name} (opvang)`));
  });

  it('show Dutch alone in Dutch', async () => {
    const { container } = await renderTerms('nl', <p><RichText text="Je [[opvang]] stopt." /></p>);
    expect(container.textContent).toBe('Je opvang stopt.');
    expect(container.querySelectorAll('bdi[lang="nl"]')).toHaveLength(1);
  });

  it('have a plain-text twin for titles and labels', async () => {
    function Title() {
      const plain = usePlainText();
      return <span>{plain('[[algemene-asielprocedure]] and [[algemene-asielprocedure]]')}</span>;
    }
    const { container } = await renderTerms('en', <Title />);
    const name = enName('algemene-asielprocedure');
    expect(container.textContent).toBe(
      `${name?.charAt(0).toUpperCase()}${name?.slice(1)} (algemene asielprocedure) and ${name}`,
    );
  });
});

describe('dates', () => {
  it('are Gregorian in every language, Persian included', () => {
    // Intl would give fa the Persian calendar by default; the IND's letters use the Gregorian one.
    expect(formatDate('2026-06-12', 'fa')).toMatch(/2026/);
    expect(formatDate('2026-06-12', 'en')).toBe('12 June 2026');
    expect(formatDate('2026-06-12', 'nl')).toBe('12 juni 2026');
  });

  it('use Latin digits unless native digits are asked for', () => {
    expect(formatDate('2026-06-12', 'ar')).toMatch(/2026/);
    expect(formatDate('2026-06-12', 'ar', { nativeDigits: true })).toMatch(/٢٠٢٦/);
  });

  it('can show the Solar Hijri date for Persian and none for English', () => {
    // 12 June 2026 = 22 Khordad 1405 in the Solar Hijri calendar.
    expect(formatLocalCalendar('2026-06-12', 'fa')).toMatch(/1405/);
    expect(formatLocalCalendar('2026-06-12', 'en')).toBeNull();
  });

  it('never shift a day, whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatDate('2026-12-31', 'nl')).toBe('31 december 2026');
  });
});
