import ical, { ICalAlarmType, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import { addDays, parseISODate, type ISODate } from '../domain/dates';
import type { Milestone, MilestoneKind, Timeline } from '../timeline/types';

/**
 * Deadlines into the person's own calendar (RFC 5545), written with
 * `ical-generator`: it escapes text, ends lines with CRLF and folds them at 75
 * octets without splitting a UTF-8 character.
 *
 * - One all-day event (`DTSTART;VALUE=DATE`) per upcoming milestone of the
 *   chosen kinds (every date to act on by default: legal deadlines, with or without a condition, and those not yet known).
 * - Each event reminds (`VALARM`, display) 7 days and 1 day before.
 * - UIDs are stable: the same milestone on the same date always gets the
 *   same UID, so importing the file again does not double an event, and two
 *   people's deadlines never share one (a support worker's calendar).
 *
 * Pure: no DOM, no Node. The date of "now" (DTSTAMP) is passed in.
 */

/** The kinds a person may take along; events (their own past dates) are not reminders. */
export const CALENDAR_KINDS = ['legal-deadline', 'conditional-deadline', 'not-yet-known', 'target', 'estimate'] as const satisfies readonly MilestoneKind[];
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
/**
 * Every date to act on by default: legal deadlines, those with a condition (their date is the earliest
 * one to act on) and those whose law is not yet known (their date is the earliest possible one).
 */
export const DEFAULT_CALENDAR_KINDS: readonly CalendarKind[] = ['legal-deadline', 'conditional-deadline', 'not-yet-known'];

/** Days before the date on which the calendar reminds. */
export const ALARM_DAYS_BEFORE = [7, 1] as const;

export interface CalendarText {
  /** The event's title, e.g. "Family reunification: last day (nareis)". */
  title(m: Milestone): string;
  /** Longer text, e.g. what to do and "Information, not legal advice". */
  description?(m: Milestone): string;
}

export interface CalendarOptions {
  /** Which milestones (by id) to include; default: every upcoming one of `kinds`. */
  ids?: readonly string[];
  /** Kinds to include when `ids` is not given. Default: legal deadlines only. */
  kinds?: readonly CalendarKind[];
  /** DTSTAMP; default: now. Pass a fixed value for reproducible output. */
  now?: Date;
  /** Leave out the reminders (the QR code, where space is short and phones ignore them). */
  alarms?: boolean;
}

const isCalendarKind = (k: MilestoneKind): k is CalendarKind => (CALENDAR_KINDS as readonly string[]).includes(k);

/** The milestones a calendar export can hold: upcoming (or today) and of a calendar kind, in date order. */
export function calendarMilestones(timeline: Timeline, options: Pick<CalendarOptions, 'ids' | 'kinds'> = {}): Milestone[] {
  const kinds = options.kinds ?? DEFAULT_CALENDAR_KINDS;
  return timeline.milestones.filter(
    (m) =>
      m.status !== 'past' &&
      isCalendarKind(m.kind) &&
      (options.ids ? options.ids.includes(m.id) : (kinds as readonly string[]).includes(m.kind)) &&
      parseISODate(m.date) !== null,
  );
}

/** Stable and unique per milestone and date, e.g. `nareis-deadline-20261114@wegwijs`. */
export function eventUid(m: Milestone): string {
  return `${m.id}-${m.date.replaceAll('-', '')}@wegwijs`;
}

function utcDate(iso: ISODate): Date {
  const p = parseISODate(iso);
  if (!p) throw new RangeError(`not a date: ${iso}`);
  return new Date(Date.UTC(p.y, p.m - 1, p.d));
}

function build(milestones: readonly Milestone[], text: CalendarText, options: CalendarOptions): ICalCalendar {
  const cal = ical({ prodId: { company: 'Wegwijs', product: 'Wegwijs', language: 'EN' } });
  const stamp = options.now ?? new Date();
  for (const m of milestones) {
    const event = cal.createEvent({
      id: eventUid(m),
      allDay: true,
      start: utcDate(m.date),
      // DTEND of an all-day event is exclusive: the day after.
      end: utcDate(addDays(m.date, 1)),
      stamp,
      summary: text.title(m),
      description: text.description?.(m) ?? null,
      // The day stays free in the person's calendar: it is a reminder, not an appointment.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    if (options.alarms !== false) {
      for (const days of ALARM_DAYS_BEFORE) {
        event.createAlarm({ type: ICalAlarmType.display, trigger: days * 24 * 60 * 60, description: text.title(m) });
      }
    }
  }
  return cal;
}

/** A whole calendar file (`BEGIN:VCALENDAR…`) with the chosen milestones. */
export function toICalendar(timeline: Timeline, text: CalendarText, options: CalendarOptions = {}): string {
  return build(calendarMilestones(timeline, options), text, options).toString();
}

/**
 * One event alone (`BEGIN:VEVENT…END:VEVENT`, CRLF, folded): what a QR code
 * holds so a phone camera offers to add it to the calendar. Without reminders
 * (phones ignore them there) and without Outlook's X- hints, to keep the code
 * small and easy to read.
 */
export function toVEvent(milestone: Milestone, text: CalendarText, options: Omit<CalendarOptions, 'ids' | 'kinds'> = {}): string {
  const whole = build([milestone], text, { alarms: false, ...options }).toString();
  const start = whole.indexOf('BEGIN:VEVENT');
  const endTag = 'END:VEVENT';
  const end = whole.indexOf(endTag, start);
  if (start < 0 || end < 0) throw new Error('no event written');
  // Outlook's X- hints for all-day events only make the code denser; phones do not need them.
  return whole
    .slice(start, end + endTag.length)
    .split('\r\n')
    .filter((line) => !line.startsWith('X-MICROSOFT-'))
    .join('\r\n');
}


export { nextDeadline } from './reminder';
