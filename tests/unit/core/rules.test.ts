import { describe, expect, it } from 'vitest';
import {
  RULES,
  DECISION_PROCESSING_TIME,
  HOUSING_WAIT,
  addDuration,
  appealTerm,
  decisionPeriod,
  easterSunday,
  extendToWorkingDay,
  historyAt,
  holidaysOf,
  integrationTerm,
  isWorkingDay,
  kingsDay,
  latestDecisionProcessingTime,
  latestHousingWait,
  nareisTerm,
  nextWorkingDay,
  permitDuration,
  receptionEndAfterRejection,
  housingTarget,
  rulePeriodFor,
  ruleValue,
  ruleVersion,
  statutoryTermEnd,
  temporaryProtectionEnd,
  workAfter,
  workWeeksLimit,
  type Rule,
} from '@core/rules';
import { SOURCES } from '@core/sources/registry';
import { addDays } from '@core/domain/dates';

// Expected values below were worked out by hand from a calendar and from the
// cited source lines, not taken from the code.

describe('Easter (anonymous Gregorian algorithm)', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('recognised holidays (Algemene termijnenwet art. 3)', () => {
  it('lists the 2026 holidays', () => {
    expect(holidaysOf(2026)).toEqual([
      { date: '2026-01-01', id: 'new-year' },
      { date: '2026-04-03', id: 'good-friday' },
      { date: '2026-04-06', id: 'easter-monday' },
      { date: '2026-04-27', id: 'kings-day' },
      { date: '2026-05-05', id: 'liberation-day' },
      { date: '2026-05-14', id: 'ascension-day' },
      { date: '2026-05-25', id: 'whit-monday' },
      { date: '2026-12-25', id: 'christmas-day' },
      { date: '2026-12-26', id: 'boxing-day' },
    ]);
  });
  it('moves Koningsdag to 26 April when 27 April is a Sunday', () => {
    expect(kingsDay(2025)).toBe('2025-04-26'); // 27 April 2025 was a Sunday
    expect(kingsDay(2026)).toBe('2026-04-27'); // a Monday
    expect(kingsDay(2031)).toBe('2031-04-26'); // 27 April 2031 is a Sunday
  });
  it('knows working days', () => {
    expect(isWorkingDay('2026-06-12')).toBe(true); // Friday
    expect(isWorkingDay('2026-06-13')).toBe(false); // Saturday
    expect(isWorkingDay('2026-06-14')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-27')).toBe(false); // Koningsdag
    expect(isWorkingDay('2026-05-05')).toBe(false); // Bevrijdingsdag (Atw: every year)
  });
  it('finds the next working day', () => {
    expect(nextWorkingDay('2026-06-12')).toBe('2026-06-15'); // Fri → Mon
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-07'); // Thu → past Good Friday, weekend, Easter Monday
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28');
  });
  it('extends a term end to a working day (Atw art. 1) and says why', () => {
    expect(extendToWorkingDay('2026-06-09')).toEqual({ date: '2026-06-09' });
    expect(extendToWorkingDay('2026-06-13')).toEqual({ date: '2026-06-15', adjusted: 'weekend' });
    expect(extendToWorkingDay('2026-04-27')).toEqual({ date: '2026-04-28', adjusted: 'holiday' });
    expect(extendToWorkingDay('2026-12-25')).toEqual({ date: '2026-12-28', adjusted: 'holiday' });
    expect(extendToWorkingDay('2025-04-26')).toEqual({ date: '2025-04-28', adjusted: 'holiday' }); // Koningsdag on a Saturday
  });
  it('keeps at least two working days in a term of three days or more (Atw art. 2)', () => {
    // A term from Friday 24 Dec 2027 to Monday 27 Dec 2027: 24 Dec is a working day,
    // 25 (Sat, Christmas), 26 (Sun, Boxing Day), 27 (Mon) → only 24 and 27 are working days: 2, fine.
    expect(statutoryTermEnd('2027-12-24', '2027-12-27')).toEqual({ date: '2027-12-27' });
    // Saturday 24 Dec 2022 – Monday 26 Dec 2022 (Boxing Day): art. 1 gives Tue 27; only one working day → Wed 28.
    expect(statutoryTermEnd('2022-12-24', '2022-12-26')).toEqual({ date: '2022-12-28', adjusted: 'holiday' });
  });
});

describe('rules are complete data', () => {
  const all = Object.values(RULES) as Rule<unknown>[];

  it('every version and historic version cites sources that exist', () => {
    for (const rule of all) {
      for (const v of [...rule.versions, ...(rule.history ?? [])]) {
        expect(v.sources.length, rule.id).toBeGreaterThan(0);
        for (const s of v.sources) expect(SOURCES, `${rule.id} → ${s.id}`).toHaveProperty(s.id);
      }
      for (const h of rule.history ?? []) for (const s of h.endedBy) expect(SOURCES).toHaveProperty(s.id);
    }
  });

  it('versions are in order and do not overlap or leave gaps', () => {
    for (const rule of all) {
      const vs = rule.versions;
      for (let i = 1; i < vs.length; i++) {
        const prev = vs[i - 1]!;
        const cur = vs[i]!;
        expect(prev.until, rule.id).not.toBeNull();
        expect(cur.from, rule.id).toBe(addDays(prev.until!, 1));
      }
      expect(vs.at(-1)!.until, `${rule.id} is still in force`).toBeNull();
    }
  });

  it('rules that apply to any date of a case start open-ended', () => {
    for (const rule of all) {
      if (rule.id === 'integrationTerm') continue; // the PIP exists only under the Wi2021
      expect(rule.versions[0]!.from, rule.id).toBeNull();
    }
    expect(ruleVersion(integrationTerm, '2021-12-31')).toBeUndefined();
    expect(ruleValue(integrationTerm, '2022-01-01')).toEqual({ years: 3 });
  });

  it('ruleValue throws outside the versions, ruleVersion does not', () => {
    expect(() => ruleValue(integrationTerm, '2020-01-01')).toThrow(RangeError);
  });
});

describe('rule values (checked against the source lines)', () => {
  it('decision period: 6 months for all tracks, none for Dublin (SvM 2026 L2481, Fig. 71 L2487)', () => {
    for (const date of ['2020-01-01', '2023-05-01', '2025-06-01', '2026-06-12', '2030-01-01']) {
      const v = ruleValue(decisionPeriod, date);
      expect(v.dublin).toBeNull();
      expect(v.general).toEqual({ months: 6 });
      expect(v.extended).toEqual({ months: 6 });
      expect(v['safe-country']).toEqual({ months: 6 });
    }
  });
  it('the 15-month extension is history, reversed after CJEU C-662/23 (8 May 2025)', () => {
    expect(historyAt(decisionPeriod, '2023-05-01')).toHaveLength(1);
    expect(historyAt(decisionPeriod, '2023-05-01')[0]!.value.general).toEqual({ months: 15 });
    expect(historyAt(decisionPeriod, '2023-05-01')[0]!.endedOn).toBe('2025-05-08');
    expect(historyAt(decisionPeriod, '2022-01-01')).toHaveLength(0);
    expect(historyAt(decisionPeriod, '2026-02-01')).toHaveLength(0);
  });
  it('work after 6 months (Heroriëntatie L2969–2972); no 24-week limit since 29 Nov 2023 (SvM 2026 L1250)', () => {
    expect(ruleValue(workAfter, '2026-01-01')).toEqual({ months: 6 });
    expect(ruleValue(workWeeksLimit, '2023-11-28')).toEqual({ weeks: 24, inWeeks: 52 });
    expect(ruleValue(workWeeksLimit, '2023-11-29')).toBeNull();
  });
  it('appeal term: 1 week (AA, Dublin, safe country), 4 weeks (VA) — Vw 2000 art. 69', () => {
    const v = ruleValue(appealTerm, '2026-01-01').byTrack;
    expect(ruleValue(appealTerm, '2026-01-01').manifest).toEqual({ weeks: 1 }); // art. 69(2): kennelijk ongegrond / niet-ontvankelijk
    expect(v.general).toEqual({ weeks: 1 });
    expect(v.dublin).toEqual({ weeks: 1 });
    expect(v['safe-country']).toEqual({ weeks: 1 });
    expect(v.extended).toEqual({ weeks: 4 });
    expect(v.border).toBeNull();
  });
  it('reception ends 4 weeks after rejection; nareis within 3 months; housing norm 14 weeks', () => {
    expect(ruleValue(receptionEndAfterRejection, '2026-01-01')).toEqual({ weeks: 4 });
    expect(ruleValue(nareisTerm, '2026-01-01')).toEqual({ months: 3 });
    expect(ruleValue(housingTarget, '2026-01-01')).toEqual({ weeks: 14 });
  });
  it('permit: 5 years for a grant before 12 June 2026, 3 years from that day', () => {
    expect(ruleValue(permitDuration, '2026-06-11')).toEqual({ years: 5 });
    expect(ruleValue(permitDuration, '2026-06-12')).toEqual({ years: 3 });
  });
  it('temporary protection until and including 4 March 2027 (SvM 2026 L2639)', () => {
    expect(ruleValue(temporaryProtectionEnd, '2026-06-01')).toBe('2027-03-04');
  });
  it('rule periods: pre-pact until 11 June 2026, pact from 12 June 2026', () => {
    expect(rulePeriodFor('2026-06-11').id).toBe('pre-pact');
    expect(rulePeriodFor('2026-06-12').id).toBe('pact');
  });
});

describe('statistics (each with its year and source)', () => {
  it('decision processing time 2025: Dublin 13, safe country 17, AA 71, VA 104 weeks (SvM 2026 Fig. 71)', () => {
    expect(latestDecisionProcessingTime('dublin')).toMatchObject({ weeks: 13, year: 2025 });
    expect(latestDecisionProcessingTime('safe-country')).toMatchObject({ weeks: 17, year: 2025 });
    expect(latestDecisionProcessingTime('general')).toMatchObject({ weeks: 71, year: 2025 });
    expect(latestDecisionProcessingTime('extended')).toMatchObject({ weeks: 104, year: 2025 });
    expect(latestDecisionProcessingTime('border')).toBeUndefined();
  });
  it('housing wait 2025: 28 weeks (SvM 2026 Fig. 66)', () => {
    expect(latestHousingWait()).toMatchObject({ year: 2025, value: 28 });
  });
  it('every figure cites an existing source and a distinct year', () => {
    for (const series of [DECISION_PROCESSING_TIME, HOUSING_WAIT] as const) {
      const years = series.map((s) => s.year);
      expect(new Set(years).size).toBe(years.length);
      for (const s of series) for (const r of s.sources) expect(SOURCES).toHaveProperty(r.id);
    }
  });
});

describe('addDuration', () => {
  it.each([
    ['2026-01-31', { months: 6 }, '2026-07-31'],
    ['2025-08-31', { months: 6 }, '2026-02-28'],
    ['2023-08-31', { months: 6 }, '2024-02-29'],
    ['2024-02-29', { years: 5 }, '2029-02-28'],
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2026-03-02', { weeks: 14 }, '2026-06-08'],
    ['2026-05-01', { weeks: 4 }, '2026-05-29'],
  ])('%s + %o = %s', (from, d, expected) => {
    expect(addDuration(from, d)).toBe(expected);
  });
});
