import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  figuresFor,
  ASK_LAWYER,
  FIRST_TRACK_QUESTION,
  STEP_ICONS,
  STEP_IDS,
  STEPS,
  TRACK_IDS,
  TRACK_QUESTIONS,
  TRACKS,
  durationsFor,
  getStep,
  stepsForPeriod,
  stepsForTrack,
  trackPath,
  walkTrackQuestions,
  type Duration,
  type Step,
  type StepId,
  type TrackQuestionId,
} from '@core/content/procedure';
import { ACTOR_IDS } from '@core/content/actors';
import { isISODate } from '@core/domain/dates';
import { RULE_PERIODS, rulePeriodFor, type RulePeriodId } from '@core/rules/periods';
import {
  DECISION_PROCESSING_TIME,
  appealTerm,
  borderAdmissionAfter,
  decisionPeriod,
  housingTarget,
  integrationTerm,
  latestHousingWait,
  nareisTerm,
  permitDuration,
  receptionEndAfterRejection,
  ruleValue,
  workAfter,
  type Duration as RuleDuration,
} from '@core/rules';
import { PUBLISHED_FIGURES, type PublishedFigure } from '@core/rules/statistics';
import { SOURCES, isSourceId, type SourceRef } from '@core/sources/registry';

const PERIOD_IDS = RULE_PERIODS.map((p) => p.id);
const hasEdge = (from: StepId, to: StepId) => getStep(from).next.includes(to);
const allDurations = (): { step: Step; d: Duration }[] => STEPS.flatMap((step) => step.durations.map((d) => ({ step, d })));

/** The first consecutive pair of a path that is not an edge, or null. */
function firstBrokenPair(path: readonly StepId[]): [StepId, StepId] | null {
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]!;
    const b = path[i + 1]!;
    if (!hasEdge(a, b)) return [a, b];
  }
  return null;
}

describe('procedure map: steps and edges', () => {
  it('has exactly one step per step id, with its own id', () => {
    expect(STEPS.map((s) => s.id).sort()).toEqual([...STEP_IDS].sort());
    for (const id of STEP_IDS) expect(getStep(id).id).toBe(id);
  });

  it('has edges only to known steps, never to itself, without duplicates', () => {
    for (const s of STEPS) {
      for (const n of s.next) expect(STEP_IDS as readonly string[], `${s.id} → ${n}`).toContain(n);
      expect(s.next, s.id).not.toContain(s.id);
      expect(new Set(s.next).size, s.id).toBe(s.next.length);
    }
  });

  it('never has an edge into a step that exists in none of the source step’s periods', () => {
    for (const s of STEPS) {
      for (const n of s.next) {
        const shared = getStep(n).periods.filter((p) => s.periods.includes(p));
        expect(shared.length, `${s.id} → ${n}`).toBeGreaterThan(0);
      }
    }
  });

  it('uses known actors, a known icon with an SVG, a Dutch term and a valid check date', () => {
    for (const s of STEPS) {
      expect(s.actors.length, s.id).toBeGreaterThan(0);
      for (const a of s.actors) expect(ACTOR_IDS, `${s.id}: ${a}`).toContain(a);
      expect(STEP_ICONS as readonly string[], s.id).toContain(s.icon);
      expect(existsSync(`assets/icons/${s.icon}.svg`), `assets/icons/${s.icon}.svg`).toBe(true);
      expect(s.dutchTerm.trim().length, s.id).toBeGreaterThan(0);
      expect(isISODate(s.lastChecked), s.id).toBe(true);
      expect(Number.isInteger(s.faqCount) && s.faqCount >= 1, s.id).toBe(true);
    }
  });

  it('declares each step in at least one rule period, and period notes only for those periods', () => {
    for (const s of STEPS) {
      expect(s.periods.length, s.id).toBeGreaterThan(0);
      for (const p of s.periods) expect(PERIOD_IDS).toContain(p);
      for (const p of s.periodNotes ?? []) expect(s.periods, `${s.id} note ${p}`).toContain(p);
    }
  });
});

