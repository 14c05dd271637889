import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import type { CaseInputData } from '@core/domain/case';
import type { AppInfo } from '@core/ipc/contract';
import { NAREIS_CHECK_KEYS } from '@core/content/nareis';
import { api } from '../../renderer/src/api';
import { renderApp } from './render';

/**
 * Issue 15: the nareis guide (ticks saved with the case, wiped on a kiosk,
 * removed by "Delete all my data"), "Add to my calendar", the QR codes and
 * the home reminder. Expected dates are worked out by hand (comments show
 * the sums), never taken from the engine.
 */

function setToday(y: number, m: number, d: number) {
  vi.setSystemTime(new Date(y, m - 1, d, 12, 0, 0));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setToday(2026, 3, 1);
  await api.deleteAll();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const EN = { settings: { language: 'en' as const } };
/** Text as read, without the Unicode isolates put around dates and durations. */
const text = (el: Element | null) => (el?.textContent ?? '').replace(/[\u2068\u2069]/g, '');
// Granted on 16 February 2026: the last day to apply is 16 May 2026 (3 months, SvM 2026 Bijlage I "Mv nareis").
const GRANTED: CaseInputData = { procedure: 'asylum', track: 'general', decisionOutcome: 'granted', dates: { application: '2025-06-02', decision: '2026-02-16' } };

const kioskInfo: AppInfo = {
  version: 't',
  mode: 'kiosk',
  encryption: 'memory',
  notices: [],
  kiosk: { idleSeconds: 600, countdownSeconds: 30, languages: ['en', 'nl', 'ar'], defaultLanguage: 'en', allowPrint: false, hasAdminExit: false },
};
const personalInfo: AppInfo = { version: 't', mode: 'personal', encryption: 'os', notices: [] };

async function openTask(task: string, opts: Parameters<typeof renderApp>[0] = {}) {
  const utils = await renderApp({ ...EN, hash: `#/nareis/${task}`, ...opts });
  await waitFor(() => expect(document.querySelector(`article[data-task="${task}"]`)).toBeTruthy());
  return utils;
}

describe('The nareis guide', () => {
  it('is reached from the nareis step and lists every task with the progress', async () => {
    await renderApp({ ...EN, hash: '#/procedure/step/nareis' });
    fireEvent.click(await screen.findByRole('link', { name: 'Open the step-by-step guide' }));
    await screen.findByRole('heading', { level: 1, name: 'Family reunification, step by step' });
    expect(document.querySelectorAll('.nareis-tasks li')).toHaveLength(7);
    expect(document.querySelector('.backlink')!.getAttribute('href')).toBe('#/procedure/step/nareis');
    expect(document.querySelector('.nareis-progress')!.textContent).toBe(`0 of ${NAREIS_CHECK_KEYS.length} done`);
    // Without a case there is no date to show: it says how to get one.
    expect(screen.getByRole('link', { name: 'Enter my decision date' }).getAttribute('href')).toBe('#/timeline/case');
    // One task per screen, and back to the list of tasks.
    fireEvent.click(screen.getByRole('link', { name: /Who can come\?/ }));
    await screen.findByRole('heading', { level: 1, name: /Who can come\?/ });
    expect(document.querySelector('.backlink')!.getAttribute('href')).toBe('#/nareis');
  });

  it('shows the last day from the timeline and the days left, with the term and its source', async () => {
    await openTask('deadline', { caseData: GRANTED });
    // 1 March → 16 May 2026: 31 (March) + 30 (April) + 15 = 76 days.
    expect(text(document.querySelector('.nareis-deadline__date'))).toContain('16 May 2026');
    expect(document.querySelector('.nareis-deadline__days')!.textContent).toBe('76 days left');
    const term = document.querySelector('.nareis-fact')!;
    expect(text(term)).toContain('Apply within 3 months after the decision');
    expect(term.querySelector('.nareis-fact__cite')!.textContent).toContain('De Staat van Migratie 2026, Bijlage I, Mv nareis');
  });

  it('every task cites a source for each fact and says plainly what the sources do not say', async () => {
    await openTask('costs');
    expect(document.querySelectorAll('.nareis-fact')).toHaveLength(0);
    expect(document.querySelector('.nareis-unknown')!.textContent).toContain('Our documents do not say what the application costs');
    await openTask('mvv');
    // 90 days to collect, then 90 days to travel (SvM 2026 Bijlage I, "Mv nareis").
    const facts = [...document.querySelectorAll('.nareis-fact')].map(text).join(' ');
    expect(facts).toMatch(/has 90 days to collect the .*\bmvv\b/);
    expect(facts).toContain('they have 90 days to travel');
    for (const fact of document.querySelectorAll('.nareis-fact')) {
      expect(fact.querySelector('.nareis-fact__cite')!.textContent).toMatch(/^Sources: .+/);
    }
  });

  it('saves a tick with the case, keeps the timeline working, and shows it again on the next start', async () => {
    const { unmount } = await openTask('form', { caseData: GRANTED, info: personalInfo });
    expect(screen.getByText(/saved on this computer, encrypted/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have the form.' }));
    await waitFor(async () => expect((await api.loadCase())?.nareis?.done).toEqual(['form-have']));
    const stored = (await api.loadCase())!;
    expect(stored.dates).toEqual(GRANTED.dates);

    // The timeline reads the case as before: no "invalid input" for the ticks.
    window.location.hash = '#/timeline';
    await waitFor(() => expect(document.querySelector('li[data-id="nareis-deadline"]')).toBeTruthy());
    expect(document.querySelector('.tl-notices')).toBeNull();

    // Saving the case again (My case) keeps the ticks.
    window.location.hash = '#/timeline/case';
    fireEvent.click(await screen.findByRole('button', { name: 'Save and show my timeline' }));
    await waitFor(() => expect(document.querySelector('li[data-id="nareis-deadline"]')).toBeTruthy());
    expect((await api.loadCase())?.nareis?.done).toEqual(['form-have']);
    unmount();

    // Next start: the stored case, ticks included, as main.tsx passes it.
    await openTask('form', { caseData: stored, info: personalInfo });
    expect((screen.getByRole('checkbox', { name: 'I have the form.' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'I sent the form no later than my last day.' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have the form.' }));
    await waitFor(async () => expect((await api.loadCase())?.nareis).toBeUndefined());
  });

  it('"Delete all my data" removes the ticks with the case', async () => {
    await openTask('who', { caseData: GRANTED, info: personalInfo });
    fireEvent.click(screen.getByRole('checkbox', { name: 'I wrote down the family members I apply for.' }));
    await waitFor(async () => expect((await api.loadCase())?.nareis?.done).toEqual(['who-names']));
    window.location.hash = '#/settings';
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all my data' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(async () => expect(await api.loadCase()).toBeNull());
    window.location.hash = '#/nareis/who';
    const box = (await screen.findByRole('checkbox', { name: 'I wrote down the family members I apply for.' })) as HTMLInputElement;
    expect(box.checked).toBe(false);
  });

  it('on a kiosk keeps ticks in memory only and wipes them when the person finishes', async () => {
    await openTask('documents', { info: kioskInfo });
    expect(screen.getAllByText(/kept only until you finish/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have papers that show we are a family.' }));
    await waitFor(async () => expect((await api.loadCase())?.nareis?.done).toEqual(['documents-tie']));
    fireEvent.click(screen.getByRole('button', { name: /Finish and clear my data/ }));
    await waitFor(async () => expect(await api.loadCase()).toBeNull());
    window.location.hash = '#/nareis/documents';
    const box = (await screen.findByRole('checkbox', { name: 'I have papers that show we are a family.' })) as HTMLInputElement;
    expect(box.checked).toBe(false);
  });
});

describe('Taking the date along', () => {
  it('"Add to my calendar" sends an .ics with the nareis deadline in English and Dutch to the main process', async () => {
    const save = vi.spyOn(api, 'saveCalendar').mockResolvedValue('/home/me/Wegwijs dates.ics');
    await openTask('deadline', { caseData: GRANTED, info: personalInfo });
    fireEvent.click(screen.getByRole('button', { name: 'Add to my calendar' }));
    await screen.findByText('Saved: /home/me/Wegwijs dates.ics');
    const { ics, fileName } = save.mock.calls[0]![0];
    expect(fileName).toBe('Wegwijs dates');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect((events[0]!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-05-16');
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(
      'Last day to apply for family reunification — Laatste dag om gezinshereniging aan te vragen',
    );
    expect(events[0]!.getAllSubcomponents('valarm')).toHaveLength(2);
    expect(screen.getByText(/It reminds you 7 days and 1 day before/)).toBeTruthy();
  });

  it('on a kiosk offers no file, only the QR code with one event', async () => {
    const save = vi.spyOn(api, 'saveCalendar');
    await openTask('deadline', { caseData: GRANTED, info: kioskInfo });
    expect(screen.queryByRole('button', { name: 'Add to my calendar' })).toBeNull();
    const img = (await screen.findByRole('img', { name: /QR code with the date: Last day to apply for family reunification, 16 May 2026/ })) as HTMLImageElement;
    expect(img.src).toMatch(/^data:image\/svg\+xml/);
    expect(save).not.toHaveBeenCalled();
  });

  it('on the timeline the person chooses which kinds of dates to take', async () => {
    await renderApp({ ...EN, hash: '#/timeline', caseData: GRANTED });
    await screen.findByRole('button', { name: 'Add to my calendar' });
    const codes = () => [...document.querySelectorAll('.cal-panel__code')].map((li) => (li as HTMLElement).dataset.id);
    // The codes are drawn only when the person opens them.
    expect(codes()).toEqual([]);
    const details = document.querySelector('details.cal-panel__qr') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(codes().length).toBeGreaterThan(0));
    // Legal deadlines by default: the nareis deadline (the permit's end is a legal date too).
    expect(codes()).toContain('nareis-deadline');
    expect(codes()).not.toContain('housing-target');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Target' }));
    await waitFor(() => expect(codes()).toContain('housing-target'));
  });
});

describe('The home reminder', () => {
  const reminder = () => document.querySelector('.home-reminder');

  it('shows the next deadline when it is at most 14 days away', async () => {
    // 5 May → 16 May 2026: 11 days.
    setToday(2026, 5, 5);
    await renderApp({ ...EN, hash: '#/home', caseData: GRANTED, info: personalInfo });
    await waitFor(() => expect(reminder()).toBeTruthy());
    expect(text(reminder())).toContain('Last day to apply for family reunification: 16 May 2026');
    expect(reminder()!.textContent).toContain('11 days left');
    // It comes first: before the tiles.
    const order = reminder()!.compareDocumentPosition(document.querySelector('.tiles')!);
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('stays away when the deadline is further off, and never shows on a kiosk', async () => {
    // 1 March → 16 May: 76 days.
    const { unmount } = await renderApp({ ...EN, hash: '#/home', caseData: GRANTED, info: personalInfo });
    await screen.findByRole('heading', { level: 1, name: 'What do you want to know?' });
    await new Promise((r) => setTimeout(r, 50));
    expect(reminder()).toBeNull();
    unmount();
    setToday(2026, 5, 5);
    await renderApp({ ...EN, hash: '#/home', caseData: GRANTED, info: kioskInfo, settings: { language: 'en' } });
    await screen.findByRole('heading', { level: 1, name: 'What do you want to know?' });
    await new Promise((r) => setTimeout(r, 50));
    expect(reminder()).toBeNull();
  });
});
