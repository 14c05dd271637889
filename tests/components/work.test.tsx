import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import work from '../../locales/en/work.json';
import { renderApp } from './render';

/**
 * The work checker. Dates below are computed by hand: an application on
 * 15 January 2026 plus the 6-month wait gives 15 July 2026, the first day
 * work is allowed; 31 August 2025 plus 6 months is 28 February 2026 (no
 * 31 February; 2026 is not a leap year).
 */
const en = { settings: { language: 'en' as const } };

/** Today on this computer: noon local time, so no time zone moves the day. */
function setToday(y: number, m: number, d: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(y, m - 1, d, 12, 0, 0));
}

afterEach(() => {
  vi.useRealTimers();
});

async function openChecker(caseData: Parameters<typeof renderApp>[0]['caseData'] = null) {
  await renderApp({ ...en, hash: '#/work', caseData });
  await screen.findByRole('heading', { level: 2, name: /Can I work\?/ });
}

function choose(label: string) {
  fireEvent.click(screen.getByRole('radio', { name: label }));
}

function pickDate(d: string, m: string, y: string) {
  const group = screen.getByRole('group', { name: /When did you make your (asylum request \(asielaanvraag\)|asielaanvraag)/ });
  fireEvent.change(within(group).getByLabelText('Day'), { target: { value: d } });
  fireEvent.change(within(group).getByLabelText('Month'), { target: { value: m } });
  fireEvent.change(within(group).getByLabelText('Year'), { target: { value: y } });
}

const bigAnswer = () => document.querySelector('.answer__big')?.textContent ?? null;
/** The conditions listed under the answer, as one text. */
const conditions = () => document.querySelector('.conditions')?.textContent ?? '';

describe('Can I work?', () => {
  it('asks for a situation first and gives no answer before that', async () => {
    setToday(2026, 11, 22);
    await openChecker();
    expect(bigAnswer()).toBeNull();
    for (const label of Object.values(work.situations)) expect(screen.getByRole('radio', { name: label })).toBeTruthy();
  });

  it('permit holder: yes, on the free labour market', async () => {
    setToday(2026, 11, 22);
    await openChecker();
    choose(work.situations['permit-holder']);
    expect(bigAnswer()).toBe(work.answers.yes);
    expect(conditions()).toMatch(/You may work for any employer/);
    expect(conditions()).not.toMatch(/Your employer must first get a work permit/);
  });

  it('temporary protection: yes, with the UWV notice 2 working days before and the end date', async () => {
    setToday(2026, 11, 22);
    await openChecker();
    choose(work.situations['temporary-protection']);
    expect(bigAnswer()).toBe(work.answers.yes);
    expect(conditions()).toMatch(/at least 2 working days before you start/);
    expect(conditions()).toMatch(/until and including 4 March 2027/);
    expect(conditions()).toMatch(/You may do volunteer work/);
    expect(conditions()).toMatch(/You may do an internship/);
    expect(conditions()).not.toMatch(/work permit \(twv\) for you from/);
  });

  it('temporary protection after it ended: no', async () => {
    setToday(2027, 3, 5);
    await openChecker();
    choose(work.situations['temporary-protection']);
    expect(bigAnswer()).toBe(work.answers.no);
    expect(conditions()).toMatch(/ended on 4 March 2027/);
  });

  it('rejected: no, ask your lawyer', async () => {
    setToday(2026, 11, 22);
    await openChecker();
    choose(work.situations.rejected);
    expect(bigAnswer()).toBe(work.answers.no);
    expect(conditions()).toMatch(/After a rejection you may usually not work/);
  });

  it('asylum seeker: asks for the application date, picked from lists, before answering', async () => {
    setToday(2026, 11, 22);
    await openChecker();
    choose(work.situations['asylum-pending']);
    expect(bigAnswer()).toBeNull();
    expect(screen.getByText(/Enter the date of your asylum application/)).toBeTruthy();
    // No text box to type a date format into.
    const group = screen.getByRole('group', { name: /When did you make your (asylum request \(asielaanvraag\)|asielaanvraag)/ });
    expect(within(group).queryAllByRole('textbox')).toEqual([]);
    expect(within(group).getAllByRole('combobox')).toHaveLength(3);
  });

  it('asylum seeker, the day before the 6-month mark: "from" that date, with the conditions', async () => {
    setToday(2026, 4, 14);
    await openChecker();
    choose(work.situations['asylum-pending']);
    pickDate('15', '10', '2025');
    expect(bigAnswer()).toBe('Yes, from 15 April 2026.');
    expect(conditions()).toMatch(/older than 18/);
    expect(conditions()).toMatch(/Your employer must first get a work permit/);
    expect(conditions()).toMatch(/no limit on the number of weeks/);
    expect(conditions()).toMatch(/you pay part of the costs of your reception/);
  });

  it('asylum seeker, on the day of the 6-month mark: yes', async () => {
    setToday(2026, 4, 15);
    await openChecker();
    choose(work.situations['asylum-pending']);
    pickDate('15', '10', '2025');
    expect(bigAnswer()).toBe(work.answers.yes);
  });

  it('asylum seeker whose 6-month mark falls under the new rules (from 12 June 2026): not yet known', async () => {
    setToday(2026, 7, 14);
    await openChecker();
    choose(work.situations['asylum-pending']);
    pickDate('15', '1', '2026');
    expect(bigAnswer()).toBe(work.answers.unknown);
    expect(conditions()).toMatch(/change with the new law/);
  });

  it('asylum seeker, a month without that day: the mark is the last day of the month', async () => {
    setToday(2026, 2, 27);
    await openChecker();
    choose(work.situations['asylum-pending']);
    pickDate('31', '8', '2025');
    expect(bigAnswer()).toBe('Yes, from 28 February 2026.');
  });

  it('prefills the situation and the application date from My timeline', async () => {
    setToday(2026, 4, 14);
    await openChecker({ procedure: 'asylum', dates: { application: '2025-10-15' } });
    expect((screen.getByRole('radio', { name: work.situations['asylum-pending'] }) as HTMLInputElement).checked).toBe(true);
    expect(bigAnswer()).toBe('Yes, from 15 April 2026.');
    expect(screen.getByText('We filled in this date from My timeline.')).toBeTruthy();
  });

  it('says when a picked day does not exist', async () => {
    setToday(2026, 11, 22);
    await openChecker();
    choose(work.situations['asylum-pending']);
    pickDate('31', '2', '2026');
    expect(bigAnswer()).toBeNull();
    expect(screen.getByText(/This day does not exist in that month/)).toBeTruthy();
  });

  it('shows the ways to take part for the chosen situation, and its sources', async () => {
    setToday(2026, 11, 22);
    await openChecker();
    choose(work.situations['permit-holder']);
    expect(screen.getByRole('heading', { name: 'Getting ready for inburgering' })).toBeTruthy();
    const checker = screen.getByRole('region', { name: /Can I work\?/ });
    expect(within(checker).getByText(/Sources \(\d+\)/)).toBeTruthy();
    choose(work.situations.rejected);
    expect(screen.queryByRole('heading', { name: 'Getting ready for inburgering' })).toBeNull();
  });
});
