import { addDays, addMonths, daysBetween, type ISODate } from '@core/domain/dates';
import type { Milestone, Timeline } from '@core/timeline';

/**
 * "What happens next": which dates the card shows, and in what order. Kept
 * apart from the timeline engine on purpose: the engine sorts by date; this
 * is how the screen presents the nearest dates.
 */

/** Dates that ask the person to do something (through their lawyer, or themselves) by that day. */
const ACTION_MILESTONES: ReadonlySet<string> = new Set(['appeal-deadline', 'nareis-deadline', 'integration-term-end']);

/** Dates this close to the first one are shown together with it. */
const TOGETHER_DAYS = 14;

/**
 * The upcoming dates to show first: the nearest one, and every other date
 * within two weeks of it; those that need an action first, then by date.
 * Past dates and the person's own events are left out.
 */
export function nextSteps(timeline: Timeline): Milestone[] {
  const ahead = timeline.milestones.filter((m) => m.kind !== 'event' && m.status !== 'past');
  const first = ahead[0];
  if (!first) return [];
  const until = addDays(first.date, TOGETHER_DAYS);
  const together = ahead.filter((m) => m.date <= until);
  const acts = (m: Milestone) => (ACTION_MILESTONES.has(m.id) ? 0 : 1);
  // Array.prototype.sort is stable: within each group the engine's date order stays.
  return together.sort((a, b) => acts(a) - acts(b));
}

/** Beyond this many days, "in about 4 years and 3 months" reads better than a count of days. */
const DAYS_AS_COUNT = 60;

/**
 * The distance from `from` to `to` in whole calendar months, rounded to the
 * nearest month, split into years and months. Null within DAYS_AS_COUNT days.
 */
export function aboutSpan(from: ISODate, to: ISODate): { years: number; months: number } | null {
  if (daysBetween(from, to) <= DAYS_AS_COUNT) return null;
  let months = 0;
  while (addMonths(from, months + 1) <= to) months++;
  const rest = daysBetween(addMonths(from, months), to);
  const next = daysBetween(addMonths(from, months), addMonths(from, months + 1));
  if (rest * 2 >= next) months++;
  return { years: Math.floor(months / 12), months: months % 12 };
}
