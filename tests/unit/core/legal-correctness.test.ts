import { describe, expect, it } from 'vitest';
import { computeTimeline, decisionOverdue, type CaseInput, type Milestone, type Timeline } from '@core/timeline';
import { canWork } from '@core/work';
import { RULES, statutoryTermEnd, addDuration, ruleValue, type Rule } from '@core/rules';
import { addDays, weekday } from '@core/domain/dates';

// Issue 11, section 1: each table below failed on the code before the fix.
// Every expected date was counted by hand on a calendar (weekday notes beside it).

function get(t: Timeline, id: string): Milestone {
  const m = t.milestones.find((x) => x.id === id);
  if (!m) throw new Error(`no milestone ${id} in ${t.milestones.map((x) => x.id).join(', ')}`);
  return m;
}
const find = (t: Timeline, id: string) => t.milestones.find((x) => x.id === id);
const asylum = (c: Partial<CaseInput> & { dates: CaseInput['dates'] }): CaseInput => ({ procedure: 'asylum', ...c });

describe('1. permit end counted from the application, renewal from 6 months before, the card wins', () => {
  const granted = (dates: CaseInput['dates']) =>
    computeTimeline(asylum({ track: 'extended', decisionOutcome: 'granted', dates }), '2026-06-01');

  it.each([
    // [application, decision, permit end, renewal from]
    ['2021-10-20', '2022-08-26', '2026-10-20', '2026-04-20'], // ECLI:NL:RBDHA:2023:15961: geldig tot 20 oktober 2026
    ['2024-02-29', '2026-03-01', '2029-02-28', '2028-08-28'], // leap day + 5 years → 28 Feb; − 6 months
    ['2024-05-01', '2026-06-11', '2029-05-01', '2028-11-01'], // decided on the last day of the old rules
  ])('application %s, decision %s → ends %s, renew from %s', (application, decision, end, renewal) => {
    const t = granted({ application, decision });
    expect(get(t, 'permit-expiry')).toMatchObject({ date: end, kind: 'legal-deadline', basis: 'application' });
    expect(get(t, 'permit-renewal-from')).toMatchObject({ date: renewal, rule: 'permitRenewalFrom' });
  });

  it('the end date from the permit card wins; the computed one is not shown', () => {
    const t = granted({ application: '2024-01-10', decision: '2025-03-01', permitEnd: '2029-01-15' });
    expect(get(t, 'permit-expiry')).toMatchObject({ date: '2029-01-15', basis: 'permitEnd', kind: 'legal-deadline' });
    expect(t.milestones.filter((m) => m.id === 'permit-expiry')).toHaveLength(1);
    expect(get(t, 'permit-renewal-from').date).toBe('2028-07-15');
    // A card date lies in the future: no future-date issue for it.
    expect(t.issues).not.toContainEqual({ code: 'future-date', field: 'permitEnd' });
  });
});

describe('2. permit length after 12 June 2026 is not yet known: both dates, never a legal deadline', () => {
  it('decision on 12 June 2026: 3 or 5 years from the application, earliest first', () => {
    const t = computeTimeline(
      asylum({ track: 'general', decisionOutcome: 'granted', dates: { application: '2025-09-15', decision: '2026-06-12' } }),
      '2026-07-01',
    );
    const m = get(t, 'permit-expiry');
    expect(m).toMatchObject({ kind: 'not-yet-known', date: '2028-09-15', earliest: '2028-09-15', latest: '2030-09-15', condition: 'newLaw' });
    expect(m.notes).toContain('permitBoth');
    expect(get(t, 'permit-renewal-from')).toMatchObject({ kind: 'not-yet-known', date: '2028-03-15', latest: '2030-03-15' });
  });
  it('nareis after 12 June 2026 says the new law’s start date is not certain', () => {
    const t = computeTimeline(
      asylum({ track: 'general', decisionOutcome: 'granted', dates: { application: '2025-09-15', decision: '2026-06-20' } }),
      '2026-07-01',
    );
    expect(get(t, 'nareis-deadline').notes).toContain('newLawUnknown');
    // The law for the case is not certain, so not a legal deadline: the same 3-month date, not yet known.
    expect(get(t, 'nareis-deadline')).toMatchObject({ kind: 'not-yet-known', condition: 'newLaw', date: '2026-09-20' });
    const before = computeTimeline(
      asylum({ track: 'general', decisionOutcome: 'granted', dates: { application: '2025-09-15', decision: '2026-06-11' } }),
      '2026-07-01',
    );
    expect(get(before, 'nareis-deadline')).toMatchObject({ kind: 'legal-deadline', date: '2026-09-11' });
    expect(get(before, 'nareis-deadline').condition).toBeUndefined();
  });
});

