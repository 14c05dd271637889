import { parseISODate, toISODate, type ISODate } from '@core/domain/dates';

/**
 * A date as the date picker holds it, apart from React: what the person
 * picked, and what that amounts to. Used by every page that asks for a date.
 */

/** A date as picked: day, month and year as select values ('' = not chosen). */
export interface DateParts {
  d: string;
  m: string;
  y: string;
}

/** Nothing chosen. Frozen: copy it (`{ ...NO_DATE }`) to change it. */
export const NO_DATE: Readonly<DateParts> = Object.freeze({ d: '', m: '', y: '' });

/** Today on this computer's calendar, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): ISODate {
  return toISODate({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

/** The parts of a stored date; all empty when there is none (or it is not a real date). */
export function partsFromISO(iso: string | undefined): DateParts {
  const p = parseISODate(iso);
  return p ? { d: String(p.d), m: String(p.m), y: String(p.y) } : { ...NO_DATE };
}

/**
 * The date the parts name, as `YYYY-MM-DD`. It may be a day that does not
 * exist (31 February): the timeline engine reports that as a plain message.
 * 'empty' when nothing is chosen, 'incomplete' when only some parts are.
 */
export function partsToISO(p: DateParts): string | 'empty' | 'incomplete' {
  const chosen = [p.d, p.m, p.y].filter((v) => v !== '').length;
  if (chosen === 0) return 'empty';
  if (chosen < 3) return 'incomplete';
  const d = Number(p.d);
  const m = Number(p.m);
  const y = Number(p.y);
  if (![d, m, y].every(Number.isInteger)) return 'incomplete';
  // Not toISODate's validation: an impossible day is passed on as it is.
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export type PartsState = { kind: 'empty' } | { kind: 'incomplete' } | { kind: 'impossible' } | { kind: 'date'; iso: ISODate };

/** What the picked parts amount to: nothing yet, half a date, a day that does not exist, or a real date. */
export function readParts(p: DateParts): PartsState {
  const iso = partsToISO(p);
  if (iso === 'empty' || iso === 'incomplete') return { kind: iso };
  const parsed = parseISODate(iso);
  return parsed ? { kind: 'date', iso: toISODate(parsed) } : { kind: 'impossible' };
}

/** A real date from the parts, or null. */
export function partsToRealISO(p: DateParts): ISODate | null {
  const state = readParts(p);
  return state.kind === 'date' ? state.iso : null;
}
