import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ACTORS, ACTOR_IDS } from '@core/content/actors';
import help from '../../locales/en/help.json';
import { renderApp } from './render';

const en = { settings: { language: 'en' as const } };

describe('Help and organisations', () => {
  it('lists every organisation: its name, its Dutch name, what it does and when to go', async () => {
    await renderApp({ ...en, hash: '#/help' });
    await screen.findByRole('heading', { level: 1, name: 'Help and organisations' });
    // The list renders in parts, the rest in idle time: every organisation, soon, in order.
    const cards = () => [...document.querySelectorAll<HTMLElement>('article.org')];
    await waitFor(() => expect(cards().map((c) => c.dataset.actor)).toEqual(ACTOR_IDS), { timeout: 25_000 }); // patience under load, not a speed claim
    const coa = within(cards().find((c) => c.dataset.actor === 'coa')!);
    expect(coa.getByRole('heading', { level: 2 }).textContent).toBe(help.actors.coa.name);
    expect(coa.getByRole('heading', { level: 3, name: 'What they do for you' })).toBeTruthy();
    expect(coa.getByRole('heading', { level: 3, name: 'When to go to them' })).toBeTruthy();
    expect(coa.getByText(/questions about your room/)).toBeTruthy();
  });

  it('has clear links to the search and to the Dutch words', async () => {
    await renderApp({ ...en, hash: '#/help' });
    await screen.findByRole('heading', { level: 1, name: 'Help and organisations' });
    expect(screen.getByRole('link', { name: 'Search all information' }).getAttribute('href')).toBe('#/search');
    expect(screen.getByRole('link', { name: 'Dutch words explained' }).getAttribute('href')).toBe('#/glossary');
  });

  it('shows one organisation on its own page, where "who to ask" links land', async () => {
    await renderApp({ ...en, hash: '#/help/uwv' });
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1.textContent).toBe(help.actors.uwv.name);
    expect(document.querySelectorAll('article.org')).toHaveLength(1);
    // Its Dutch name, linked to the glossary entry.
    const dutch = document.querySelector('.org__dutch a');
    expect(dutch?.getAttribute('href')).toBe('#/glossary/uwv');
    expect(ACTORS.uwv.dutchName).toContain(dutch?.textContent ?? '-');
  });
});
