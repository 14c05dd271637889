import { describe, expect, it } from 'vitest';
import {
  caseShapeSchema as caseInputSchema,
  computeTimeline,
  decisionOverdue,
  nextMilestone,
  type CaseInput,
  type Milestone,
  type Timeline,
} from '@core/timeline';

// Every expected date below was counted by hand on a calendar (weekday and
// holiday notes next to each), never copied from the code under test.

const TODAY = '2026-07-01';

function find(t: Timeline, id: string): Milestone | undefined {
  return t.milestones.find((m) => m.id === id);
}
function get(t: Timeline, id: string): Milestone {
  const m = find(t, id);
  if (!m) throw new Error(`no milestone ${id} in ${t.milestones.map((x) => x.id).join(', ')}`);
  return m;
}
function asylum(partial: Partial<CaseInput> & { dates: CaseInput['dates'] }): CaseInput {
  return { procedure: 'asylum', ...partial };
}

describe('decision deadline: application + 6 calendar months', () => {
  it.each([
    ['2026-01-31', '2026-07-31'],
    ['2025-08-31', '2026-02-28'],
    ['2023-08-31', '2024-02-29'], // leap year
    ['2024-02-29', '2024-08-29'],
    ['2025-03-31', '2025-09-30'],
    ['2026-06-12', '2026-12-12'], // under the Pact: same date, but not yet known (see legal-correctness §10)
  ])('application %s → %s', (application, expected) => {
    const t = computeTimeline(asylum({ track: 'general', dates: { application } }), '2026-06-30');
    const m = get(t, 'decision-deadline');
    expect(m.date).toBe(expected);
    expect(m.kind).toBe(application >= '2026-06-12' ? 'not-yet-known' : 'legal-deadline');
    expect(m.basis).toBe('application');
    expect(m.notes).toEqual(expect.arrayContaining(['letterCounts', 'suspension']));
  });

  it('does not exist for Dublin (no statutory decision period)', () => {
    const t = computeTimeline(asylum({ track: 'dublin', dates: { application: '2026-01-10' } }), TODAY);
    expect(find(t, 'decision-deadline')).toBeUndefined();
  });

  it('is left out once a decision is entered', () => {
    const t = computeTimeline(
      asylum({ track: 'general', decisionOutcome: 'granted', dates: { application: '2025-01-10', decision: '2025-12-01' } }),
      TODAY,
    );
    expect(find(t, 'decision-deadline')).toBeUndefined();
    expect(find(t, 'decision-estimate')).toBeUndefined();
    expect(find(t, 'work-allowed-from')).toBeUndefined();
  });

  it('explains the reversed 15-month extension for applications from the extension years', () => {
    const old = computeTimeline(asylum({ track: 'general', dates: { application: '2024-03-01' } }), TODAY);
    expect(get(old, 'decision-deadline').date).toBe('2024-09-01');
    expect(get(old, 'decision-deadline').notes).toContain('extensionReversed');
    const recent = computeTimeline(asylum({ track: 'general', dates: { application: '2026-03-01' } }), TODAY);
    expect(get(recent, 'decision-deadline').notes).not.toContain('extensionReversed');
  });

  it('with an unknown track: shown with the "unless Dublin" note, no estimate, an issue asking for the track', () => {
    const t = computeTimeline(asylum({ dates: { application: '2026-02-10' } }), TODAY);
    expect(get(t, 'decision-deadline').date).toBe('2026-08-10');
    expect(get(t, 'decision-deadline').notes).toContain('unlessDublin');
    expect(find(t, 'decision-estimate')).toBeUndefined();
    expect(t.issues).toContainEqual({ code: 'missing-info', field: 'track' });
  });
});

describe('decision estimate: application + 2025 average (SvM 2026 Fig. 71)', () => {
  it.each([
    ['dublin', '2025-01-06', '2025-04-07'], // + 13 weeks = 91 days
    ['safe-country', '2025-01-06', '2025-05-05'], // + 17 weeks = 119 days
    ['general', '2025-01-06', '2026-05-18'], // + 71 weeks (a Monday again)
    ['extended', '2025-01-06', '2027-01-04'], // + 104 weeks = 728 days (two 364-day steps)
  ] as const)('%s from %s → %s', (track, application, expected) => {
    const t = computeTimeline(asylum({ track, dates: { application } }), '2025-02-01');
    const m = get(t, 'decision-estimate');
    expect(m.kind).toBe('estimate');
    expect(m.date).toBe(expected);
    expect(m.statYear).toBe(2025);
    // The sources give only averages, so there is no range.
    expect(m.earliest).toBeUndefined();
    expect(m.latest).toBeUndefined();
    expect(m.sources).toEqual(['svm2026']);
  });

  it('says nothing for the border track (no published figure)', () => {
    const t = computeTimeline(asylum({ track: 'border', dates: { application: '2026-03-02' } }), '2026-03-03');
    expect(find(t, 'decision-estimate')).toBeUndefined();
    expect(t.issues).not.toContainEqual({ code: 'missing-info', field: 'track' });
  });
});