describe('tracks', () => {
  it('has one track per track id, each with a non-empty path of known steps', () => {
    expect(Object.keys(TRACKS).sort()).toEqual([...TRACK_IDS].sort());
    for (const id of TRACK_IDS) {
      expect(TRACKS[id].id).toBe(id);
      expect(TRACKS[id].path.length, id).toBeGreaterThan(0);
      for (const s of TRACKS[id].path) expect(STEP_IDS as readonly string[], `${id}: ${s}`).toContain(s);
    }
  });

  it('connects every track path from its first to its last step (each consecutive pair is an edge)', () => {
    for (const id of TRACK_IDS) expect(firstBrokenPair(TRACKS[id].path), id).toBeNull();
  });

  it('stays connected in every rule period when the steps of other periods are left out', () => {
    for (const id of TRACK_IDS) {
      for (const period of TRACKS[id].periods) {
        const path = trackPath(id, period);
        expect(path.length, `${id} ${period}`).toBeGreaterThan(0);
        for (const s of path) expect(getStep(s).periods, `${id} ${period}: ${s}`).toContain(period);
        expect(firstBrokenPair(path), `${id} ${period}`).toBeNull();
      }
    }
  });

  it('puts every step on at least one track path', () => {
    const onPath = new Set(TRACK_IDS.flatMap((t) => TRACKS[t].path));
    expect(STEP_IDS.filter((s) => !onPath.has(s))).toEqual([]);
  });

  it("lists in each step's `tracks` exactly the tracks whose path goes through it", () => {
    for (const s of STEPS) {
      const expected = TRACK_IDS.filter((t) => TRACKS[t].path.includes(s.id));
      expect([...s.tracks].sort(), s.id).toEqual([...expected].sort());
    }
  });

  it('returns the steps of a track in path order, each once', () => {
    for (const id of TRACK_IDS) {
      const ids = stepsForTrack(id).map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...new Set(TRACKS[id].path)]);
    }
  });
});

describe('sources', () => {
  const checkRefs = (refs: readonly SourceRef[], where: string) => {
    expect(refs.length, where).toBeGreaterThan(0);
    for (const r of refs) {
      expect(isSourceId(r.id), `${where}: ${r.id}`).toBe(true);
      if (r.section !== undefined) expect(r.section.trim().length, `${where}: ${r.id}`).toBeGreaterThan(0);
      // A document is always cited with the section, so the citation can be checked.
      if (SOURCES[r.id].kind === 'document') expect(r.section, `${where}: ${r.id} needs a section`).toBeTruthy();
    }
  };

  it('gives every step at least one source, each resolving in SOURCES', () => {
    for (const s of STEPS) checkRefs(s.sources, s.id);
  });

  it('gives every duration at least one source, each resolving in SOURCES', () => {
    for (const { step, d } of allDurations()) checkRefs(d.sources, `${step.id}/${d.id}`);
  });

  it('gives every track at least one source, each resolving in SOURCES', () => {
    for (const id of TRACK_IDS) checkRefs(TRACKS[id].sources, id);
  });
});

