import { describe, expect, it } from 'vitest';
import { canWork, CONDITION_IDS, WORK_SITUATIONS, type WorkSituation } from '@core/work';
import { computeTimeline } from '@core/timeline';
import { SOURCES } from '@core/sources/registry';

// Expected dates counted by hand: application + 6 calendar months.

describe('canWork: asylum seeker with a pending application', () => {
  const pending = (application: string): WorkSituation => ({ kind: 'asylum-pending', application });

  it('the day before the 6-month mark: not yet, with the date it becomes possible', () => {
    const a = canWork(pending('2025-10-15'), '2026-04-14');
    expect(a.answer).toBe('from');
    expect(a.from).toBe('2026-04-15');
    expect(a.conditions).toEqual(['uwv-conditions', 'twv-by-employer', 'no-24-week-limit', 'own-contribution']);
  });

  it('on the 6-month mark: yes', () => {
    const a = canWork(pending('2025-10-15'), '2026-04-15');
    expect(a.answer).toBe('yes');
    expect(a.from).toBeUndefined();
    expect(a.conditions).toContain('twv-by-employer');
  });

  it('31 August + 6 months clamps to the end of February', () => {
    expect(canWork(pending('2025-08-31'), '2026-02-27')).toMatchObject({ answer: 'from', from: '2026-02-28' });
    expect(canWork(pending('2025-08-31'), '2026-02-28').answer).toBe('yes');
  });

  it('before 29 Nov 2023 the 24-weeks-in-52 limit applied', () => {
    expect(canWork(pending('2023-01-02'), '2023-11-28').conditions).toContain('max-24-weeks');
    expect(canWork(pending('2023-01-02'), '2023-11-29').conditions).toContain('no-24-week-limit');
  });

  it('uses the same rule as the timeline: work-allowed-from equals canWork.from', () => {
    for (const application of ['2026-01-31', '2025-08-31', '2024-02-29', '2026-06-12', '2025-12-11']) {
      const t = computeTimeline({ procedure: 'asylum', track: 'general', dates: { application } }, application);
      const m = t.milestones.find((x) => x.id === 'work-allowed-from');
      expect(canWork(pending(application), application).from).toBe(m?.date);
    }
  });

  it('without a valid application date: no, and asks for it', () => {
    expect(canWork(pending('2026-02-30'), '2026-07-01')).toMatchObject({ answer: 'no', conditions: ['application-date-needed'] });
  });
});

describe('canWork: other situations', () => {
  it('permit holder: yes, free labour market', () => {
    expect(canWork({ kind: 'permit-holder' }, '2026-07-01')).toMatchObject({ answer: 'yes', conditions: ['free-labour-market'] });
  });

  it('temporary protection: yes until 4 March 2027, employer notifies UWV 2 working days before', () => {
    const a = canWork({ kind: 'temporary-protection' }, '2026-07-01');
    expect(a.answer).toBe('yes');
    expect(a.until).toBe('2027-03-04');
    expect(a.noticeWorkingDays).toBe(2);
    expect(a.conditions).toEqual(['uwv-notification-2-working-days', 'volunteering-statement', 'internship', 'temporary-protection-until']);
    expect(canWork({ kind: 'temporary-protection' }, '2027-03-04').answer).toBe('yes');
  });

  it('temporary protection after its end date: no, ask for advice', () => {
    expect(canWork({ kind: 'temporary-protection' }, '2027-03-05')).toMatchObject({
      answer: 'no',
      conditions: ['temporary-protection-ended'],
      until: '2027-03-04',
    });
  });

  it('rejected: no, ask the lawyer', () => {
    expect(canWork({ kind: 'rejected' }, '2026-07-01')).toMatchObject({ answer: 'no', conditions: ['ask-lawyer-appeal'] });
  });

  it('never throws on garbage', () => {
    for (const g of [null, undefined, 1, 'x', {}, { kind: 'astronaut' }, { kind: 'asylum-pending' }, { kind: 'asylum-pending', application: 5 }]) {
      expect(() => canWork(g as WorkSituation, '2026-07-01')).not.toThrow();
      expect(canWork(g as WorkSituation, '2026-07-01').answer).toBe('no');
    }
    expect(canWork({ kind: 'permit-holder' }, 'not a date').answer).toBe('yes');
  });

  it('every answer cites registry sources and known condition ids', () => {
    const situations: WorkSituation[] = [
      { kind: 'asylum-pending', application: '2026-01-15' },
      { kind: 'permit-holder' },
      { kind: 'temporary-protection' },
      { kind: 'rejected' },
    ];
    expect(situations.map((s) => s.kind)).toEqual([...WORK_SITUATIONS]);
    for (const s of situations) {
      for (const today of ['2023-01-01', '2026-03-01', '2026-07-15', '2028-01-01']) {
        const a = canWork(s, today);
        expect(a.sources.length).toBeGreaterThan(0);
        for (const id of a.sources) expect(SOURCES).toHaveProperty(id);
        for (const r of a.refs) expect(a.sources).toContain(r.id);
        for (const c of a.conditions) expect(CONDITION_IDS).toContain(c);
      }
    }
  });
});
