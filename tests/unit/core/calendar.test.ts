import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ALARM_DAYS_BEFORE, calendarMilestones, eventUid, nextDeadline, toICalendar, toVEvent } from '@core/calendar';
import { addDays } from '@core/domain/dates';
import type { MilestoneId } from '@core/domain/milestones';
import { computeTimeline, type Milestone, type Timeline } from '@core/timeline';

/**
 * The calendar file is checked with an independent parser (ical.js, Mozilla's
 * RFC 5545 parser), never by comparing against our own writer's output.
 */

const NOW = new Date(Date.UTC(2026, 11, 5, 8, 0, 0));

function milestone(id: MilestoneId, kind: Milestone['kind'], date: string, status: Milestone['status'] = 'upcoming'): Milestone {
  return { id, kind, date, status, sources: ['svm2026'] };
}

const timeline: Timeline = {
  ruleSet: 'pact',
  issues: [],
  milestones: [
    milestone('decision', 'event', '2026-11-20', 'past'),
    milestone('appeal-deadline', 'legal-deadline', '2026-11-27', 'past'),
    milestone('nareis-deadline', 'legal-deadline', '2027-02-20'),
    milestone('housing-target', 'target', '2027-02-26'),
    milestone('housing-estimate', 'estimate', '2027-05-01'),
    milestone('permit-expiry', 'legal-deadline', '2029-11-20'),
  ],
};

// A long title in Arabic with a Dutch term: folding must cut between characters, never inside one.
const LONG = 'لمّ شمل الأسرة: آخر يوم لتقديم الطلب (nareis, machtiging tot voorlopig verblijf) — 👨‍👩‍👧 العائلة';
const text = {
  title: (m: Milestone) => (m.id === 'nareis-deadline' ? LONG : `Deadline ${m.id}`),
  description: (m: Milestone) => `About ${m.id}; see Wegwijs, information, not legal advice.\nSecond line, with a comma`,
};

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n') || ics.endsWith('END:VCALENDAR')).toBe(true);
  return ics.split('\r\n').filter((l) => l !== '');
}