describe('border procedure (2025 rules)', () => {
  it('admission after 4 weeks for applications before 12 June 2026', () => {
    const t = computeTimeline(asylum({ track: 'border', dates: { application: '2026-03-02' } }), '2026-03-03');
    expect(get(t, 'border-admission').date).toBe('2026-03-30');
  });
  it('no admission date under the Pact (term not stated) or for an unaccompanied minor', () => {
    expect(find(computeTimeline(asylum({ track: 'border', dates: { application: '2026-06-12' } }), '2026-06-13'), 'border-admission')).toBeUndefined();
    expect(
      find(
        computeTimeline(asylum({ track: 'border', unaccompaniedMinor: true, dates: { application: '2026-03-02' } }), '2026-03-03'),
        'border-admission',
      ),
    ).toBeUndefined();
  });
});

describe('work allowed from: application + 6 months while pending (rules until 11 June 2026)', () => {
  it.each([
    ['2025-12-11', '2026-06-11'],
    ['2025-08-31', '2026-02-28'],
    ['2024-08-31', '2025-02-28'],
    ['2023-08-31', '2024-02-29'],
  ])('application %s → %s', (application, expected) => {
    const t = computeTimeline(asylum({ track: 'dublin', dates: { application } }), '2026-01-20');
    expect(get(t, 'work-allowed-from')).toMatchObject({ date: expected, kind: 'conditional-deadline', condition: 'workConditions' });
  });
});

describe('appeal deadline after a rejection (Vw 2000 art. 69 + Algemene termijnenwet)', () => {
  // The VA rows are for a letter that does NOT say kennelijk ongegrond / niet-ontvankelijk (4 weeks).
  const rejected = (track: CaseInput['track'], decision: string): Timeline =>
    computeTimeline(
      asylum({ track, decisionOutcome: 'rejected', manifestRejection: 'no', dates: { application: '2025-06-01', decision } }),
      '2027-06-01',
    );

  it.each([
    // [track, decision, expected last day, adjusted]
    ['general', '2026-06-02', '2026-06-09', undefined], // Tue → Tue
    ['general', '2026-06-06', '2026-06-15', 'weekend'], // Sat → Sat 13 June → Mon 15 June
    ['dublin', '2026-04-20', '2026-04-28', 'holiday'], // Mon → Mon 27 April = Koningsdag → Tue 28
    ['safe-country', '2026-03-30', '2026-04-07', 'holiday'], // Mon → Mon 6 April = tweede Paasdag → Tue 7
    ['general', '2026-03-27', '2026-04-07', 'holiday'], // Fri → Good Friday 3 April, weekend, Easter Monday → Tue 7
    ['general', '2026-04-28', '2026-05-06', 'holiday'], // Tue → Tue 5 May = Bevrijdingsdag → Wed 6
    ['general', '2026-05-18', '2026-05-26', 'holiday'], // Mon → Mon 25 May = tweede Pinksterdag → Tue 26
    ['general', '2025-04-19', '2025-04-28', 'holiday'], // Sat → Sat 26 April 2025 = Koningsdag (27th a Sunday) → Mon 28
    ['general', '2026-12-18', '2026-12-28', 'holiday'], // Fri → Fri 25 Dec → Mon 28 Dec
    ['general', '2026-12-25', '2027-01-04', 'holiday'], // Fri → Fri 1 Jan 2027 → Mon 4 Jan
    ['extended', '2026-03-02', '2026-03-30', undefined], // Mon + 4 weeks → Mon
    ['extended', '2026-04-16', '2026-05-15', 'holiday'], // Thu + 4 weeks → Thu 14 May = Hemelvaartsdag → Fri 15
    ['extended', '2026-05-16', '2026-06-15', 'weekend'], // Sat + 4 weeks → Sat 13 June → Mon 15
  ] as const)('%s, decision %s → %s (%s)', (track, decision, expected, adjusted) => {
    const m = get(rejected(track, decision), 'appeal-deadline');
    expect(m.date).toBe(expected);
    expect(m.adjusted).toBe(adjusted);
    // From 12 June 2026 the Pact's appeal terms are not in the sources: the same 1-week date, but not yet known.
    expect(m.kind).toBe(decision >= '2026-06-12' ? 'not-yet-known' : 'legal-deadline');
    expect(m.sources).toContain('vw2000');
  });

  it('unknown track: the earliest possible last day, with the 4-week end as latest, and an issue', () => {
    const t = rejected('unknown', '2026-06-02');
    const m = get(t, 'appeal-deadline');
    expect(m.date).toBe('2026-06-09');
    expect(m.earliest).toBe('2026-06-09');
    expect(m.latest).toBe('2026-06-30'); // Tue + 4 weeks
    expect(m.notes).toContain('trackUnknown');
    expect(m.kind).toBe('conditional-deadline');
    expect(t.issues).toContainEqual({ code: 'missing-info', field: 'track' });
  });

  it('border track: the same "say less" range, but no missing-track issue', () => {
    const t = rejected('border', '2026-06-02');
    expect(get(t, 'appeal-deadline')).toMatchObject({ date: '2026-06-09', latest: '2026-06-30' });
    expect(t.issues).not.toContainEqual({ code: 'missing-info', field: 'track' });
  });

  it('is not shown after a grant', () => {
    const t = computeTimeline(asylum({ track: 'general', decisionOutcome: 'granted', dates: { decision: '2026-06-02' } }), TODAY);
    expect(find(t, 'appeal-deadline')).toBeUndefined();
  });
});

