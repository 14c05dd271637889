import { Suspense, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { LanguageCode } from '@core/i18n/languages';
import type { Settings } from '@core/ipc/contract';
import arCommon from '../../locales/ar/common.json';
import enCommon from '../../locales/en/common.json';
import { AppProvider } from '../../renderer/src/app/AppContext';
import { DatePicker, nativeCalendarFits, type DatePickerProps } from '../../renderer/src/components/DatePicker';
import {
  localToday,
  NO_DATE,
  partsFromISO,
  partsToISO,
  partsToRealISO,
  readParts,
  type DateParts,
} from '../../renderer/src/components/dateParts';
import { createI18n } from '../../renderer/src/i18n';
import { previewInfo } from './render';

/**
 * The one date picker every page uses (My timeline, Can I work?, a letter's
 * date). Expected dates are worked out by hand from a calendar: 12 January
 * 2026 was a Monday; 2026 is not a leap year, so it has no 29 February.
 */

const LABEL = 'Which date is printed on the letter?';
const HINT = 'You find it at the top of the letter.';
const en = enCommon.datePicker;

type Options = Partial<Omit<DatePickerProps, 'value' | 'onChange'>> & {
  lng?: LanguageCode;
  settings?: Settings;
  initial?: DateParts;
};

/** The picker as a page holds it: the value in state, the page's own errors passed in. */
function Page({ initial, ...props }: Omit<Options, 'lng' | 'settings'>) {
  const [value, setValue] = useState<DateParts>(initial ?? { ...NO_DATE });
  return (
    <>
      <DatePicker label={LABEL} hint={HINT} today="2026-03-01" {...props} value={value} onChange={setValue} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

async function renderPicker({ lng = 'en', settings = {}, ...props }: Options = {}): Promise<HTMLElement> {
  const i18n = await createI18n(lng);
  render(
    <I18nextProvider i18n={i18n}>
      <AppProvider i18n={i18n} info={previewInfo} initialSettings={{ language: lng, ...settings }} initialCase={null}>
        <Suspense fallback={null}>
          <Page {...props} />
        </Suspense>
      </AppProvider>
    </I18nextProvider>,
  );
  return screen.findByRole('group', { name: LABEL });
}

const day = (g: HTMLElement, label = en.day) => within(g).getByLabelText(label) as HTMLSelectElement;
const month = (g: HTMLElement, label = en.month) => within(g).getByLabelText(label) as HTMLSelectElement;
const year = (g: HTMLElement, label = en.year) => within(g).getByLabelText(label) as HTMLSelectElement;
/** The language the browser itself runs in (its date field follows it). */
const browserLanguage = (tag: string) => vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(tag);
const calendarField = (g: HTMLElement) => g.querySelector('input[type="date"]') as HTMLInputElement | null;
const saidBack = (g: HTMLElement) => g.querySelector('.datepick__chosen')!.textContent!.replace(/\s+/g, ' ').trim();
const options = (s: HTMLSelectElement) => [...s.options].map((o) => o.textContent);

function pick(g: HTMLElement, d: string, m: string, y: string) {
  fireEvent.change(day(g), { target: { value: d } });
  fireEvent.change(month(g), { target: { value: m } });
  fireEvent.change(year(g), { target: { value: y } });
}

/** The elements an id list in aria-describedby points at. */
function describedBy(el: Element): HTMLElement[] {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)!).filter(Boolean);
}

// Most tests run as in a browser whose own language writes dates as the app's English does.
beforeEach(() => {
  browserLanguage('en-GB');
});

afterEach(() => {
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

describe('the date parts', () => {
  it('tell an empty, a half-chosen, an impossible and a real date apart', () => {
    expect(readParts({ d: '', m: '', y: '' })).toEqual({ kind: 'empty' });
    expect(readParts({ d: '', m: '2', y: '2026' })).toEqual({ kind: 'incomplete' });
    expect(readParts({ d: '29', m: '2', y: '2026' })).toEqual({ kind: 'impossible' });
    expect(readParts({ d: '29', m: '2', y: '2028' })).toEqual({ kind: 'date', iso: '2028-02-29' });
    expect(partsToRealISO({ d: '31', m: '4', y: '2026' })).toBeNull();
    expect(partsToRealISO({ d: '3', m: '9', y: '2025' })).toBe('2025-09-03');
    // The impossible day is passed on as it is, for the timeline engine to name.
    expect(partsToISO({ d: '31', m: '2', y: '2026' })).toBe('2026-02-31');
    expect(partsToISO({ d: '31', m: '', y: '2026' })).toBe('incomplete');
  });

  it('come from a stored date, or are empty for none', () => {
    expect(partsFromISO('2026-01-05')).toEqual({ d: '5', m: '1', y: '2026' });
    expect(partsFromISO(undefined)).toEqual(NO_DATE);
    expect(partsFromISO('2026-02-30')).toEqual(NO_DATE);
  });

  it("today is the day on this computer's calendar, not in UTC", () => {
    // 23:30 local time on 31 December: still that day here, whatever UTC says.
    expect(localToday(new Date(2025, 11, 31, 23, 30))).toBe('2025-12-31');
    expect(localToday(new Date(2026, 0, 1, 0, 15))).toBe('2026-01-01');
  });
});

describe('DatePicker', () => {
  it('picks a date from three lists, without a text box for a date format', async () => {
    const g = await renderPicker();
    expect(within(g).getAllByRole('combobox')).toHaveLength(3);
    expect(within(g).queryAllByRole('textbox')).toEqual([]);
    expect(options(month(g)).slice(0, 4)).toEqual([en.notChosen, 'January', 'February', 'March']);
    expect(options(day(g))).toHaveLength(32);
    // This year and 15 back by default; nothing ahead of today's year.
    expect(options(year(g)).slice(1, 3)).toEqual(['2026', '2025']);
    expect(options(year(g)).at(-1)).toBe('2011');
    // The hint is read out with each list.
    for (const select of [day(g), month(g), year(g)]) expect(describedBy(select).map((el) => el.textContent)).toEqual([HINT]);
  });

  it('says the chosen date back in words, with the weekday, and the calendar field follows', async () => {
    const g = await renderPicker();
    expect(saidBack(g)).toBe(en.none);
    pick(g, '12', '1', '2026');
    // 12 January 2026 was a Monday.
    expect(saidBack(g)).toMatch(/^You chose: Monday,? 12 January 2026$/);
    expect(within(g).getByText(/Monday,? 12 January 2026/).tagName).toBe('BDI');
    expect(calendarField(g)!.value).toBe('2026-01-12');
  });

  it('says it back without the weekday where the page asks so', async () => {
    const g = await renderPicker({ weekday: false });
    pick(g, '12', '1', '2026');
    expect(saidBack(g)).toBe('You chose: 12 January 2026');
  });

  it('takes a whole date from the calendar field, and ignores a half-typed one', async () => {
    const g = await renderPicker();
    fireEvent.change(calendarField(g)!, { target: { value: '2025-09-03' } });
    expect([day(g).value, month(g).value, year(g).value]).toEqual(['3', '9', '2025']);
    expect(saidBack(g)).toMatch(/Wednesday,? 3 September 2025/);
    fireEvent.change(calendarField(g)!, { target: { value: '' } });
    expect(screen.getByTestId('value').textContent).toBe(JSON.stringify({ d: '3', m: '9', y: '2025' }));
  });

  it('offers the browser\'s calendar field only where it writes dates as the app\'s language does', async () => {
    // A browser in American English writes 02/03/2001 for 3 February, British English 03/02/2001.
    expect(nativeCalendarFits('en', 'en-US')).toBe(false);
    expect(nativeCalendarFits('en', 'en-GB')).toBe(true);
    expect(nativeCalendarFits('ar', 'en-US')).toBe(false);
    expect(nativeCalendarFits('nl', 'nl-NL')).toBe(true);
    expect(nativeCalendarFits('fr', 'fr-FR')).toBe(true);
    browserLanguage('en-US');
    const g = await renderPicker({ lng: 'ar' });
    expect(calendarField(g)).toBeNull();
    // The lists stay, in Arabic.
    expect(g.querySelectorAll('select')).toHaveLength(3);
  });

  it('leaves the calendar field out where the page asks so', async () => {
    const g = await renderPicker({ calendar: false });
    expect(calendarField(g)).toBeNull();
  });

  it('an impossible date is said back as a plain sentence, never as a broken date', async () => {
    const g = await renderPicker();
    pick(g, '29', '2', '2026'); // 2026 is not a leap year
    expect(saidBack(g)).toBe(en.impossible);
    expect(g.textContent).not.toMatch(/Invalid|NaN|2026-02-29|1 March/);
    expect(calendarField(g)!.value).toBe('');
    // The picker says it; whether it stops anything is the page's decision, passed in as an error.
    expect(day(g).getAttribute('aria-invalid')).toBeNull();
  });

  it("puts the page's plain error next to the field, named by aria-describedby on every part", async () => {
    const error = 'This date is after today. Check the date on the letter.';
    const g = await renderPicker({ errors: [error] });
    expect(g.className).toContain('datepick--invalid');
    for (const field of [day(g), month(g), year(g), calendarField(g)!]) {
      expect(field.getAttribute('aria-invalid')).toBe('true');
      const boxes = describedBy(field);
      expect(boxes[0]!.textContent).toBe(HINT);
      const errorBox = boxes.find((el) => el.getAttribute('aria-live') === 'polite');
      expect(errorBox?.textContent?.trim()).toBe(error);
    }
    // One live region only: the said-back line is not announced on every change.
    expect(g.querySelectorAll('[aria-live]')).toHaveLength(1);
  });

  it('without errors nothing is marked invalid and the error box is not referenced', async () => {
    const g = await renderPicker({ errors: [] });
    expect(g.className).not.toContain('datepick--invalid');
    expect(day(g).getAttribute('aria-invalid')).toBeNull();
    expect(describedBy(day(g)).every((el) => el.getAttribute('aria-live') === null)).toBe(true);
  });

  it('a half-chosen date asks for the rest, or waits for the form to ask', async () => {
    const g = await renderPicker();
    fireEvent.change(month(g), { target: { value: '2' } });
    expect(saidBack(g)).toBe(en.incomplete);
    expect(calendarField(g)!.value).toBe('');
    expect(day(g).getAttribute('aria-invalid')).toBeNull();
  });

  it('a half-chosen date: no prompt while choosing where the form asks on saving', async () => {
    const g = await renderPicker({ promptIncomplete: false });
    fireEvent.change(month(g), { target: { value: '2' } });
    expect(saidBack(g)).toBe(en.none);
    expect(within(g).queryByText(/Choose a day, a month and a year/)).toBeNull();
  });

  it('clears the date and keeps the focus in the field', async () => {
    const g = await renderPicker({ initial: { d: '5', m: '1', y: '2026' } });
    fireEvent.click(within(g).getByRole('button', { name: en.clear }));
    expect([day(g).value, month(g).value, year(g).value]).toEqual(['', '', '']);
    expect(within(g).queryByRole('button', { name: en.clear })).toBeNull();
    expect(document.activeElement).toBe(day(g));
  });

  it('the year list reaches as far as asked, and always holds the picked year', async () => {
    const g = await renderPicker({ yearsBack: 2, yearsAhead: 1, initial: { d: '1', m: '6', y: '1990' } });
    const years = options(year(g));
    expect(years.slice(0, 5)).toEqual([en.notChosen, '2027', '2026', '2025', '2024']);
    expect(years).toContain('1990');
    expect(year(g).value).toBe('1990');
  });

  it('names the months in Arabic (Gregorian), with its labels, and Latin digits by default', async () => {
    const ar = arCommon.datePicker;
    const g = await renderPicker({ lng: 'ar' });
    expect(options(month(g, ar.month)).slice(0, 4)).toEqual([ar.notChosen, 'يناير', 'فبراير', 'مارس']);
    expect(options(month(g, ar.month)).at(-1)).toBe('ديسمبر');
    expect(options(day(g, ar.day))[12]).toBe('12');
    expect(options(year(g, ar.year))[1]).toBe('2026');
    fireEvent.change(day(g, ar.day), { target: { value: '12' } });
    fireEvent.change(month(g, ar.month), { target: { value: '1' } });
    fireEvent.change(year(g, ar.year), { target: { value: '2026' } });
    const said = saidBack(g);
    expect(said.startsWith(ar.chosen)).toBe(true);
    expect(said).toMatch(/12\s*يناير\s*2026/);
  });

  it('shows the language’s own digits when the person chose them', async () => {
    const ar = arCommon.datePicker;
    const g = await renderPicker({ lng: 'ar', settings: { nativeDigits: true } });
    // Arabic-Indic digits: ١٢ is 12, ٢٠٢٦ is 2026.
    expect(options(day(g, ar.day))[12]).toBe('١٢');
    expect(options(year(g, ar.year))[1]).toBe('٢٠٢٦');
    // The values stay plain numbers: only what is shown changes.
    expect([...day(g, ar.day).options][12]!.value).toBe('12');
    fireEvent.change(day(g, ar.day), { target: { value: '12' } });
    fireEvent.change(month(g, ar.month), { target: { value: '1' } });
    fireEvent.change(year(g, ar.year), { target: { value: '2026' } });
    const words = g.querySelector('.datepick__words')!.textContent!;
    expect(words).toMatch(/١٢\s*يناير\s*٢٠٢٦/);
    expect(words).not.toMatch(/[0-9]/);
  });
});