describe('3. appeal term in the extended procedure: 1 week for kennelijk ongegrond / niet-ontvankelijk (Vw 2000 art. 69(2))', () => {
  const appeal = (manifestRejection: CaseInput['manifestRejection'], decision = '2026-03-02') =>
    get(
      computeTimeline(
        asylum({ track: 'extended', decisionOutcome: 'rejected', ...(manifestRejection ? { manifestRejection } : {}), dates: { decision } }),
        '2026-03-03',
      ),
      'appeal-deadline',
    );
  it.each([
    // [answer, kind, date to act on, later date]
    ['yes', 'legal-deadline', '2026-03-09', undefined], // Mon + 1 week → Mon
    ['no', 'legal-deadline', '2026-03-30', undefined], // Mon + 4 weeks → Mon
    ['unknown', 'conditional-deadline', '2026-03-09', '2026-03-30'],
    [undefined, 'conditional-deadline', '2026-03-09', '2026-03-30'],
  ] as const)('answer %s → %s %s (later %s)', (answer, kind, date, latest) => {
    const m = appeal(answer);
    expect(m.kind).toBe(kind);
    expect(m.date).toBe(date);
    expect(m.latest).toBe(latest);
    if (kind === 'conditional-deadline') {
      expect(m.condition).toBe('manifestRejection');
      expect(m.notes).toContain('appealEarliest');
      expect(m.values).toEqual({ weeks: 1, laterWeeks: 4 });
    }
  });
});

describe('4. safe-country rejection: no 4-week reception, leave at once', () => {
  it('shows "leave immediately" on the decision day and no reception end', () => {
    const t = computeTimeline(asylum({ track: 'safe-country', decisionOutcome: 'rejected', dates: { decision: '2026-05-04' } }), '2026-05-05');
    expect(find(t, 'reception-end')).toBeUndefined();
    expect(get(t, 'leave-immediately')).toMatchObject({ date: '2026-05-04', rule: 'safeCountryDeparture', values: { years: 2 } });
  });
  it('unknown track: the 4-week date is conditional and warns about the safe-country case', () => {
    const t = computeTimeline(asylum({ decisionOutcome: 'rejected', dates: { decision: '2026-05-04' } }), '2026-05-05');
    expect(get(t, 'reception-end')).toMatchObject({ kind: 'conditional-deadline', condition: 'track' });
    expect(get(t, 'reception-end').notes).toContain('unlessSafeCountry');
  });
});

describe('5. appeal and reception (Vw 2000 art. 82)', () => {
  const rec = (c: Partial<CaseInput>) =>
    computeTimeline(
      asylum({ decisionOutcome: 'rejected', ...c, dates: { decision: '2026-05-01', appealLodged: '2026-05-05' } }),
      '2026-05-06',
    );
  it.each([
    // [track, manifest, interim, reception-end kind or absent, note on the appeal event]
    ['extended', 'no', undefined, null, 'appealSuspends'], // art. 82(1): the appeal suspends
    ['extended', 'yes', 'no', 'legal-deadline', undefined], // art. 82(2): no suspension, no voorlopige voorziening
    ['extended', 'unknown', 'no', 'conditional-deadline', undefined],
    ['general', undefined, 'yes', null, 'interimMeasurePending'],
    ['general', undefined, 'no', 'legal-deadline', undefined],
    ['general', undefined, undefined, 'conditional-deadline', undefined],
  ] as const)('%s, manifest %s, voorlopige voorziening %s → %s', (track, manifest, interim, kind, note) => {
    const t = rec({ track, ...(manifest ? { manifestRejection: manifest } : {}), ...(interim ? { interimMeasure: interim } : {}) });
    const m = find(t, 'reception-end');
    if (kind === null) expect(m).toBeUndefined();
    else expect(m).toMatchObject({ kind, date: '2026-05-29' }); // Fri + 4 weeks, not moved (Rva)
    if (note) expect(get(t, 'appeal-lodged').notes).toContain(note);
  });
});

