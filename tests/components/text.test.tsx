import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { createI18n } from '../../renderer/src/i18n';
import { SecondLanguageProvider } from '../../renderer/src/i18n/secondLanguage';
import { RichText, Tx } from '../../renderer/src/components/Text';
import { formatDate, formatLocalCalendar } from '../../renderer/src/i18n/format';

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
    const second = await screen.findByText('ماذا تريد أن تعرف؟');
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

  it('renders [[glossary]] markers as isolated, linked Dutch terms', () => {
    const { container } = render(
      <Router>
        <p>
          <RichText text="بعد [[nader-gehoor]] يأتي القرار." />
        </p>
      </Router>,
    );
    const bdi = container.querySelector('bdi');
    expect(bdi?.getAttribute('lang')).toBe('nl');
    expect(bdi?.querySelector('a')?.getAttribute('href')).toMatch(/glossary\/nader-gehoor$/);
    expect(container.textContent).not.toContain('[[');
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
