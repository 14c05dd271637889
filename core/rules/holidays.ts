import { addDays, parseISODate, toISODate, weekday, type ISODate } from '../domain/dates';

/**
 * Recognised public holidays ("algemeen erkende feestdagen") and the end of a
 * statutory term under the Algemene termijnenwet (Atw).
 *
 * Atw art. 1(1): a term set in a law that ends on a Saturday, Sunday or a
 * recognised holiday is extended to the next day that is none of those.
 * Atw art. 2: a term of at least three days is extended, where needed, so that
 * it contains at least two days that are none of those.
 * Atw art. 3(1): the recognised holidays are New Year's Day, Easter Monday,
 * Whit Monday, Christmas Day and Boxing Day, Ascension Day, the day the King's
 * birthday is celebrated, and 5 May. Art. 3(2): Good Friday counts as one for
 * the purposes of the Atw. Art. 3(3): other days can be equated by Royal
 * Decree (published in the Staatscourant); those are listed in
 * `EQUATED_DAYS`.
 *
 * These rules come from the law itself (registry id `atw`, art. 1 and art. 3); the five source
 * documents do not describe them. Leaving out a day only ever makes a
 * deadline shown earlier than the real one, never later.
 */
type HolidayId =
  | 'new-year'
  | 'good-friday'
  | 'easter-monday'
  | 'kings-day'
  | 'liberation-day'
  | 'ascension-day'
  | 'whit-monday'
  | 'christmas-day'
  | 'boxing-day'
  | 'equated-day';

/**
 * Days equated with a recognised holiday by Royal Decree under Atw art. 3(3).
 * Data, not code: add the dates from the decree in the Staatscourant here.
 * Empty until someone checks the decree (the source documents do not list them).
 */
const EQUATED_DAYS: readonly ISODate[] = [];

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): ISODate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toISODate({ y: year, m: month, d: day });
}

/**
 * The day the King's birthday is celebrated: 27 April, or 26 April when
 * 27 April is a Sunday (since 2014). Before 2014 the Queen's birthday was
 * celebrated on 30 April, or 29 April when that was a Sunday; that older rule
 * is general knowledge, outside the dates the app needs, and not checked
 * against a source.
 */
export function kingsDay(year: number): ISODate {
  if (year >= 2014) {
    const d = toISODate({ y: year, m: 4, d: 27 });
    return weekday(d) === 0 ? toISODate({ y: year, m: 4, d: 26 }) : d;
  }
  const d = toISODate({ y: year, m: 4, d: 30 });
  return weekday(d) === 0 ? toISODate({ y: year, m: 4, d: 29 }) : d;
}

export interface Holiday {
  date: ISODate;
  id: HolidayId;
}

const yearCache = new Map<number, ReadonlyMap<ISODate, HolidayId>>();

function holidayMap(year: number): ReadonlyMap<ISODate, HolidayId> {
  const cached = yearCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: toISODate({ y: year, m: 1, d: 1 }), id: 'new-year' },
    { date: addDays(easter, -2), id: 'good-friday' },
    { date: addDays(easter, 1), id: 'easter-monday' },
    { date: kingsDay(year), id: 'kings-day' },
    { date: toISODate({ y: year, m: 5, d: 5 }), id: 'liberation-day' },
    { date: addDays(easter, 39), id: 'ascension-day' },
    { date: addDays(easter, 50), id: 'whit-monday' },
    { date: toISODate({ y: year, m: 12, d: 25 }), id: 'christmas-day' },
    { date: toISODate({ y: year, m: 12, d: 26 }), id: 'boxing-day' },
  ];
  const map = new Map<ISODate, HolidayId>();
  // Ascension Day can fall on 5 May; the first id listed wins, both are holidays.
  for (const h of list) if (!map.has(h.date)) map.set(h.date, h.id);
  for (const d of EQUATED_DAYS) if (d.startsWith(`${year}-`) && !map.has(d)) map.set(d, 'equated-day');
  yearCache.set(year, map);
  return map;
}

/** The recognised holidays of a year (Atw art. 3), in date order. */
export function holidaysOf(year: number): Holiday[] {
  return [...holidayMap(year)].map(([date, id]) => ({ date, id })).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The holiday on `date`, if it is one. */
function holidayOn(date: ISODate): HolidayId | undefined {
  const p = parseISODate(date);
  if (!p) return undefined;
  return holidayMap(p.y).get(date);
}

function isHoliday(date: ISODate): boolean {
  return holidayOn(date) !== undefined;
}

function isWeekend(date: ISODate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** A day that is not a Saturday, Sunday or recognised holiday (Atw). */
export function isWorkingDay(date: ISODate): boolean {
  return !isWeekend(date) && !isHoliday(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: ISODate): ISODate {
  let d = addDays(date, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export interface TermEnd {
  /** The last day of the term after the Atw. */
  date: ISODate;
  /** Why it moved, if it did: 'holiday' when a recognised holiday was among the skipped days, else 'weekend'. */
  adjusted?: 'weekend' | 'holiday';
}

/**
 * Atw art. 1(1): when the last day of a term falls on a Saturday, Sunday or
 * recognised holiday, the term ends on the next day that is none of those.
 */
export function extendToWorkingDay(date: ISODate): TermEnd {
  if (isWorkingDay(date)) return { date };
  let holiday = false;
  let d = date;
  while (!isWorkingDay(d)) {
    if (isHoliday(d)) holiday = true;
    d = addDays(d, 1);
  }
  return { date: d, adjusted: holiday ? 'holiday' : 'weekend' };
}

/**
 * The end of a statutory term under the Atw, given its first day and its
 * calculated last day: art. 1(1) (move off a weekend or holiday) and art. 2
 * (a term of three days or more contains at least two working days).
 */
export function statutoryTermEnd(firstDay: ISODate, lastDay: ISODate): TermEnd {
  const moved = extendToWorkingDay(lastDay);
  if (lastDay < firstDay) return moved;
  // Count working days from the first day, stopping as soon as two are found.
  let working = 0;
  for (let d = firstDay; d <= moved.date && working < 2; d = addDays(d, 1)) {
    if (isWorkingDay(d)) working++;
  }
  // Art. 2 applies to a statutory term of at least three days.
  if (working >= 2 || countDays(firstDay, lastDay) < 3) return moved;
  let d = moved.date;
  let holiday = moved.adjusted === 'holiday';
  while (working < 2) {
    d = addDays(d, 1);
    if (isHoliday(d)) holiday = true;
    if (isWorkingDay(d)) working++;
  }
  return { date: d, adjusted: holiday ? 'holiday' : 'weekend' };
}

function countDays(first: ISODate, last: ISODate): number {
  let n = 0;
  for (let d = first; d <= last && n < 3; d = addDays(d, 1)) n++;
  return n;
}