describe('6. "may work from" only where every known condition can hold', () => {
  it.each([
    // [track, minor, application, shown date or issue reason]
    ['general', false, '2025-10-01', '2026-04-01'],
    ['extended', false, '2025-12-11', '2026-06-11'],
    ['general', false, '2025-12-12', 'newLaw'], // would fall on 12 June 2026: new rules not yet known
    ['border', false, '2025-10-01', 'track'],
    ['safe-country', false, '2025-10-01', 'track'],
    ['general', true, '2025-10-01', 'minor'], // UWV: older than 18
  ] as const)('%s, minor %s, application %s → %s', (track, minor, application, expected) => {
    const t = computeTimeline(asylum({ track, unaccompaniedMinor: minor, dates: { application } }), '2026-01-01');
    const m = find(t, 'work-allowed-from');
    if (/^\d/.test(expected)) {
      expect(m).toMatchObject({ date: expected, kind: 'conditional-deadline', notes: ['workConditions'] });
    } else {
      expect(m).toBeUndefined();
      expect(t.issues).toContainEqual({ code: 'work-unknown', field: expected });
    }
  });
  it('the work checker agrees and lists the UWV conditions', () => {
    expect(canWork({ kind: 'asylum-pending', application: '2025-10-01', track: 'general' }, '2026-01-01')).toMatchObject({
      answer: 'from',
      from: '2026-04-01',
    });
    expect(canWork({ kind: 'asylum-pending', application: '2025-10-01', track: 'general' }, '2026-01-01').conditions).toContain('uwv-conditions');
    expect(canWork({ kind: 'asylum-pending', application: '2025-10-01', track: 'border' }, '2026-01-01').answer).toBe('unknown');
    expect(canWork({ kind: 'asylum-pending', application: '2025-10-01', minor: true }, '2026-01-01').answer).toBe('no');
    expect(canWork({ kind: 'asylum-pending', application: '2026-01-01' }, '2026-08-01').answer).toBe('unknown');
  });
});

describe('9. Algemene termijnenwet: applied exactly where each rule says', () => {
  const all = Object.values(RULES) as Rule<unknown>[];
  it('every rule has an Atw decision with a reason, a legal basis and a formula', () => {
    for (const r of all) {
      expect(r.atw.reason.length, r.id).toBeGreaterThan(20);
      expect(r.legalBasis.length, r.id).toBeGreaterThan(0);
      expect(r.formula.length, r.id).toBeGreaterThan(5);
    }
  });
  it('terms longer than three months, regulations and fixed dates are not moved', () => {
    for (const id of ['decisionPeriod', 'permitDuration', 'integrationTerm', 'receptionEndAfterRejection', 'temporaryProtectionEnd', 'permitRenewalFrom', 'workAfter']) {
      expect(RULES[id as keyof typeof RULES].atw.decision, id).toBe('not-applicable');
    }
    expect(RULES.appealTerm.atw.decision).toBe('applies');
    expect(RULES.borderAdmissionAfter.atw.decision).toBe('applies');
  });

  // Decision dates whose 4-week end falls on a Saturday: 2026-05-02 (Sat) + 28 = Sat 30 May.
  it('reception end (Rva) stays on a Saturday; the VA appeal (Vw art. 69) moves to Monday', () => {
    const t = computeTimeline(
      asylum({ track: 'extended', manifestRejection: 'no', decisionOutcome: 'rejected', dates: { decision: '2026-05-02' } }),
      '2026-05-03',
    );
    expect(get(t, 'reception-end').date).toBe('2026-05-30');
    expect(weekday('2026-05-30')).toBe(6);
    expect(get(t, 'appeal-deadline')).toMatchObject({ date: '2026-06-01', adjusted: 'weekend' });
  });
  it('border admission (4 weeks in the law) moves off a weekend', () => {
    // Sat 2026-02-07 + 4 weeks = Sat 7 March → Mon 9 March
    const t = computeTimeline(asylum({ track: 'border', dates: { application: '2026-02-07' } }), '2026-02-08');
    expect(get(t, 'border-admission')).toMatchObject({ date: '2026-03-09', adjusted: 'weekend' });
  });
  it('decision period (6 months) is never moved, even on a Sunday', () => {
    // 2025-09-14 + 6 months = Sat 14 March 2026
    const t = computeTimeline(asylum({ track: 'general', dates: { application: '2025-09-14' } }), '2025-09-20');
    expect(get(t, 'decision-deadline').date).toBe('2026-03-14');
    expect(get(t, 'decision-deadline').adjusted).toBeUndefined();
  });
  it('the engine moves a term exactly when the Atw decision says so (appeal term)', () => {
    for (let d = '2026-01-01'; d < '2026-03-01'; d = addDays(d, 1)) {
      const end = statutoryTermEnd(addDays(d, 1), addDuration(d, ruleValue(RULES.appealTerm, d).byTrack.general!)).date;
      const t = computeTimeline(asylum({ track: 'general', decisionOutcome: 'rejected', dates: { decision: d } }), '2026-03-01');
      expect(get(t, 'appeal-deadline').date).toBe(end);
    }
  });
});

