import arTimeline from '../../locales/ar/timeline.json';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CaseInputData } from '@core/domain/case';
import { computeTimeline } from '@core/timeline';
import { api } from '../../renderer/src/api';
import { createI18n, loadLanguage } from '../../renderer/src/i18n';
import { buildQrText, byteLength, QR_MAX_BYTES, type QrLanguage } from '../../renderer/src/pages/timeline/qrText';
import { renderApp } from './render';

/**
 * "My timeline": the case form and the timeline view. Expected dates are
 * worked out by hand from a calendar (comments show the sums), never taken
 * from the engine.
 */

function setToday(y: number, m: number, d: number) {
  vi.setSystemTime(new Date(y, m - 1, d, 12, 0, 0));
}

beforeEach(() => {
  // Only Date is faked: promises and timers stay real, so waitFor works.
  vi.useFakeTimers({ toFake: ['Date'] });
  setToday(2026, 3, 1);
  // A browser whose own date field writes dates as the app's English does, so the form offers that field.
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const EN = { settings: { language: 'en' as const } };

async function openForm() {
  const utils = await renderApp({ ...EN, hash: '#/timeline/case' });
  await screen.findByRole('heading', { level: 1, name: 'My case' });
  return utils;
}

function group(name: RegExp): HTMLElement {
  return screen.getByRole('group', { name });
}

function pick(g: HTMLElement, d: string, m: string, y: string) {
  fireEvent.change(within(g).getByLabelText('Day'), { target: { value: d } });
  fireEvent.change(within(g).getByLabelText('Month'), { target: { value: m } });
  fireEvent.change(within(g).getByLabelText('Year'), { target: { value: y } });
}

/** The error box of a date field, found the way assistive technology finds it: through aria-describedby. */
function describedErrors(g: HTMLElement): HTMLElement {
  const select = within(g).getByLabelText('Day');
  expect(select.getAttribute('aria-invalid')).toBe('true');
  const ids = (select.getAttribute('aria-describedby') ?? '').split(' ');
  const box = ids.map((id) => document.getElementById(id)).find((el) => el?.getAttribute('aria-live') === 'polite');
  expect(box, 'an aria-live error box named by aria-describedby').toBeTruthy();
  return box!;
}

const APPLICATION = /The day of your/;
const REGISTRATION = /The day you reported/;
const DECISION = /The day of the decision/;

describe('My case: the form', () => {
  it('names the month in words and says the chosen date back, without typing a format', async () => {
    await openForm();
    const g = group(APPLICATION);
    const months = within(within(g).getByLabelText('Month')).getAllByRole('option').map((o) => o.textContent);
    expect(months.slice(1, 4)).toEqual(['January', 'February', 'March']);
    pick(g, '12', '1', '2026');
    // 12 January 2026 was a Monday.
    expect(within(g).getByText(/Monday,? 12 January 2026/)).toBeTruthy();
    // The native calendar field follows the pickers.
    expect((g.querySelector('input[type="date"]') as HTMLInputElement).value).toBe('2026-01-12');
  });

  it('an impossible date gets a plain sentence next to the field, linked by aria-describedby, and is not saved', async () => {
    await openForm();
    const g = group(APPLICATION);
    pick(g, '30', '2', '2026');
    expect(describedErrors(g).textContent).toContain('The date for asylum application does not exist. Please check it.');
    fireEvent.click(screen.getByRole('button', { name: 'Save and show my timeline' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Some dates need checking.');
    expect(window.location.hash).toBe('#/timeline/case');
  });

  it('a decision before the application is reported at the decision date', async () => {
    await openForm();
    pick(group(APPLICATION), '10', '2', '2026');
    fireEvent.click(screen.getByRole('radio', { name: 'Yes, my application was rejected' }));
    const d = group(DECISION);
    pick(d, '1', '2', '2026');
    expect(describedErrors(d).textContent).toContain('The date for decision is before a date that must come first.');
    // The application itself is fine.
    expect(within(group(APPLICATION)).queryByText(/Please check/)).toBeNull();
  });

  it('a date after today is reported as in the future', async () => {
    await openForm();
    const g = group(REGISTRATION);
    pick(g, '1', '5', '2026'); // 1 May 2026, today is 1 March 2026
    expect(describedErrors(g).textContent).toContain('The date for registration is in the future. Please check it.');
    pick(g, '1', '2', '2026'); // 1 February: fine
    expect(within(g).queryByText(/in the future/)).toBeNull();
  });

  it('a half-chosen date asks for the rest on saving', async () => {
    await openForm();
    const g = group(REGISTRATION);
    fireEvent.change(within(g).getByLabelText('Month'), { target: { value: '1' } });
    expect(within(g).queryByText(/Choose a day, a month and a year/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save and show my timeline' }));
    expect(describedErrors(g).textContent).toContain('Choose a day, a month and a year');
  });

  it('opens with the saved case filled in', async () => {
    const caseData: CaseInputData = {
      procedure: 'asylum',
      track: 'extended',
      decisionOutcome: 'rejected',
      dates: { application: '2025-11-03', decision: '2026-02-20' },
    };
    await renderApp({ ...EN, hash: '#/timeline/case', caseData });
    await screen.findByRole('heading', { level: 1, name: 'My case' });
    const g = group(DECISION);
    expect((within(g).getByLabelText('Day') as HTMLSelectElement).value).toBe('20');
    expect((within(g).getByLabelText('Month') as HTMLSelectElement).value).toBe('2');
    expect((screen.getByRole('radio', { name: 'Yes, my application was rejected' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /verlengde asielprocedure/i }) as HTMLInputElement).checked).toBe(true);
    // "Not yet" hides the decision date, and it is not saved.
    fireEvent.click(screen.getByRole('radio', { name: 'Not yet' }));
    expect(screen.queryByRole('group', { name: DECISION })).toBeNull();
  });

  it('saves what the person knows and shows the timeline (date from the calendar field)', async () => {
    await openForm();
    const g = group(APPLICATION);
    fireEvent.change(g.querySelector('input[type="date"]')!, { target: { value: '2026-01-12' } });
    expect((within(g).getByLabelText('Day') as HTMLSelectElement).value).toBe('12');
    fireEvent.click(screen.getByRole('radio', { name: /algemene asielprocedure/i }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and show my timeline' }));
    await screen.findByRole('heading', { level: 1, name: 'My timeline' });
    expect(window.location.hash).toBe('#/timeline');
    // 12 January 2026 + 6 months = 12 July 2026.
    const deadline = document.querySelector('li[data-id="decision-deadline"]')!;
    expect(deadline.textContent).toContain('12 July 2026');
  });
});

function item(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`li[data-id="${id}"]`);
  if (!el) throw new Error(`no timeline item ${id}`);
  return el;
}

describe('My timeline: the view', () => {
  it('without a case, offers to start', async () => {
    await renderApp({ ...EN, hash: '#/timeline' });
    await screen.findByRole('heading', { level: 1, name: 'My timeline' });
    fireEvent.click(screen.getByRole('link', { name: 'Enter my dates' }));
    await screen.findByRole('heading', { level: 1, name: 'My case' });
  });

  it('a rejected case in the general procedure: appeal deadline and end of reception', async () => {
    setToday(2026, 3, 4);
    const caseData: CaseInputData = {
      procedure: 'asylum',
      track: 'general',
      decisionOutcome: 'rejected',
      dates: { application: '2026-01-05', decision: '2026-03-02' },
    };
    await renderApp({ ...EN, hash: '#/timeline', caseData });
    await screen.findByRole('heading', { level: 1, name: 'My timeline' });

    // Decision Monday 2 March 2026 + 1 week = Monday 9 March 2026 (a working day).
    const appeal = item('appeal-deadline');
    expect(appeal.textContent).toContain('9 March 2026');
    expect(appeal.querySelector('.tl-kind')!.textContent).toBe('Legal deadline');
    expect(appeal.textContent).toContain('The date in your letter counts.');
    expect(within(appeal).getByRole('link', { name: /More about this step/ }).getAttribute('href')).toBe('#/procedure/step/appeal');
    expect(appeal.querySelector('details')!.textContent).toContain('Vreemdelingenwet 2000, art. 69');
    // 2 March 2026 + 4 weeks = 30 March 2026.
    expect(item('reception-end').textContent).toContain('30 March 2026');
    // Decided: no decision deadline, and nothing overdue.
    expect(document.querySelector('li[data-id="decision-deadline"]')).toBeNull();
    expect(screen.queryByText('The decision is late')).toBeNull();

    const next = document.querySelector('.next-card')!;
    expect(next.textContent).toContain('Last day to appeal');
    expect(next.textContent).toContain('That is in 5 days.'); // 4 → 9 March
    // Where the person is now: after the decision, before the appeal deadline.
    const order = [...document.querySelectorAll('ol.tl > li')].map((li) => li.getAttribute('data-id') ?? li.getAttribute('aria-current'));
    expect(order.indexOf('decision')).toBeLessThan(order.indexOf('date'));
    expect(order.indexOf('date')).toBeLessThan(order.indexOf('appeal-deadline'));
    // Dutch beside the title.
    await waitFor(() => expect(item('appeal-deadline').textContent).toContain('Laatste dag voor beroep'));
    // The rules used, and the calm note.
    expect(document.querySelector('.tl-ruleset')!.textContent).toContain('Rules before the EU Migration Pact');
    expect(screen.getAllByText(/This is information, not legal advice/).length).toBeGreaterThan(0);
  });

  it('a granted case: family reunification, housing target apart from the housing estimate, permit end', async () => {
    setToday(2026, 3, 1);
    const caseData: CaseInputData = {
      procedure: 'asylum',
      track: 'general',
      decisionOutcome: 'granted',
      dates: { application: '2025-10-01', decision: '2026-02-16' },
    };
    await renderApp({ ...EN, hash: '#/timeline', caseData });
    await screen.findByRole('heading', { level: 1, name: 'My timeline' });

    // 16 February 2026 + 3 months = 16 May 2026.
    const nareis = item('nareis-deadline');
    expect(nareis.textContent).toContain('16 May 2026');
    expect(nareis.dataset.kind).toBe('legal-deadline');
    // + 14 weeks (98 days): 12 left in February, 31 March, 30 April → 25 May 2026.
    const target = item('housing-target');
    expect(target.textContent).toContain('25 May 2026');
    expect(target.querySelector('.tl-kind')!.textContent).toBe('Target');
    expect(target.textContent).toContain('This is a goal, not a right.');
    // + 28 weeks (196 days, the 2025 average): → 31 August 2026.
    const estimate = item('housing-estimate');
    expect(estimate.textContent).toContain('31 August 2026');
    expect(estimate.querySelector('.tl-kind')!.textContent).toBe('Estimate · Average in 2025');
    // Different marker shapes, not only different colours.
    expect(target.querySelector('.tl-marker')!.className).not.toBe(estimate.querySelector('.tl-marker')!.className);
    // Counted from the application (1 October 2025) + 5 years (decided before 12 June 2026) = 1 October 2030.
    expect(item('permit-expiry').textContent).toContain('1 October 2030');
    expect(item('permit-expiry').textContent).toContain('Your permit counts from the day of your asylum application');
    // The IND accepts a renewal from 6 months before: 1 April 2030.
    expect(item('permit-renewal-from').textContent).toContain('1 April 2030');
    expect(screen.queryByText('The decision is late')).toBeNull();
    // Next: the family reunification deadline, 76 days ahead: told in months (Intl plural rules through the catalog).
    const next = document.querySelector('.next-card')!;
    expect(next.querySelector('[data-id="nareis-deadline"]')).not.toBeNull();
    expect(next.textContent).toContain('That is in about 2 months.');
    expect(next.textContent).not.toContain('76 days');
  });

  it('the decision is late: what to do with the lawyer, citing the Awb', async () => {
    setToday(2026, 3, 1);
    const caseData: CaseInputData = { procedure: 'asylum', track: 'general', dates: { application: '2025-06-02' } };
    await renderApp({ ...EN, hash: '#/timeline', caseData });
    await screen.findByRole('heading', { level: 1, name: 'My timeline' });
    // 2 June 2025 + 6 months = 2 December 2025, before today.
    expect(item('decision-deadline').textContent).toContain('2 December 2025');
    expect(item('decision-deadline').dataset.status).toBe('past');
    // Applied inside the period of the reversed 15-month extension: the note says so.
    expect(item('decision-deadline').textContent).toContain('Older letters may say the');
    expect(item('decision-deadline').textContent).toContain('The date in your letter counts.');
    const card = document.querySelector('.next-card')!;
    expect(within(card as HTMLElement).getByRole('heading', { name: /The decision is late/ })).toBeTruthy();
    expect(card.textContent).toContain('ingebrekestelling');
    expect(card.textContent).toContain('beroep niet tijdig beslissen');
    // Only after the period, else the appeal is inadmissible; no dwangsom for asylum.
    expect(card.textContent).toContain('Algemene wet bestuursrecht (Awb), art. 6:12');
    expect(card.textContent).toContain('ECLI:NL:RBDHA:2025:327');
    expect(card.textContent).toContain('Do not send it earlier');
    expect(card.textContent).toMatch(/for asylum applications the .*\bdwangsom\b.* was abolished/);
    expect(card.textContent).not.toContain('art. 4:17');
  });

  it('temporary protection: only the person’s dates and the end of temporary protection', async () => {
    const caseData: CaseInputData = { procedure: 'temporary-protection', dates: { registration: '2025-05-01' } };
    await renderApp({ ...EN, hash: '#/timeline', caseData });
    await screen.findByRole('heading', { level: 1, name: 'My timeline' });
    // The EU extended temporary protection for people from Ukraine until 4 March 2027.
    expect(item('temporary-protection-end').textContent).toContain('4 March 2027');
    expect(document.querySelector('li[data-id="decision-deadline"]')).toBeNull();
    expect(document.querySelector('.next-card')!.textContent).toContain('End of temporary protection');
  });

  it('hostile stored data gives a plain message, not a crash', async () => {
    const caseData = { procedure: 'asylum', dates: { application: '<img src=x onerror=alert(1)>', decision: '2026-02-30' } };
    await renderApp({ ...EN, hash: '#/timeline', caseData: caseData as unknown as CaseInputData });
    await screen.findByRole('heading', { level: 1, name: 'My timeline' });
    const notices = document.querySelector('.tl-notices')!;
    expect(notices.textContent).toContain('The date for asylum application does not exist.');
    expect(notices.textContent).toContain('The date for decision does not exist.');
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('deletes everything after one confirmation', async () => {
    const caseData: CaseInputData = { procedure: 'asylum', track: 'general', dates: { application: '2026-01-12' } };
    await renderApp({ ...EN, hash: '#/timeline', caseData });
    await screen.findByRole('heading', { level: 1, name: 'My timeline' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'No, keep my dates' }));
    expect(document.querySelector('li[data-id="application"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByRole('link', { name: 'Enter my dates' });
    expect(document.querySelector('li[data-id]')).toBeNull();
    expect(screen.getByText('Everything is deleted.')).toBeTruthy();
  });

  it('in Arabic it shows the dates right to left and makes a QR code in Arabic and Dutch', async () => {
    const caseData: CaseInputData = { procedure: 'asylum', track: 'general', dates: { application: '2026-01-12' } };
    await renderApp({ settings: { language: 'ar' }, lng: 'ar', hash: '#/timeline', caseData });
    await waitFor(() => expect(document.querySelector('li[data-id="decision-deadline"]')).toBeTruthy());
    expect(document.documentElement.dir).toBe('rtl');
    expect(item('decision-deadline').querySelector('.tl-item__date')!.textContent).toMatch(/12\s*يوليو\s*2026/);
    fireEvent.click(screen.getByRole('button', { name: /QR/ }));
    const img = (await screen.findByRole('img', { name: /QR/ })) as HTMLImageElement;
    expect(img.src).toMatch(/^data:image\/svg\+xml/);
    const text = document.querySelector('.qr-panel__text')!.textContent!;
    // The code holds the person's language and Dutch; the Arabic heading comes from the Arabic catalog.
    const arHeading = (arTimeline as { ui: { qr: { heading: string } } }).ui.qr.heading.split('{{')[0]!.trim();
    expect(text).toContain(arHeading);
    expect(text).toContain('Wegwijs – mijn tijdlijn');
    expect(text).not.toContain('Wegwijs – my timeline');
    expect(text).not.toContain('[EN]');
  });
});

describe('My timeline: print, second language, own calendar', () => {
  const caseData: CaseInputData = { procedure: 'asylum', track: 'general', dates: { application: '2026-01-12' } };

  it('print goes through the one print command, and main’s answer decides the message', async () => {
    const spy = vi.spyOn(api, 'print').mockResolvedValue({ outcome: 'saved' });
    await renderApp({ ...EN, hash: '#/timeline', caseData, info: { version: 't', mode: 'personal', encryption: 'os', notices: [] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    await screen.findByText('Your timeline is saved as a PDF file.');
    expect(spy).toHaveBeenCalledWith({ title: 'My timeline – 1 March 2026' });
    spy.mockResolvedValue({ outcome: 'refused' });
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await screen.findByText((await import('../../locales/en/timeline.json')).default.ui.actions.printFailed);
    spy.mockRestore();
  });

  it('on a kiosk that does not allow printing, there is no print button', async () => {
    const kiosk = {
      idleSeconds: 180,
      countdownSeconds: 30,
      languages: ['en' as const],
      defaultLanguage: 'en' as const,
      allowPrint: false,
      hasAdminExit: false,
    };
    await renderApp({ ...EN, hash: '#/timeline', caseData, info: { version: 't', mode: 'kiosk', encryption: 'memory', notices: [], kiosk } });
    await screen.findByRole('button', { name: 'Delete everything' });
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).toBeNull();
  });

  it('support-worker mode shows each explanation in the second language beside it', async () => {
    await renderApp({ settings: { language: 'en', secondLanguage: 'nl' }, hash: '#/timeline', caseData });
    await waitFor(() => expect(item('decision-deadline').textContent).toContain('Volgens de wet moet de'));
    expect(item('decision-deadline').textContent).toContain('By law, the');
  });

  it('shows the local calendar beside the Gregorian date when asked', async () => {
    // Persian: 12 July 2026 is 21 Tir 1405 (1 Farvardin 1405 = 21 March 2026; Farvardin,
    // Ordibehesht and Khordad have 31 days, so 1 Tir = 22 June).
    await renderApp({ lng: 'fa', settings: { language: 'fa', localCalendar: true }, hash: '#/timeline', caseData });
    await waitFor(() => expect(document.querySelector('li[data-id="decision-deadline"]')).toBeTruthy());
    const line = item('decision-deadline').querySelector('.tl-item__date')!.textContent!;
    expect(line).toMatch(/21\s*تیر\s*1405/);
  });
});

describe('buildQrText', () => {
  async function languages(): Promise<QrLanguage[]> {
    const i18n = await createI18n('en');
    await i18n.loadNamespaces('timeline');
    await loadLanguage(i18n, 'nl');
    const wrap = (lng: string): QrLanguage => {
      const t = i18n.getFixedT(lng, 'timeline');
      return { lng, t: (k, o) => String(t(k, o ?? {})) };
    };
    return [wrap('en'), wrap('nl')];
  }

  // A full case: every date known, a permit and an integration plan.
  const full: CaseInputData = {
    procedure: 'asylum',
    track: 'general',
    decisionOutcome: 'granted',
    unaccompaniedMinor: false,
    dates: { registration: '2025-09-01', application: '2025-09-03', decision: '2026-02-16', pip: '2026-02-25' },
  };

  it('holds both languages, dates in each language’s short style, within the size limit', async () => {
    const timeline = computeTimeline(full, '2026-03-01');
    const text = buildQrText(timeline, await languages(), '2026-03-01');
    expect(byteLength(text)).toBeLessThanOrEqual(QR_MAX_BYTES);
    expect(QR_MAX_BYTES).toBeLessThanOrEqual(1000);
    const [en, nl] = text.split('\n---\n');
    expect(en).toContain('Wegwijs – my timeline (01/03/2026)');
    expect(nl).toContain('Wegwijs – mijn tijdlijn (01-03-2026)');
    // 16 Feb 2026 + 3 months; application 3 Sep 2025 + 5 years; PIP 25 Feb 2026 + 3 years.
    expect(en).toContain('• Last day to apply for family reunification: 16/05/2026');
    expect(nl).toContain('• Laatste dag om gezinshereniging aan te vragen: 16-05-2026');
    expect(en).toContain('• End date of your permit: 03/09/2030');
    expect(nl).toContain('• Einde van je inburgeringstermijn: 25-02-2029');
    expect(en).toContain('• You can ask to extend your permit from: 03/03/2030');
    // With the renewal date the full case no longer fits: the oldest past dates go first, and it says so.
    expect(en).not.toContain('• Registration: 01/09/2025');
    expect(en).toContain('More dates: see the app.');
    expect(text).not.toMatch(/\[\[|\{\{/);
  });

  it('when too long, leaves out past events first and says there is more', async () => {
    const timeline = computeTimeline(full, '2026-03-01');
    const langs = await languages();
    const all = buildQrText(timeline, langs, '2026-03-01', 10_000);
    expect(all).toContain('Registration: 01/09/2025');
    const short = buildQrText(timeline, langs, '2026-03-01', byteLength(all) - 40);
    expect(byteLength(short)).toBeLessThanOrEqual(byteLength(all) - 40);
    expect(short).not.toContain('Registration: 01/09/2025');
    expect(short).not.toContain('Aanmelding: 01-09-2025');
    expect(short).toContain('Last day to apply for family reunification: 16/05/2026');
    expect(short).toContain('More dates: see the app.');
    expect(short).toContain('Meer datums: zie de app.');
    // Far too little room: still valid text within the limit.
    expect(byteLength(buildQrText(timeline, langs, '2026-03-01', 120))).toBeLessThanOrEqual(120);
  });

  it('leaves out a repeated language (a Dutch speaker gets one Dutch block)', async () => {
    const [, nl] = await languages();
    const timeline = computeTimeline(full, '2026-03-01');
    const text = buildQrText(timeline, [nl!, nl!], '2026-03-01');
    expect(text).not.toContain('---');
    expect(text).toContain('mijn tijdlijn');
  });
});
