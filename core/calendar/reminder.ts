import { addDays, type ISODate } from '../domain/dates';
import type { Milestone, Timeline } from '../timeline/types';

// The home reminder (issue 15), apart from the iCalendar writer so the home screen does not load it.

/** The home screen reminds of a deadline this many days ahead (a UI choice, not a legal term). */
const REMINDER_DAYS = 14;

/** Dates to act on: a legal deadline, one with a condition (its earliest date) or one whose law is not yet known. */
const TO_ACT_ON: ReadonlySet<Milestone['kind']> = new Set(['legal-deadline', 'conditional-deadline', 'not-yet-known']);

/**
 * The next date to act on from `today` to `today + withinDays` (inclusive),
 * or null. Targets and estimates are not promises, so never these.
 */
export function nextDeadline(timeline: Timeline, today: ISODate, withinDays: number = REMINDER_DAYS): Milestone | null {
  const last = addDays(today, withinDays);
  const due = timeline.milestones
    .filter((m) => TO_ACT_ON.has(m.kind) && m.date >= today && m.date <= last)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return due[0] ?? null;
}