describe('reception end: rejection + 4 weeks', () => {
  it('rejection without appeal', () => {
    const t = computeTimeline(asylum({ track: 'general', decisionOutcome: 'rejected', dates: { decision: '2026-05-01' } }), TODAY);
    expect(get(t, 'reception-end').date).toBe('2026-05-29'); // Fri + 28 days
    expect(get(t, 'reception-end').notes).not.toContain('unlessDublin');
  });
  it('unknown track: shown, with the "unless Dublin" note', () => {
    const t = computeTimeline(asylum({ decisionOutcome: 'rejected', dates: { decision: '2026-05-01' } }), TODAY);
    expect(get(t, 'reception-end').notes).toContain('unlessDublin');
  });
  it('not for Dublin or border, not for an unaccompanied minor', () => {
    const base = { decisionOutcome: 'rejected' as const, dates: { decision: '2026-05-01' } };
    expect(find(computeTimeline(asylum({ ...base, track: 'dublin' }), TODAY), 'reception-end')).toBeUndefined();
    expect(find(computeTimeline(asylum({ ...base, track: 'border' }), TODAY), 'reception-end')).toBeUndefined();
    expect(find(computeTimeline(asylum({ ...base, track: 'general', unaccompaniedMinor: true }), TODAY), 'reception-end')).toBeUndefined();
  });
});

describe('after a grant', () => {
  const granted = (decision: string): Timeline =>
    computeTimeline(asylum({ track: 'general', decisionOutcome: 'granted', dates: { decision } }), '2026-07-01');

  it.each([
    ['2026-01-31', '2026-04-30'],
    ['2025-11-30', '2026-02-28'],
    ['2023-11-30', '2024-02-29'],
    ['2026-03-15', '2026-06-15'],
  ])('nareis: decision %s + 3 months → %s', (decision, expected) => {
    expect(get(granted(decision), 'nareis-deadline').date).toBe(expected);
  });

  it('housing: target + 14 weeks, estimate + 28 weeks (2025 average)', () => {
    const t = granted('2026-03-02');
    expect(get(t, 'housing-target')).toMatchObject({ kind: 'target', date: '2026-06-08' });
    expect(get(t, 'housing-estimate')).toMatchObject({ kind: 'estimate', date: '2026-09-14', statYear: 2025 });
  });

  it('permit: counted from the application (see legal-correctness tests); without an application date, an issue', () => {
    const t = granted('2026-06-11');
    expect(find(t, 'permit-expiry')).toBeUndefined();
    expect(t.issues).toContainEqual({ code: 'missing-date', field: 'application' });
  });
});