describe('10. decision period for applications under the Pact (from 12 June 2026) is not in the sources', () => {
  // Facts digest, open question 10: the Pact's decision periods are not stated. An ingebrekestelling sent before
  // the real period has passed makes the appeal for failure to decide inadmissible, so no "late" advice either.
  it.each([
    // [application, track, kind, condition]
    ['2026-06-11', 'general', 'legal-deadline', undefined], // last day of the old rules: 6 months known
    ['2026-06-12', 'general', 'not-yet-known', 'newLaw'], // first day of the Pact
    ['2026-09-01', 'extended', 'not-yet-known', 'newLaw'],
    ['2026-09-01', 'unknown', 'not-yet-known', 'newLaw'],
  ] as const)('application %s, track %s → %s', (application, track, kind, condition) => {
    const t = computeTimeline(asylum({ track, dates: { application } }), '2026-12-05');
    const m = get(t, 'decision-deadline');
    expect(m.kind).toBe(kind);
    expect(m.condition).toBe(condition);
  });
  it('no "the decision is late" advice when the period is not yet known', () => {
    // 2026-06-12 + 6 months = 12 Dec 2026; on 1 Feb 2027 it has passed.
    const pact = computeTimeline(asylum({ track: 'general', dates: { application: '2026-06-12' } }), '2027-02-01');
    expect(decisionOverdue(pact, '2027-02-01')).toBe(false);
    const old = computeTimeline(asylum({ track: 'general', dates: { application: '2026-06-11' } }), '2027-02-01');
    expect(decisionOverdue(old, '2027-02-01')).toBe(true);
  });
});

describe('11. appeal term for decisions from 12 June 2026 (EU Pact) is not in the sources', () => {
  // The APR (EU 2024/1348 art. 67) lets states set 1–2 weeks or 2 weeks–1 month; the Dutch implementing law's
  // terms and transitional rules are not in the sources. Never a legal deadline then: the earliest possible last
  // day (1 week, moved by the Atw) is the date to act on, the longest known term the later possibility.
  it.each([
    // [decision, track, manifest, kind, date, latest]
    ['2026-06-11', 'extended', 'no', 'legal-deadline', '2026-07-09', undefined], // Thu + 4 weeks = Thu 9 July
    ['2026-06-12', 'extended', 'no', 'not-yet-known', '2026-06-19', '2026-07-10'], // Fri + 1 week = Fri 19 June; + 4 weeks = Fri 10 July
    ['2026-06-12', 'general', 'unknown', 'not-yet-known', '2026-06-19', '2026-07-10'],
    ['2026-09-04', 'dublin', 'unknown', 'not-yet-known', '2026-09-11', '2026-10-02'], // Fri 4 Sep + 1 week = Fri 11 Sep; + 4 weeks = Fri 2 Oct
  ] as const)('decision %s, track %s, manifest %s → %s %s', (decision, track, manifestRejection, kind, date, latest) => {
    const t = computeTimeline(asylum({ track, manifestRejection, decisionOutcome: 'rejected', dates: { decision } }), '2026-06-01');
    const m = get(t, 'appeal-deadline');
    expect(m).toMatchObject({ kind, date });
    expect(m.latest).toBe(latest);
    if (kind === 'not-yet-known') expect(m.condition).toBe('newLaw');
  });
});
