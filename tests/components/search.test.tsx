import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from './render';

const hits = () => [...document.querySelectorAll<HTMLElement>('.hit')].map((h) => h.dataset.hit);

describe('search', () => {
  it('shows results while typing, and each links to its page', async () => {
    await renderApp({ settings: { language: 'en' }, hash: '#/search' });
    const box = await screen.findByRole('searchbox', { name: 'What are you looking for?' });
    // The page moves focus to its box in an effect, which can run a moment after the box is in the DOM.
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.change(box, { target: { value: 'interpr' } });
    await waitFor(() => expect(hits()).toContain('right:interpreter'));
    // Waiting for the focus above would also pass if it only passed through the box: it must stay there
    // while the person types and the results come in (a lazy load that remounted the page lost it).
    expect(document.activeElement).toBe(box);
    const link = document.querySelector('[data-hit="right:interpreter"] a');
    expect(link?.getAttribute('href')).toBe('#/rights/interpreter');
    // The matching word is marked in the snippet.
    expect([...document.querySelectorAll('[data-hit="right:interpreter"] mark')].map((m) => m.textContent)).toContain('interpreter');
  });

  it('forgives a small spelling mistake', async () => {
    await renderApp({ settings: { language: 'en' }, hash: '#/search' });
    const box = await screen.findByRole('searchbox');
    fireEvent.change(box, { target: { value: 'interpeter' } });
    await waitFor(() => expect(hits()).toContain('right:interpreter'));
  });

  it('in Arabic, finds the detailed-interview step by its Dutch term', async () => {
    await renderApp({ settings: { language: 'ar' }, lng: 'ar', hash: '#/search' });
    const box = await screen.findByRole('searchbox');
    fireEvent.change(box, { target: { value: 'nader gehoor' } });
    await waitFor(() => expect(hits()).toContain('step:detailed-interview'));
    const link = document.querySelector('[data-hit="step:detailed-interview"] a');
    expect(link?.getAttribute('href')).toBe('#/procedure/step/detailed-interview');
    // The page's title in the interface language, with the Dutch term beside it; no missing-text marker.
    expect(link?.querySelector('bdi[lang="nl"]')?.textContent).toBe('nader gehoor');
    expect(link?.textContent).not.toContain('[EN]');
    expect(link?.querySelector('.hit__title')?.textContent).not.toBe('');
  });

  it('takes a query from the address, e.g. a "find this word" link', async () => {
    await renderApp({ settings: { language: 'nl' }, lng: 'nl', hash: '#/search/verblijfsvergunning%20asiel' });
    const box = (await screen.findByRole('searchbox')) as HTMLInputElement;
    expect(box.value).toBe('verblijfsvergunning asiel');
    await waitFor(() => expect(hits()).toContain('step:permit'));
  });

  it('says when nothing is found', async () => {
    await renderApp({ settings: { language: 'en' }, hash: '#/search' });
    const box = await screen.findByRole('searchbox');
    fireEvent.change(box, { target: { value: 'xqzwv' } });
    await screen.findByText(/Nothing found for “xqzwv”/);
    expect(hits()).toEqual([]);
  });
});
