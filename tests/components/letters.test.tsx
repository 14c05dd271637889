import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LETTERS } from '@core/content/letters';
import letters from '../../locales/en/letters.json';
import { api } from '../../renderer/src/api';
import { renderApp } from './render';

const en = { settings: { language: 'en' as const } };

beforeEach(async () => {
  await api.deleteAll();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 12, 0, 0)); // 22 November 2026, local noon
});
afterEach(() => {
  vi.useRealTimers();
});

const cards = () => [...document.querySelectorAll('.letter-card')];
const cardTitles = () => cards().map((c) => c.querySelector('[lang="nl"]')?.textContent);

function pickLetterDate(d: string, m: string, y: string) {
  const group = screen.getByRole('group', { name: 'Which date is printed on the letter?' });
  fireEvent.change(within(group).getByLabelText('Day'), { target: { value: d } });
  fireEvent.change(within(group).getByLabelText('Month'), { target: { value: m } });
  fireEvent.change(within(group).getByLabelText('Year'), { target: { value: y } });
}

describe('Letters explained', () => {
  it('lists every letter with its Dutch title in Dutch, and the plain name under it', async () => {
    await renderApp({ ...en, hash: '#/letters' });
    await screen.findByRole('heading', { level: 1, name: 'Letters explained' });
    // The cards below the first rows render in idle time right after the screen (useProgressive).
    await waitFor(() => expect(cards()).toHaveLength(LETTERS.length));
    const first = cards()[0]!;
    const nl = first.querySelector('bdi[lang="nl"]');
    expect(nl?.textContent).toBe(LETTERS[0]!.dutchTitle);
    expect(first.textContent).toContain(letters.items[LETTERS[0]!.id as keyof typeof letters.items].title);
  });

  it('filters by the words printed on the letter, ignoring case and accents', async () => {
    await renderApp({ ...en, hash: '#/letters' });
    const box = await screen.findByRole('searchbox', { name: 'Words on your letter' });
    fireEvent.change(box, { target: { value: 'beschikking' } });
    // The three decisions carry "Beschikking" in their title (checked by hand against the letters).
    expect(cardTitles().sort()).toEqual(['Beschikking (afwijzing)', 'Beschikking (inwilliging)', 'Beschikking mvv-nareis']);
    fireEvent.change(box, { target: { value: 'BEEINDIGING' } });
    expect(cardTitles()).toEqual(['Beëindiging opvang']);
    fireEvent.change(box, { target: { value: 'qqqq' } });
    expect(cards()).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Search all information for “qqqq”' }).getAttribute('href')).toBe('#/search/qqqq');
  });

  it('opens a letter: what it is, what it means, what to do, the deadline, steps and words', async () => {
    await renderApp({ ...en, hash: '#/letters/decision-rejected' });
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('Beschikking (afwijzing)');
    expect(h1.querySelector('bdi')?.getAttribute('lang')).toBe('nl');
    for (const name of ['What is this letter?', 'What does it mean for you?', 'What must you do?', 'Does a deadline start?']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: /Appeal to the court/ }).getAttribute('href')).toBe('#/procedure/step/appeal');
    // Glossary markers show the real Dutch term, linked to its entry.
    const term = screen.getAllByRole('link', { name: 'terugkeerbesluit' })[0]!;
    expect(term.getAttribute('href')).toBe('#/glossary/terugkeerbesluit');
  });

  it('the reception-end letter shows the weeks from the rule and the safe-country caveat, never a raw placeholder', async () => {
    await renderApp({ ...en, hash: '#/letters/reception-end' });
    await screen.findByRole('heading', { level: 1 });
    const text = document.querySelector('article.letter')!.textContent!;
    expect(text).toContain('ends after 4 weeks');
    expect(text).toContain('you may have to leave at once');
    expect(text).not.toContain('{{');
  });

  it('adds the decision date to a new case, with the outcome, and links to the timeline', async () => {
    await renderApp({ ...en, hash: '#/letters/decision-rejected' });
    fireEvent.click(await screen.findByRole('button', { name: "Add this letter's date to my timeline" }));
    pickLetterDate('3', '3', '2026');
    expect(screen.getByText(/3 March 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save this date' }));
    await screen.findByText('Saved. 3 March 2026 is now in My timeline.');
    expect(await api.loadCase()).toEqual({ procedure: 'asylum', decisionOutcome: 'rejected', dates: { decision: '2026-03-03' } });
    expect(screen.getByRole('link', { name: /Go to My timeline/ }).getAttribute('href')).toBe('#/timeline');
  });

  it('merges the PIP date into an existing case and keeps what was there', async () => {
    const existing = { procedure: 'asylum' as const, track: 'general' as const, decisionOutcome: 'granted' as const, dates: { application: '2025-01-10', decision: '2025-06-02' } };
    await api.saveCase(existing);
    await renderApp({ ...en, hash: '#/letters/pip', caseData: existing });
    fireEvent.click(await screen.findByRole('button', { name: "Add this letter's date to my timeline" }));
    pickLetterDate('15', '10', '2026');
    fireEvent.click(screen.getByRole('button', { name: 'Save this date' }));
    await screen.findByText(/is now in My timeline/);
    expect(await api.loadCase()).toEqual({ ...existing, dates: { ...existing.dates, pip: '2026-10-15' } });
  });

  it('says when the new date replaces one in the timeline', async () => {
    const existing = { procedure: 'asylum' as const, dates: { decision: '2026-01-05' } };
    await renderApp({ ...en, hash: '#/letters/decision-granted', caseData: existing });
    fireEvent.click(await screen.findByRole('button', { name: "Add this letter's date to my timeline" }));
    pickLetterDate('6', '1', '2026');
    expect(screen.getByText(/My timeline has 5 January 2026 for this date now/)).toBeTruthy();
    expect(screen.getByText(/also note that your request was granted/)).toBeTruthy();
  });

  it('refuses a date after today and an incomplete date, and saves nothing', async () => {
    await renderApp({ ...en, hash: '#/letters/decision-granted' });
    fireEvent.click(await screen.findByRole('button', { name: "Add this letter's date to my timeline" }));
    fireEvent.click(screen.getByRole('button', { name: 'Save this date' }));
    expect(await screen.findByText('Choose the day, the month and the year of the letter.')).toBeTruthy();
    pickLetterDate('23', '11', '2026'); // tomorrow
    expect(screen.getByText('This date is after today. Check the date on the letter.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save this date' }));
    await waitFor(async () => expect(await api.loadCase()).toBeNull());
    expect(screen.queryByText(/is now in My timeline/)).toBeNull();
  });

  it('offers no date button on a letter that adds no date to the timeline', async () => {
    await renderApp({ ...en, hash: '#/letters/invitation-detailed-interview' });
    await screen.findByRole('heading', { level: 1, name: 'Uitnodiging nader gehoor' });
    expect(screen.queryByRole('button', { name: "Add this letter's date to my timeline" })).toBeNull();
  });
});
