import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseShapeSchema as caseInputSchema, computeTimeline, decisionOverdue, nextMilestone, type CaseInput } from '@core/timeline';
import { SOURCES } from '@core/sources/registry';
import { isISODate } from '@core/domain/dates';

const DAY = 86_400_000;
const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2035, 11, 31);

/** A valid ISO date between 2015 and 2035. */
const isoDate = fc.integer({ min: 0, max: (TO - FROM) / DAY }).map((n) => new Date(FROM + n * DAY).toISOString().slice(0, 10));

const validInput: fc.Arbitrary<CaseInput> = fc.record(
  {
    procedure: fc.constantFrom('asylum', 'temporary-protection'),
    track: fc.constantFrom('dublin', 'safe-country', 'general', 'extended', 'border', 'unknown'),
    unaccompaniedMinor: fc.boolean(),
    decisionOutcome: fc.constantFrom('granted', 'rejected'),
    manifestRejection: fc.constantFrom('yes', 'no', 'unknown'),
    interimMeasure: fc.constantFrom('yes', 'no', 'unknown'),
    dates: fc.record(
      { registration: isoDate, application: isoDate, decision: isoDate, appealLodged: isoDate, pip: isoDate, permitEnd: isoDate },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['procedure', 'dates'] },
) as fc.Arbitrary<CaseInput>;

const RUNS = { numRuns: 500 };

describe('computeTimeline properties', () => {
  it('no legal deadline, target or estimate falls before the date it counts from', () => {
    fc.assert(
      fc.property(validInput, isoDate, (input, today) => {
        const t = computeTimeline(input, today);
        for (const m of t.milestones) {
          if (m.kind === 'event' || !m.basis || m.basis === 'fixed') continue;
          // Counted backwards (renewal from 6 months before the end), or the day itself (leave at once), or the card date.
          if (m.id === 'permit-renewal-from' || m.id === 'leave-immediately' || m.basis === 'permitEnd') continue;
          const from = input.dates[m.basis];
          expect(from, `${m.id} counts from ${m.basis}`).toBeDefined();
          expect(m.date > from!, `${m.id} ${m.date} after ${m.basis} ${from}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('earliest ≤ date ≤ latest wherever a range is given; dates are real dates; status matches today', () => {
    fc.assert(
      fc.property(validInput, isoDate, (input, today) => {
        for (const m of computeTimeline(input, today).milestones) {
          expect(isISODate(m.date)).toBe(true);
          if (m.earliest !== undefined) expect(m.earliest <= m.date).toBe(true);
          if (m.latest !== undefined) expect(m.date <= m.latest).toBe(true);
          expect(m.status).toBe(m.date < today ? 'past' : m.date === today ? 'today' : 'upcoming');
        }
      }),
      RUNS,
    );
  });

  it('no date is labelled a legal deadline while a question it depends on is unanswered (issue 11)', () => {
    // Answering an open question (the letter's wording, a voorlopige voorziening, the track) either way must
    // never move or remove a date that was shown as an unconditional legal deadline.
    const KNOWN = ['dublin', 'safe-country', 'general', 'extended', 'border'] as const;
    fc.assert(
      fc.property(validInput, isoDate, (input, today) => {
        const base = computeTimeline(input, today);
        const variants: CaseInput[] = [];
        if (input.manifestRejection === undefined || input.manifestRejection === 'unknown') {
          variants.push({ ...input, manifestRejection: 'yes' }, { ...input, manifestRejection: 'no' });
        }
        if (input.interimMeasure === undefined || input.interimMeasure === 'unknown') {
          variants.push({ ...input, interimMeasure: 'yes' }, { ...input, interimMeasure: 'no' });
        }
        if (input.track === undefined || input.track === 'unknown') for (const track of KNOWN) variants.push({ ...input, track });
        for (const m of base.milestones.filter((x) => x.kind === 'legal-deadline')) {
          for (const v of variants) {
            const same = computeTimeline(v, today).milestones.find((x) => x.id === m.id);
            expect(same?.date, `${m.id} is a legal deadline but changes when answering ${JSON.stringify(v)}`).toBe(m.date);
          }
        }
      }),
      RUNS,
    );
  });

  it('milestones are sorted by date and ids are unique', () => {
    fc.assert(
      fc.property(validInput, isoDate, (input, today) => {
        const ms = computeTimeline(input, today).milestones;
        for (let i = 1; i < ms.length; i++) expect(ms[i - 1]!.date <= ms[i]!.date).toBe(true);
        expect(new Set(ms.map((m) => m.id)).size).toBe(ms.length);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input and today give the same output', () => {
    fc.assert(
      fc.property(validInput, isoDate, (input, today) => {
        const a = computeTimeline(input, today);
        const b = computeTimeline(structuredClone(input), today);
        expect(b).toEqual(a);
        // and computing does not change the input
        const copy = structuredClone(input);
        computeTimeline(input, today);
        expect(input).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('every milestone cites only sources in the registry', () => {
    fc.assert(
      fc.property(validInput, isoDate, (input, today) => {
        for (const m of computeTimeline(input, today).milestones) {
          for (const id of m.sources) expect(SOURCES).toHaveProperty(id);
          for (const r of m.refs ?? []) expect(m.sources).toContain(r.id);
          if (m.kind !== 'event') expect(m.sources.length, m.id).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('flags future event dates and wrong order', () => {
    fc.assert(
      fc.property(validInput, isoDate, (input, today) => {
        const t = computeTimeline(input, today);
        for (const [field, value] of Object.entries(input.dates)) {
          if (field === 'permitEnd') continue; // the end date on the card lies in the future
          if (value !== undefined && value > today) expect(t.issues).toContainEqual({ code: 'future-date', field });
        }
        const { application, decision } = input.dates;
        if (application && decision && decision < application) expect(t.issues).toContainEqual({ code: 'date-order', field: 'decision' });
      }),
      RUNS,
    );
  });

  it('decision overdue only when the deadline is in the past and there is no decision', () => {
    fc.assert(
      fc.property(validInput, isoDate, (input, today) => {
        const t = computeTimeline(input, today);
        const dl = t.milestones.find((m) => m.id === 'decision-deadline');
        expect(decisionOverdue(t, today)).toBe(dl !== undefined && dl.kind !== 'not-yet-known' && dl.status === 'past' && input.dates.decision === undefined);
        const next = nextMilestone(t);
        if (next) expect(next.status).not.toBe('past');
      }),
      RUNS,
    );
  });

  it('hostile input: never throws; input that does not fit the schema always gives an issue', () => {
    const dateLike = fc.oneof(isoDate, fc.string(), fc.constant('2026-02-30'), fc.integer(), fc.constant(null), fc.anything());
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({
        procedure: fc.oneof(fc.constantFrom('asylum', 'temporary-protection'), fc.anything()),
        track: fc.oneof(fc.constantFrom('dublin', 'general', 'unknown'), fc.anything()),
        unaccompaniedMinor: fc.anything(),
        decisionOutcome: fc.oneof(fc.constantFrom('granted', 'rejected'), fc.anything()),
        dates: fc.oneof(
          fc.record({ registration: dateLike, application: dateLike, decision: dateLike, appealLodged: dateLike, pip: dateLike }, { requiredKeys: [] }),
          fc.anything(),
        ),
      }),
    );
    const hostileToday = fc.oneof(isoDate, fc.anything());
    fc.assert(
      fc.property(hostile, hostileToday, (input, today) => {
        let t: ReturnType<typeof computeTimeline> | undefined;
        expect(() => {
          t = computeTimeline(input as CaseInput, today as string);
        }).not.toThrow();
        expect(Array.isArray(t!.milestones)).toBe(true);
        const shapeOk = caseInputSchema.safeParse(input).success;
        const datesOk = shapeOk && Object.values((input as CaseInput).dates).every((d) => d === '' || isISODate(d));
        if (!datesOk || !isISODate(today)) expect(t!.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

// Speed: `npm run bench` (computeTimeline × 10,000, median of five runs, < 1000 ms), never a timed assertion.