describe('toICalendar', () => {
  const ics = toICalendar(timeline, text, { now: NOW });

  it('holds one all-day event per upcoming legal deadline by default, on the milestone dates', () => {
    const evs = events(ics);
    const wanted = timeline.milestones.filter((m) => m.kind === 'legal-deadline' && m.status !== 'past');
    expect(evs).toHaveLength(wanted.length);
    for (const [i, ev] of evs.entries()) {
      const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(wanted[i]!.date);
      const end = ev.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(end.toString()).toBe(addDays(wanted[i]!.date, 1));
      expect(ev.getFirstPropertyValue('uid')).toBe(eventUid(wanted[i]!));
    }
    expect(ics).toMatch(/\r\nDTSTART;VALUE=DATE:20270220\r\n/);
  });

  it('takes targets and estimates only when chosen, and chosen ids exactly', () => {
    expect(events(toICalendar(timeline, text, { now: NOW, kinds: ['legal-deadline', 'target', 'estimate'] }))).toHaveLength(4);
    const only = events(toICalendar(timeline, text, { now: NOW, ids: ['housing-estimate'] }));
    expect(only.map((e) => e.getFirstPropertyValue('uid'))).toEqual([eventUid(timeline.milestones[4]!)]);
    // Past dates and the person's own events never become reminders, even when asked for.
    expect(events(toICalendar(timeline, text, { now: NOW, ids: ['decision', 'appeal-deadline'] }))).toHaveLength(0);
  });

  it('reminds 7 days and 1 day before, as display alarms', () => {
    for (const ev of events(ics)) {
      const alarms = ev.getAllSubcomponents('valarm');
      expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(ALARM_DAYS_BEFORE.map(() => 'DISPLAY'));
      const before = alarms.map((a) => -(a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86_400);
      expect(before).toEqual([...ALARM_DAYS_BEFORE]);
      expect(alarms.every((a) => typeof a.getFirstPropertyValue('description') === 'string')).toBe(true);
    }
  });

  it('keeps titles and descriptions intact through escaping and folding', () => {
    const nareis = events(ics).find((e) => e.getFirstPropertyValue('uid') === eventUid(timeline.milestones[2]!))!;
    expect(nareis.getFirstPropertyValue('summary')).toBe(LONG);
    expect(nareis.getFirstPropertyValue('description')).toBe(text.description(timeline.milestones[2]!));
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a UTF-8 character', () => {
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = physicalLines(ics);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const encoder = new TextEncoder();
    for (const line of lines) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Each physical line on its own is valid UTF-8 (a lone surrogate would come back as U+FFFD).
      expect(decoder.decode(bytes)).toBe(line);
    }
    // The long title really was folded (continuation lines start with one space).
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
  });

  it('gives stable UIDs: the same case gives the same file, another date another UID', () => {
    expect(toICalendar(timeline, text, { now: NOW })).toBe(ics);
    const uids = events(ics).map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    const moved: Timeline = {
      ...timeline,
      milestones: timeline.milestones.map((m) => (m.id === 'nareis-deadline' ? { ...m, date: '2027-02-21' } : m)),
    };
    const movedUids = events(toICalendar(moved, text, { now: NOW })).map((e) => e.getFirstPropertyValue('uid'));
    expect(movedUids).not.toContain(uids[0]);
    expect(movedUids[1]).toBe(uids[1]);
  });

  it('takes every date to act on by default, also one with a condition, and no target or estimate', () => {
    const tl = computeTimeline(
      { procedure: 'asylum', track: 'extended', decisionOutcome: 'rejected', dates: { application: '2025-01-10', decision: '2026-05-01' } },
      '2026-05-02',
    );
    const kinds = new Set(calendarMilestones(tl).map((m) => m.kind));
    expect(kinds.has('conditional-deadline')).toBe(true);
    expect([...kinds].every((k) => ['legal-deadline', 'conditional-deadline', 'not-yet-known'].includes(k))).toBe(true);
  });

  it('writes the real nareis deadline of a computed timeline', () => {
    const tl = computeTimeline({ procedure: 'asylum', decisionOutcome: 'granted', dates: { decision: '2026-11-20' } }, '2026-12-05');
    const deadline = tl.milestones.find((m) => m.id === 'nareis-deadline');
    // A decision after 12 June 2026: the new law's nareis term is not yet known; its earliest date is a date to act on.
    expect(deadline?.kind).toBe('not-yet-known');
    const evs = events(toICalendar(tl, text, { now: NOW, ids: ['nareis-deadline'] }));
    expect(evs).toHaveLength(1);
    expect((evs[0]!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(deadline!.date);
  });
});

describe('toVEvent (the QR code)', () => {
  const m = timeline.milestones[2]!;
  const vevent = toVEvent(m, text, { now: NOW });

  it('is exactly one VEVENT, without reminders, that a calendar parser reads', () => {
    expect(vevent.startsWith('BEGIN:VEVENT\r\n')).toBe(true);
    expect(vevent.endsWith('END:VEVENT')).toBe(true);
    expect(vevent).not.toContain('VCALENDAR');
    expect(vevent).not.toContain('VALARM');
    expect(vevent).not.toContain('X-MICROSOFT');
    const ev = new ICAL.Component(ICAL.parse(vevent));
    expect(ev.name).toBe('vevent');
    expect(ev.getFirstPropertyValue('summary')).toBe(LONG);
    expect((ev.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(m.date);
    expect(ev.getFirstPropertyValue('uid')).toBe(eventUid(m));
  });

  it('lists the events a calendar export would hold, in date order', () => {
    expect(calendarMilestones(timeline).map((x) => x.id)).toEqual(['nareis-deadline', 'permit-expiry']);
  });
});

describe('nextDeadline (the home reminder)', () => {
  const tl: Timeline = {
    ruleSet: 'pact',
    issues: [],
    milestones: [
      milestone('appeal-deadline', 'legal-deadline', '2027-02-01', 'past'),
      milestone('housing-target', 'target', '2027-02-10'),
      milestone('nareis-deadline', 'legal-deadline', '2027-02-20'),
    ],
  };
  it('shows a legal deadline 14 days ahead, not 15, and never a target or a past date', () => {
    // 6 February + 14 days = 20 February.
    expect(nextDeadline(tl, '2027-02-06')?.id).toBe('nareis-deadline');
    expect(nextDeadline(tl, '2027-02-05')).toBeNull();
    expect(nextDeadline(tl, '2027-02-20')?.id).toBe('nareis-deadline');
    expect(nextDeadline(tl, '2027-02-21')).toBeNull();
  });
});