describe('durations', () => {
  it('have ids that are unique across all steps', () => {
    const ids = allDurations().map(({ d }) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('are positive, limited to their step’s periods, and name known tracks', () => {
    for (const { step, d } of allDurations()) {
      expect(d.value, d.id).toBeGreaterThan(0);
      for (const p of d.periods ?? []) expect(step.periods, `${d.id}: ${p}`).toContain(p);
      for (const t of d.tracks ?? []) expect(TRACK_IDS as readonly string[], `${d.id}: ${t}`).toContain(t);
    }
  });

  it('give averages the year they describe, which is before the year of every document that reports it', () => {
    for (const { d } of allDurations()) {
      if (d.kind !== 'average') {
        expect(d.year, `${d.id} is not an average`).toBeUndefined();
        continue;
      }
      expect(Number.isInteger(d.year), d.id).toBe(true);
      for (const r of d.sources) {
        const src = SOURCES[r.id];
        if (src.kind === 'document') expect(d.year!, `${d.id} vs ${r.id}`).toBeLessThan(src.year);
      }
    }
  });

  it('filter by period and track', () => {
    const appeal = getStep('appeal');
    const forExtended = durationsFor(appeal, { track: 'extended' }).map((d) => d.id);
    const forGeneral = durationsFor(appeal, { track: 'general' }).map((d) => d.id);
    for (const id of forExtended) {
      const d = appeal.durations.find((x) => x.id === id)!;
      expect(!d.tracks || d.tracks.includes('extended')).toBe(true);
    }
    expect(forExtended).not.toEqual(forGeneral);
    // A step that does not exist in a period has no durations in it.
    expect(durationsFor(getStep('screening'), { period: 'pre-pact' })).toEqual([]);
  });
});

describe('rule periods', () => {
  it('switches from the pre-Pact rules to the Pact rules between 11 and 12 June 2026', () => {
    expect(rulePeriodFor('2026-06-11').id).toBe('pre-pact');
    expect(rulePeriodFor('2026-06-12').id).toBe('pact');
    expect(rulePeriodFor('2020-01-01').id).toBe('pre-pact');
    expect(rulePeriodFor('2030-01-01').id).toBe('pact');
  });

  it('has the intended-decision step (voornemen) only before the Pact and screening only under it', () => {
    const pre = stepsForPeriod(rulePeriodFor('2026-06-11').id).map((s) => s.id);
    const pact = stepsForPeriod(rulePeriodFor('2026-06-12').id).map((s) => s.id);
    expect(pre).toContain('intention-response');
    expect(pact).not.toContain('intention-response');
    expect(pact).toContain('screening');
    expect(pre).not.toContain('screening');
    expect(pact).toContain('medical-check');
    // Steps shared by both periods stay in both.
    for (const id of ['registration', 'decision', 'appeal', 'permit'] as const) {
      expect(pre).toContain(id);
      expect(pact).toContain(id);
    }
  });

  it('leaves the Pact-only and pre-Pact-only steps out of the right track paths', () => {
    const general = (p: RulePeriodId) => trackPath('general', p);
    expect(general('pre-pact')).toContain('intention-response');
    expect(general('pre-pact')).not.toContain('screening');
    expect(general('pact')).toContain('screening');
    expect(general('pact')).not.toContain('intention-response');
  });

  it('shows a shorter asylum permit under the Pact than before it', () => {
    const permit = getStep('permit');
    const years = (p: RulePeriodId) =>
      durationsFor(permit, { period: p }).filter((d) => d.kind === 'legal' && d.unit === 'years');
    expect(years('pre-pact')).toHaveLength(1);
    expect(years('pact')).toHaveLength(1);
    expect(years('pact')[0]!.value).toBeLessThan(years('pre-pact')[0]!.value);
  });

  it('gives no permanent asylum permit term under the Pact (abolished by the Pact law)', () => {
    const step = getStep('permanent-permit-naturalisation');
    expect(durationsFor(step, { period: 'pact' }).map((d) => d.id)).not.toContain('permanent-permit-after');
    expect(durationsFor(step, { period: 'pre-pact' }).map((d) => d.id)).toContain('permanent-permit-after');
  });
});

describe('agreement with the rules engine (core/rules)', () => {
  const asRuleDuration = (d: Duration): RuleDuration => ({ [d.unit]: d.value });
  const one = (stepId: StepId, durationId: string): Duration => {
    const d = getStep(stepId).durations.find((x) => x.id === durationId);
    if (!d) throw new Error(`${stepId} has no duration ${durationId}`);
    return d;
  };

  it('states the same decision period, appeal terms and reception end', () => {
    for (const date of ['2026-06-11', '2026-06-12']) {
      expect(asRuleDuration(one('decision', 'decision-period'))).toEqual(ruleValue(decisionPeriod, date).general);
      const terms = ruleValue(appealTerm, date).byTrack;
      const short = asRuleDuration(one('appeal', 'appeal-deadline-short'));
      for (const t of one('appeal', 'appeal-deadline-short').tracks ?? []) {
        expect(terms[t as keyof typeof terms], t).toEqual(short);
      }
      expect(terms.extended).toEqual(asRuleDuration(one('appeal', 'appeal-deadline-extended')));
      expect(asRuleDuration(one('departure', 'reception-after-rejection'))).toEqual(
        ruleValue(receptionEndAfterRejection, date),
      );
    }
  });

  it('states the same permit validity on both sides of 12 June 2026', () => {
    const pre = durationsFor(getStep('permit'), { period: rulePeriodFor('2026-06-11').id });
    const pact = durationsFor(getStep('permit'), { period: rulePeriodFor('2026-06-12').id });
    expect(pre.map(asRuleDuration)).toEqual([ruleValue(permitDuration, '2026-06-11')]);
    expect(pact.map(asRuleDuration)).toEqual([ruleValue(permitDuration, '2026-06-12')]);
  });

  it('states the border time limit only where the rules engine has one', () => {
    const border = getStep('border-procedure');
    for (const date of ['2026-06-11', '2026-06-12']) {
      const rule = ruleValue(borderAdmissionAfter, date);
      const ours = durationsFor(border, { period: rulePeriodFor(date).id }).map(asRuleDuration);
      expect(ours).toEqual(rule === null ? [] : [rule]);
    }
  });

  it('states the same nareis term, housing target, integration term and work rule', () => {
    expect(asRuleDuration(one('nareis', 'nareis-application-term'))).toEqual(ruleValue(nareisTerm, '2025-06-01'));
    expect(asRuleDuration(one('housing', 'housing-target'))).toEqual(ruleValue(housingTarget, '2025-06-01'));
    expect(asRuleDuration(one('inburgering', 'inburgering-term'))).toEqual(ruleValue(integrationTerm, '2025-06-01'));
    expect(asRuleDuration(one('reception', 'work-allowed-after'))).toEqual(ruleValue(workAfter, '2025-06-01'));
  });

  it('states the same published averages', () => {
    const decision = getStep('decision');
    for (const { d } of allDurations().filter(({ step, d }) => step === decision && d.kind === 'average')) {
      type StatTrack = keyof (typeof DECISION_PROCESSING_TIME)[number]['value'];
      const stat = DECISION_PROCESSING_TIME.find((s) => s.year === d.year);
      if (!stat) throw new Error(`no published processing time for ${d.year} (${d.id})`);
      expect(d.unit).toBe(stat.unit);
      const statTracks = Object.keys(stat.value);
      const track = d.tracks?.find((t) => statTracks.includes(t)) as StatTrack | undefined;
      expect(track, d.id).toBeDefined();
      expect(d.value, d.id).toBe(stat.value[track!]);
    }
    const housing = one('housing', 'housing-average');
    expect({ value: housing.value, unit: housing.unit, year: housing.year }).toEqual({
      value: latestHousingWait()!.value,
      unit: latestHousingWait()!.unit,
      year: latestHousingWait()!.year,
    });
  });
});

describe('"Which track am I in?" questionnaire', () => {
  const isResult = (r: string) => r === ASK_LAWYER || (TRACK_IDS as readonly string[]).includes(r);

  it('starts at a known question, and every question has answers with unique ids', () => {
    expect(TRACK_QUESTIONS[FIRST_TRACK_QUESTION]).toBeDefined();
    for (const q of Object.values(TRACK_QUESTIONS)) {
      expect(q.answers.length, q.id).toBeGreaterThanOrEqual(2);
      expect(new Set(q.answers.map((a) => a.id)).size, q.id).toBe(q.answers.length);
    }
  });

  it('has no dead ends: every answer leads to a known question or to a track or ask-lawyer', () => {
    for (const q of Object.values(TRACK_QUESTIONS)) {
      for (const a of q.answers) {
        if ('question' in a.to) expect(TRACK_QUESTIONS[a.to.question], `${q.id}/${a.id}`).toBeDefined();
        else expect(isResult(a.to.result), `${q.id}/${a.id}: ${a.to.result}`).toBe(true);
      }
    }
  });

  it('reaches every question, never loops, and always ends in a result', () => {
    const seen = new Set<TrackQuestionId>();
    const results = new Set<string>();
    const walk = (id: TrackQuestionId, trail: TrackQuestionId[]) => {
      expect(trail, `loop at ${id}`).not.toContain(id);
      seen.add(id);
      for (const a of TRACK_QUESTIONS[id].answers) {
        if ('question' in a.to) walk(a.to.question, [...trail, id]);
        else results.add(a.to.result);
      }
    };
    walk(FIRST_TRACK_QUESTION, []);
    expect([...seen].sort()).toEqual(Object.keys(TRACK_QUESTIONS).sort());
    // Every track can be the answer, and 'ask-lawyer' is there for unclear cases.
    expect([...results].sort()).toEqual([...TRACK_IDS, ASK_LAWYER].sort());
  });

  it('walks answers to a question, a result or an invalid answer', () => {
    expect(walkTrackQuestions([])).toMatchObject({ kind: 'question', question: { id: FIRST_TRACK_QUESTION } });
    // Every full route through the tree ends in the result of its last answer.
    const routes: { ids: string[]; result: string }[] = [];
    const collect = (id: TrackQuestionId, ids: string[]) => {
      for (const a of TRACK_QUESTIONS[id].answers) {
        if ('question' in a.to) collect(a.to.question, [...ids, a.id]);
        else routes.push({ ids: [...ids, a.id], result: a.to.result });
      }
    };
    collect(FIRST_TRACK_QUESTION, []);
    for (const r of routes) {
      expect(walkTrackQuestions(r.ids)).toEqual({ kind: 'result', result: r.result });
      expect(walkTrackQuestions([...r.ids, 'yes'])).toEqual({ kind: 'invalid', at: r.ids.length });
    }
    expect(walkTrackQuestions(['no-such-answer'])).toEqual({ kind: 'invalid', at: 0 });
  });
});

describe('published figures (issue 11 §1.10)', () => {
  it('shows every published figure to the person: on a step, or as the average duration it is', () => {
    const listed = new Set(STEPS.flatMap((s) => s.figures ?? []));
    const asDuration = (f: PublishedFigure) =>
      f.unit === 'months' &&
      STEPS.some((s) => s.durations.some((d) => d.kind === 'average' && d.unit === 'months' && d.value === f.value && d.year === f.year));
    expect(PUBLISHED_FIGURES.filter((f) => !listed.has(f.id) && !asDuration(f)).map((f) => f.id)).toEqual([]);
  });

  it('each figure has a plausible year, a number and a source', () => {
    for (const f of PUBLISHED_FIGURES) {
      expect(f.year, f.id).toBeGreaterThanOrEqual(2020);
      expect(Number.isFinite(f.value) && f.value > 0, f.id).toBe(true);
      if (f.unit === 'percent') expect(f.value, f.id).toBeLessThanOrEqual(100);
      expect(f.sources.length, f.id).toBeGreaterThan(0);
    }
  });

  it('a step shows only the figures about the chosen track', () => {
    const decision = STEPS.find((s) => s.id === 'decision')!;
    const forGeneral = figuresFor(decision, { track: 'general' }).map((f) => f.id);
    expect(forGeneral).toContain('decided-on-time-general');
    expect(forGeneral).not.toContain('decided-on-time-extended');
    expect(forGeneral).toContain('grant-rate-2025');
    expect(figuresFor(decision).map((f) => f.id)).toEqual(decision.figures);
  });
});
