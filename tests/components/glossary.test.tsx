import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GLOSSARY } from '@core/content/glossary';
import enGlossary from '../../locales/en/glossary.json';
import { renderApp } from './render';

const en = { settings: { language: 'en' as const } };
const entries = () => [...document.querySelectorAll<HTMLElement>('.gloss-entry')].map((e) => e.dataset.term);

describe('glossary', () => {
  it('a deep link shows that term on its own page: the Dutch term, its meaning and related terms', async () => {
    await renderApp({ ...en, hash: '#/glossary/nader-gehoor' });
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('nader gehoor');
    expect(h1.querySelector('bdi')?.getAttribute('lang')).toBe('nl');
    // The meaning, with its [[ind]] marker shown as the person's word with the Dutch term "IND" beside it.
    const ind = (enGlossary.terms as Record<string, { name: string }>).ind?.name;
    await waitFor(() =>
      expect(document.querySelector('.gloss-term .lead')?.textContent).toBe(
        `The detailed interview with the ${ind} (IND) about the reasons why you ask for asylum.`,
      ),
    );
    // Related terms, as written in Dutch, each linked to its own entry.
    const related = screen.getByRole('heading', { level: 2, name: 'Related words' }).nextElementSibling as HTMLElement;
    expect(within(related).getByRole('link', { name: 'aanmeldgehoor' }).getAttribute('href')).toBe('#/glossary/aanmeldgehoor');
    expect(within(related).getByRole('link', { name: 'vluchtverhaal' })).toBeTruthy();
    // The letter that carries this word.
    expect(screen.getByRole('link', { name: /Uitnodiging nader gehoor/ }).getAttribute('href')).toBe(
      '#/letters/invitation-detailed-interview',
    );
  });

  it('an abbreviation says what it is short for', async () => {
    await renderApp({ ...en, hash: '#/glossary/twv' });
    await screen.findByRole('heading', { level: 1, name: 'twv' });
    expect(document.querySelector('.gloss-term .gloss-entry__full')?.textContent).toBe('Short for: tewerkstellingsvergunning');
  });

  it('an unknown term says so and offers the search', async () => {
    await renderApp({ ...en, hash: '#/glossary/no-such-word' });
    await screen.findByRole('heading', { level: 1, name: 'Word not found' });
    expect(screen.getByRole('link', { name: /no such word/ }).getAttribute('href')).toBe('#/search/no%20such%20word');
  });

  it('lists every term A–Z and filters by the Dutch term and by the meaning', async () => {
    await renderApp({ ...en, hash: '#/glossary' });
    await screen.findByRole('heading', { level: 1, name: 'Dutch words explained' });
    // The list renders in parts (the first entries with the screen, the rest in idle time): all of them, soon.
    await waitFor(() => expect(entries()).toHaveLength(GLOSSARY.length), { timeout: 25_000 }); // patience under load, not a speed claim
    // A–Z: "aanmeldgehoor" comes before "nader gehoor" comes before "vluchtverhaal".
    const order = entries();
    expect(order.indexOf('aanmeldgehoor')).toBeLessThan(order.indexOf('nader-gehoor'));
    expect(order.indexOf('nader-gehoor')).toBeLessThan(order.indexOf('vluchtverhaal'));

    const box = screen.getByRole('searchbox', { name: 'Find a word' });
    fireEvent.change(box, { target: { value: 'gehoor' } });
    await waitFor(() => expect(entries()).toContain('nader-gehoor'));
    expect(entries()).toEqual(expect.arrayContaining(['aanmeldgehoor', 'eerste-gehoor', 'nader-gehoor']));
    expect(entries()).not.toContain('opvang');

    // By meaning, in the person's language: "work permit" is the meaning of twv.
    fireEvent.change(box, { target: { value: 'work permit' } });
    await waitFor(() => expect(entries()).toContain('twv'));
    expect(entries()).not.toContain('nader-gehoor');
    expect(document.querySelector('.finder__count')?.textContent).toBe(`${entries().length} words`);
  });

  it('links to the search from the list', async () => {
    await renderApp({ ...en, hash: '#/glossary' });
    const link = await screen.findByRole('link', { name: /Search all information/ });
    expect(link.getAttribute('href')).toBe('#/search');
  });
});
