/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: no time, no time zone, so a date
 * never shifts by a day. All arithmetic is done on UTC day numbers.
 */
export type ISODate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface YMD {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses a real calendar date (2026-02-30 is not one). Years 1900–2200 only. */
export function parseISODate(value: unknown): YMD | null {
  if (typeof value !== 'string') return null;
  const match = ISO_RE.exec(value);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isISODate(value: unknown): value is ISODate {
  return parseISODate(value) !== null;
}

export function toISODate({ y, m, d }: YMD): ISODate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toDayNumber(date: ISODate): number {
  const p = parseISODate(date);
  if (!p) throw new RangeError(`Not an ISO date: ${date}`);
  return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
}

function fromDayNumber(n: number): ISODate {
  const dt = new Date(n * 86_400_000);
  return toISODate({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
}

export function addDays(date: ISODate, days: number): ISODate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar months; a day that does not exist in the target month becomes that month's last day. */
export function addMonths(date: ISODate, months: number): ISODate {
  const p = parseISODate(date);
  if (!p) throw new RangeError(`Not an ISO date: ${date}`);
  const total = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return toISODate({ y, m, d: Math.min(p.d, daysInMonth(y, m)) });
}

export function addYears(date: ISODate, years: number): ISODate {
  return addMonths(date, years * 12);
}

export function daysBetween(from: ISODate, to: ISODate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: ISODate): number {
  return new Date(toDayNumber(date) * 86_400_000).getUTCDay();
}