describe('integration term: PIP + 3 years (term starts the day after the PIP)', () => {
  it.each([
    ['2026-03-10', '2029-03-10'],
    ['2028-02-29', '2031-02-28'],
    ['2025-12-31', '2028-12-31'],
  ])('PIP %s → %s', (pip, expected) => {
    const t = computeTimeline(
      asylum({ track: 'general', decisionOutcome: 'granted', dates: { decision: '2025-06-01', pip } }),
      '2028-03-01',
    );
    expect(get(t, 'integration-term-end').date).toBe(expected);
  });
  it('a PIP before the Wi2021 (1 Jan 2022) is not covered', () => {
    const t = computeTimeline(asylum({ decisionOutcome: 'granted', track: 'general', dates: { decision: '2021-01-01', pip: '2021-06-01' } }), TODAY);
    expect(find(t, 'integration-term-end')).toBeUndefined();
    expect(t.issues).toContainEqual({ code: 'not-covered', field: 'pip' });
  });
});

describe('temporary protection', () => {
  it('ends on 4 March 2027 and has no asylum decision milestones', () => {
    const t = computeTimeline({ procedure: 'temporary-protection', dates: { registration: '2022-04-01', application: '2022-04-02' } }, TODAY);
    expect(get(t, 'temporary-protection-end')).toMatchObject({ date: '2027-03-04', kind: 'legal-deadline', status: 'upcoming' });
    expect(find(t, 'decision-deadline')).toBeUndefined();
    expect(find(t, 'work-allowed-from')).toBeUndefined();
    expect(t.issues).toEqual([]);
  });
  it('status past after the end date, today on it', () => {
    expect(get(computeTimeline({ procedure: 'temporary-protection', dates: {} }, '2027-03-04'), 'temporary-protection-end').status).toBe('today');
    expect(get(computeTimeline({ procedure: 'temporary-protection', dates: {} }, '2027-03-05'), 'temporary-protection-end').status).toBe('past');
  });
});

describe('events, status, order and rule set', () => {
  const input = asylum({
    track: 'general',
    dates: { registration: '2026-01-05', application: '2026-01-08' },
  });

  it('shows entered dates as events and sorts everything by date', () => {
    const t = computeTimeline(input, '2026-07-08');
    expect(t.milestones.map((m) => m.id)).toEqual([
      'registration',
      'application',
      'decision-deadline', // 2026-07-08
      // no work-allowed-from: 2026-07-08 falls under the new rules (not yet known)
      'decision-estimate', // 2026-01-08 + 71 weeks = 2027-05-20
    ]);
    expect(t.issues).toContainEqual({ code: 'work-unknown', field: 'newLaw' });
    expect(get(t, 'registration')).toMatchObject({ kind: 'event', status: 'past', sources: [] });
    expect(get(t, 'decision-deadline').status).toBe('today');
    expect(get(t, 'decision-estimate')).toMatchObject({ date: '2027-05-20', status: 'upcoming' });
  });

  it('rule set: by the application date', () => {
    expect(computeTimeline(asylum({ dates: { application: '2026-06-11' } }), TODAY).ruleSet).toBe('pre-pact');
    expect(computeTimeline(asylum({ dates: { application: '2026-06-12' } }), TODAY).ruleSet).toBe('pact');
    // Without an application date: the registration date, then the decision date, then today.
    expect(computeTimeline(asylum({ dates: { registration: '2026-06-01' } }), TODAY).ruleSet).toBe('pre-pact');
    expect(computeTimeline({ procedure: 'temporary-protection', dates: {} }, '2026-07-01').ruleSet).toBe('pact');
  });

  it('next milestone skips past dates and events', () => {
    const t = computeTimeline(input, '2026-07-09');
    expect(nextMilestone(t)?.id).toBe('decision-estimate');
    expect(nextMilestone(computeTimeline(input, '2026-03-01'))?.id).toBe('decision-deadline');
    expect(nextMilestone(computeTimeline(input, '2030-01-01'))).toBeUndefined();
  });
});

