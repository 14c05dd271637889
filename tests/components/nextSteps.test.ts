import { describe, expect, it } from 'vitest';
import type { MilestoneId } from '@core/domain/milestones';
import type { Milestone, Timeline } from '@core/timeline';
import { aboutSpan, nextSteps } from '../../renderer/src/pages/timeline/nextSteps';

const m = (id: MilestoneId, date: string, kind: Milestone['kind'] = 'legal-deadline', status: Milestone['status'] = 'upcoming'): Milestone => ({
  id,
  kind,
  date,
  status,
  sources: [],
});
const timeline = (milestones: Milestone[]): Timeline => ({ milestones, issues: [] }) as unknown as Timeline;

describe('what happens next', () => {
  it('after a refusal puts the appeal deadline (an action) before an earlier end of reception within two weeks', () => {
    const steps = nextSteps(
      timeline([m('decision', '2026-03-02', 'event', 'past'), m('reception-end', '2026-03-30'), m('appeal-deadline', '2026-03-31')]),
    );
    expect(steps.map((s) => s.id)).toEqual(['appeal-deadline', 'reception-end']);
  });

  it('shows a later date with the first only when it falls within two weeks of it', () => {
    const steps = nextSteps(timeline([m('decision-deadline', '2026-03-02'), m('appeal-deadline', '2026-03-17')]));
    expect(steps.map((s) => s.id)).toEqual(['decision-deadline']);
    const close = nextSteps(timeline([m('decision-deadline', '2026-03-02'), m('work-allowed-from', '2026-03-16', 'target')]));
    expect(close.map((s) => s.id)).toEqual(['decision-deadline', 'work-allowed-from']);
  });

  it('leaves out past dates and the person\u2019s own events', () => {
    expect(nextSteps(timeline([m('application', '2026-01-01', 'event'), m('appeal-deadline', '2026-01-09', 'legal-deadline', 'past')]))).toEqual([]);
  });
});

describe('far-off dates', () => {
  it('count days up to 60 days, then whole years and months, rounded to the nearest month', () => {
    expect(aboutSpan('2026-03-01', '2026-04-30')).toBeNull(); // 60 days
    // 1548 days after 5 December 2026 is 2 March 2031: 4 years, 2 months and 25 days.
    expect(aboutSpan('2026-12-05', '2031-03-02')).toEqual({ years: 4, months: 3 });
    // 1 March → 16 May: 2 months and 15 of May's 31 days: less than half a month more.
    expect(aboutSpan('2026-03-01', '2026-05-16')).toEqual({ years: 0, months: 2 });
    expect(aboutSpan('2026-03-01', '2026-05-17')).toEqual({ years: 0, months: 3 });
    expect(aboutSpan('2026-02-16', '2031-02-16')).toEqual({ years: 5, months: 0 });
  });
});