describe('decision overdue', () => {
  const input = asylum({ track: 'extended', dates: { application: '2026-01-08' } });
  it('is false up to and including the last day of the period, true after it', () => {
    expect(decisionOverdue(computeTimeline(input, '2026-07-08'), '2026-07-08')).toBe(false);
    expect(decisionOverdue(computeTimeline(input, '2026-07-09'), '2026-07-09')).toBe(true);
  });
  it('is false once there is a decision, for Dublin, and without an application date', () => {
    const decided = asylum({ track: 'extended', decisionOutcome: 'rejected', dates: { application: '2026-01-08', decision: '2026-09-01' } });
    expect(decisionOverdue(computeTimeline(decided, '2026-10-01'), '2026-10-01')).toBe(false);
    const dublin = asylum({ track: 'dublin', dates: { application: '2026-01-08' } });
    expect(decisionOverdue(computeTimeline(dublin, '2027-01-01'), '2027-01-01')).toBe(false);
    expect(decisionOverdue(computeTimeline(asylum({ dates: {} }), '2027-01-01'), '2027-01-01')).toBe(false);
  });
});

describe('issues', () => {
  it('invalid-date for a date that does not exist', () => {
    const t = computeTimeline(asylum({ track: 'general', dates: { application: '2026-02-30' } }), TODAY);
    expect(t.issues).toEqual([{ code: 'invalid-date', field: 'application' }]);
    expect(find(t, 'decision-deadline')).toBeUndefined();
  });
  it('future-date for an event after today', () => {
    const t = computeTimeline(asylum({ track: 'general', dates: { application: '2026-07-02' } }), TODAY);
    expect(t.issues).toContainEqual({ code: 'future-date', field: 'application' });
  });
  it('date-order for a decision before the application', () => {
    const t = computeTimeline(
      asylum({ track: 'general', decisionOutcome: 'rejected', dates: { application: '2026-03-01', decision: '2026-02-01' } }),
      TODAY,
    );
    expect(t.issues).toContainEqual({ code: 'date-order', field: 'decision' });
  });
  it('missing-date: no application while pending; an outcome without a decision date', () => {
    expect(computeTimeline(asylum({ track: 'general', dates: {} }), TODAY).issues).toContainEqual({ code: 'missing-date', field: 'application' });
    expect(computeTimeline(asylum({ decisionOutcome: 'granted', dates: { application: '2025-01-01' } }), TODAY).issues).toContainEqual({
      code: 'missing-date',
      field: 'decision',
    });
  });
  it('missing-info: a decision date without an outcome', () => {
    expect(computeTimeline(asylum({ track: 'general', dates: { decision: '2026-01-01' } }), TODAY).issues).toContainEqual({
      code: 'missing-info',
      field: 'decisionOutcome',
    });
  });
  it('an invalid today gives an issue and no milestones', () => {
    const t = computeTimeline(asylum({ dates: { application: '2026-01-01' } }), 'tomorrow');
    expect(t.milestones).toEqual([]);
    expect(t.issues).toContainEqual({ code: 'invalid-date', field: 'today' });
  });
  it('garbage never throws', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'asylum',
      [],
      { procedure: 'asylum' },
      { procedure: 'asylum', dates: null },
      { procedure: 'asylum', dates: { application: 20260101, decision: {}, pip: ['2026-01-01'] } },
      { procedure: 'nope', track: 'fast', decisionOutcome: 'maybe', unaccompaniedMinor: 'yes', dates: { application: '2026-01-01' } },
      { procedure: 'asylum', dates: { application: '2026-01-01', extra: 'x' }, hacker: true },
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
          ownKeys() {
            throw new Error('boom');
          },
        },
      ),
    ];
    garbage.forEach((g, i) => {
      const t = computeTimeline(g as CaseInput, TODAY);
      expect(t.issues.length, `garbage #${i}`).toBeGreaterThan(0);
      expect(Array.isArray(t.milestones)).toBe(true);
    });
    expect(() => computeTimeline(asylum({ dates: {} }), null as unknown as string)).not.toThrow();
  });
});

describe('caseInputSchema (shape only)', () => {
  it('accepts a well-formed case even with an impossible date (computeTimeline reports that)', () => {
    expect(caseInputSchema.safeParse({ procedure: 'asylum', track: 'general', dates: { application: '2026-02-30' } }).success).toBe(true);
  });
  it('rejects wrong shapes', () => {
    expect(caseInputSchema.safeParse({ procedure: 'asylum', dates: { application: 20260101 } }).success).toBe(false);
    expect(caseInputSchema.safeParse({ procedure: 'asylum', dates: {}, extra: 1 }).success).toBe(false);
    expect(caseInputSchema.safeParse({ procedure: 'asylum', track: 'fast', dates: {} }).success).toBe(false);
    expect(caseInputSchema.safeParse({ procedure: 'asylum' }).success).toBe(false);
  });
});
