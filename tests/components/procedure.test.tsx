import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import enUi from '@locales/en/procedureUi.json';
import enProc from '@locales/en/procedure.json';
import {
  ASK_LAWYER,
  FIRST_TRACK_QUESTION,
  STEPS,
  STEPS_BY_ID,
  TRACK_IDS,
  TRACK_QUESTIONS,
  TRACKS,
  type StepId,
  type TrackId,
  type TrackQuestionId,
  type TrackResult,
} from '@core/content/procedure';
import { PUBLISHED_FIGURES, type PublishedFigure } from '@core/rules/statistics';
import { SOURCES } from '@core/sources/registry';
import type { CaseInputData } from '@core/domain/case';
import { renderApp } from './render';

/*
 * The procedure area, rendered as the whole app. Expected steps, orders,
 * durations and questionnaire outcomes are derived here from the content data
 * (core/content/procedure) and its texts, never from the pages' own helpers.
 */

type Period = 'pre-pact' | 'pact';
const en = { settings: { language: 'en' as const } };

/** A track's route in a period, straight from the data: its path minus the steps the period lacks. */
function expectedRoute(track: TrackId, period: Period): StepId[] {
  if (!TRACKS[track].periods.includes(period)) return [];
  return TRACKS[track].path.filter((id) => STEPS_BY_ID[id].periods.includes(period));
}

function stepOfLink(a: HTMLElement): string {
  const m = /\/procedure\/step\/([a-z-]+)$/.exec(a.getAttribute('href') ?? '');
  return m?.[1] ?? `?${a.getAttribute('href')}`;
}

async function openMap(opts: { caseData?: CaseInputData; lng?: 'en' | 'nl' | 'ar' } = {}) {
  const lng = opts.lng ?? 'en';
  const r = await renderApp({ settings: { language: lng }, lng, hash: '#/procedure', caseData: opts.caseData ?? null });
  await screen.findByRole('heading', { level: 1 });
  await screen.findByRole('group', { name: lng === 'en' ? enUi.map.filterLabel : /./ });
  return r;
}

function chip(name: string): HTMLElement {
  return within(screen.getByRole('group', { name: enUi.map.filterLabel })).getByRole('button', { name });
}

function routeList(track: TrackId): HTMLElement {
  return screen.getByRole('list', { name: `The route: ${enProc.tracks[track].title}` });
}

describe('procedure map', () => {
  it('filtered by a track, shows every step of that track in order, in both rule periods', async () => {
    await openMap();
    // Today (the real date) is after 12 June 2026: the Pact rules come first.
    expect(screen.getByText('Rules as of 12 June 2026')).toBeTruthy();
    for (const period of ['pact', 'pre-pact'] as const) {
      if (period === 'pre-pact') {
        fireEvent.click(screen.getByRole('button', { name: 'Show the rules before 12 June 2026' }));
        expect(screen.getByText('Rules before 12 June 2026')).toBeTruthy();
      }
      for (const track of TRACK_IDS) {
        fireEvent.click(chip(enUi.chips[track]));
        expect(chip(enUi.chips[track]).getAttribute('aria-pressed')).toBe('true');
        expect(chip(enUi.map.allTracks).getAttribute('aria-pressed')).toBe('false');
        const links = within(routeList(track)).getAllByRole('link');
        const want = expectedRoute(track, period);
        expect(want.length, `${track} ${period}`).toBeGreaterThan(0);
        expect(links.map(stepOfLink), `${track} ${period}`).toEqual(want);
        // Each step shows its title and, under it, the Dutch term.
        links.forEach((a, i) => {
          const id = want[i] as StepId;
          expect(a.textContent).toContain(enProc.steps[id].title);
          expect(a.querySelector('bdi[lang="nl"]')?.textContent).toBe(STEPS_BY_ID[id].dutchTerm);
        });
      }
    }
  });

  it('with all tracks shows each step of the period once, and names the steps the period does not have', async () => {
    await openMap();
    for (const period of ['pact', 'pre-pact'] as const) {
      if (period === 'pre-pact') fireEvent.click(screen.getByRole('button', { name: 'Show the rules before 12 June 2026' }));
      const inPeriod = STEPS.filter((s) => s.periods.includes(period)).map((s) => s.id);
      // The phases render in idle time right after the screen (useProgressive).
      await waitFor(() => {
        const map = screen.getByRole('region', { name: enUi.map.mapTitle });
        const shown = within(map).getAllByRole('link').map(stepOfLink);
        expect([...shown].sort()).toEqual([...inPeriod].sort());
      }, { timeout: 25_000 });
      const missing = STEPS.filter((s) => !s.periods.includes(period));
      expect(missing.length, 'the two periods differ in at least one step').toBeGreaterThan(0);
      const note = screen.getByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').trim().startsWith(enUi.map.notInPeriod));
      for (const s of missing) expect(note.textContent).toContain(enProc.steps[s.id].title);
    }
  });

  it('links to "Which track am I in?" and opens a step page from the map', async () => {
    await openMap();
    expect(screen.getByRole('link', { name: /Which track am I in\?/ }).getAttribute('href')).toBe('#/procedure/track');
    const map = screen.getByRole('region', { name: enUi.map.mapTitle });
    // The map's phases render in idle time right after the screen (useProgressive).
    fireEvent.click(await within(map).findByRole('link', { name: new RegExp(enProc.steps['track-assignment'].title) }));
    await screen.findByRole('heading', { level: 1, name: new RegExp(enProc.steps['track-assignment'].title) });
    expect(window.location.hash).toBe('#/procedure/step/track-assignment');
  });

  it('in Arabic, with texts missing, still shows readable text and never a raw key', async () => {
    const { i18n } = await openMap({ lng: 'ar' });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    // The map's phases render in idle time right after the screen: every step of the period is there first.
    const inPeriod = STEPS.filter((s) => s.periods.includes('pact')).length;
    await waitFor(() => expect(document.querySelectorAll('.proc-map .proc-line a')).toHaveLength(inPeriod), { timeout: 25_000 });
    const main = () => (document.querySelector('main') as HTMLElement).textContent ?? '';
    expect(main()).not.toMatch(/\b(map|period|chips|phases|lanes|steps|quiz|step|tracks)\.[a-zA-Z]/);
    // A catalog may lack plural forms English does not have (Arabic "few", for 3 to 10).
    // The backend fills every other gap from English; here the "few" forms are gone.
    const bundle = structuredClone(i18n.getResourceBundle('ar', 'procedureUi') as { units?: Record<string, string> });
    for (const k of Object.keys(bundle.units ?? {})) if (!/_(one|other)$/.test(k)) delete bundle.units?.[k];
    i18n.removeResourceBundle('ar', 'procedureUi');
    i18n.addResourceBundle('ar', 'procedureUi', bundle);
    window.location.hash = '#/procedure/step/appeal';
    await waitFor(() => expect(document.querySelector('main h1')?.textContent).toContain(STEPS_BY_ID.appeal.dutchTerm));
    const four = STEPS_BY_ID.appeal.durations.find((d) => d.value === 4 && (!d.periods || d.periods.includes('pact')));
    expect(four, 'the appeal step has a 4-unit duration').toBeTruthy();
    expect(main()).not.toMatch(/units\.|kinds\.|step\.[a-z]/);
    const other = (bundle.units ?? {})[`${four?.unit}_other`] ?? '';
    expect(other).toContain('{{value}}');
    expect(main()).toContain(other.replace('{{value}}', '4'));
  });
});

describe('rule period', () => {
  const app = (application: string): CaseInputData => ({ procedure: 'asylum', track: 'general', dates: { application } });

  it('follows the application date: 11 June 2026 is before the Pact, 12 June 2026 is the Pact', async () => {
    await openMap({ caseData: app('2026-06-11') });
    expect(screen.getByText('Rules before 12 June 2026')).toBeTruthy();
    expect(screen.getByText('Because you applied on 11 June 2026.')).toBeTruthy();
    expect(screen.queryByText('Rules as of 12 June 2026')).toBeNull();
    // The route of the person's track shows the period's own steps.
    expect(within(routeList('general')).getAllByRole('link').map(stepOfLink)).toEqual(expectedRoute('general', 'pre-pact'));
  });

  it('12 June 2026 shows the Pact rules, and the other period can be chosen', async () => {
    await openMap({ caseData: app('2026-06-12') });
    expect(screen.getByText('Rules as of 12 June 2026')).toBeTruthy();
    expect(screen.getByText('Because you applied on 12 June 2026.')).toBeTruthy();
    expect(within(routeList('general')).getAllByRole('link').map(stepOfLink)).toEqual(expectedRoute('general', 'pact'));
    fireEvent.click(screen.getByRole('button', { name: 'Show the rules before 12 June 2026' }));
    expect(screen.getByText('Rules before 12 June 2026')).toBeTruthy();
    expect(screen.getByText(/You chose these rules/).textContent).toContain('Rules as of 12 June 2026');
    expect(within(routeList('general')).getAllByRole('link').map(stepOfLink)).toEqual(expectedRoute('general', 'pre-pact'));
  });

  it('in Dutch, names the period in Dutch', async () => {
    await openMap({ lng: 'nl', caseData: app('2026-06-11') });
    expect(await screen.findByText('Regels van vóór 12 juni 2026')).toBeTruthy();
  });
});

describe('your current step', () => {
  it('with a case entered, preselects its track and marks the current step "You are here"', async () => {
    // A Dublin refusal with an appeal lodged: the person is at the appeal.
    await openMap({
      caseData: {
        procedure: 'asylum',
        track: 'dublin',
        decisionOutcome: 'rejected',
        dates: { registration: '2025-01-10', application: '2025-01-12', decision: '2025-03-01', appealLodged: '2025-03-05' },
      },
    });
    expect(chip(enUi.chips.dublin).getAttribute('aria-pressed')).toBe('true');
    const route = routeList('dublin');
    const current = within(route)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('aria-current') === 'step');
    expect(current.map(stepOfLink)).toEqual(['appeal']);
    expect(current[0]?.textContent).toContain('You are here');
    expect(within(route).getAllByText('You are here')).toHaveLength(1);
    const here = screen.getByRole('region', { name: enUi.map.hereTitle });
    expect(within(here).getByRole('link').getAttribute('href')).toBe('#/procedure/step/appeal');
  });

  it('while waiting for a decision, is at the procedure of the track', async () => {
    await openMap({ caseData: { procedure: 'asylum', track: 'general', dates: { registration: '2026-07-01', application: '2026-07-03' } } });
    const current = within(routeList('general'))
      .getAllByRole('link')
      .filter((a) => a.getAttribute('aria-current') === 'step');
    expect(current.map(stepOfLink)).toEqual(['general-procedure']);
  });

  it('temporary protection: the Ukraine route, living under protection after registering', async () => {
    await openMap({ caseData: { procedure: 'temporary-protection', dates: { registration: '2025-05-01' } } });
    expect(chip(enUi.chips.ukraine).getAttribute('aria-pressed')).toBe('true');
    const current = within(routeList('ukraine'))
      .getAllByRole('link')
      .filter((a) => a.getAttribute('aria-current') === 'step');
    expect(current.map(stepOfLink)).toEqual(['ukraine-life']);
  });

  it('without a case, marks no step and says how to get one', async () => {
    await openMap();
    expect(document.querySelector('[aria-current="step"]')).toBeNull();
    expect(screen.getByRole('link', { name: enUi.map.toTimeline }).getAttribute('href')).toBe('#/timeline');
  });
});

describe('step page', () => {
  it('shows the Dutch term, who acts, durations with their kind and source, FAQ, sources and last check', async () => {
    const step = STEPS_BY_ID.appeal;
    await renderApp({ ...en, hash: '#/procedure/step/appeal' });
    const h1 = await screen.findByRole('heading', { level: 1, name: new RegExp(enProc.steps.appeal.title) });
    expect(h1.querySelector('bdi[lang="nl"]')?.textContent).toBe(step.dutchTerm);

    // Durations of the Pact period (today's), no track chosen: every one of them, with its source.
    const durations = screen.getByRole('region', { name: 'How long does it take?' });
    const want = step.durations.filter((d) => !d.periods || d.periods.includes('pact'));
    expect(want.some((d) => d.kind === 'legal') && want.some((d) => d.kind === 'average')).toBe(true);
    const items = within(durations).getAllByRole('listitem');
    expect(items).toHaveLength(want.length);
    for (const d of want) {
      const label = enProc.durations[d.id as keyof typeof enProc.durations];
      const item = items.find((li) => li.textContent?.includes(label));
      expect(item, d.id).toBeTruthy();
      const text = item?.textContent ?? '';
      const unit = d.value === 1 ? d.unit.replace(/s$/, '') : d.unit;
      expect(text).toContain(`${d.value} ${unit}`);
      for (const src of d.sources) {
        expect(text).toContain(SOURCES[src.id].title);
        if (src.section) expect(text).toContain(src.section);
      }
      if (d.kind === 'legal') expect(text).toContain('Set by law');
      if (d.kind === 'average') expect(text).toContain(`Average in ${d.year}`);
    }
    // Legal terms and averages are apart, under their own headings.
    expect(within(durations).getByRole('heading', { name: /Terms set by law/ })).toBeTruthy();
    expect(within(durations).getByRole('heading', { name: /Averages from the past/ })).toBeTruthy();

    // Common questions: one <details> each, the question as its summary.
    const faq = screen.getByRole('region', { name: 'Common questions' });
    const details = faq.querySelectorAll('details');
    expect(details).toHaveLength(step.faqCount);
    details.forEach((d, i) => {
      const q = enProc.steps.appeal.faq[`q${i + 1}` as keyof typeof enProc.steps.appeal.faq];
      expect(d.querySelector('summary')?.textContent).toBe(q);
      expect(d.textContent?.length).toBeGreaterThan(q.length + 20);
    });

    // Actors: their name and Dutch name.
    const who = screen.getByRole('region', { name: 'Who you deal with' });
    expect(within(who).getAllByRole('listitem')).toHaveLength(step.actors.length);
    expect(who.querySelectorAll('bdi[lang="nl"]')).toHaveLength(step.actors.length);

    // Sources in a drawer, and the date of the last check.
    const drawer = screen.getByText(/^Sources/).closest('details') as HTMLElement;
    expect(drawer.querySelectorAll('li')).toHaveLength(step.sources.length);
    for (const s of step.sources) expect(drawer.textContent).toContain(SOURCES[s.id].title);
    const checked = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(step.lastChecked));
    expect(screen.getByText(`Last checked: ${checked}`)).toBeTruthy();
  });

  // Published figures (issue 11 §1.10): every figure a step lists is shown there with its
  // value, its year, its source and the note that it is no prediction for the person's case.
  const figureValue = (f: PublishedFigure): string =>
    f.unit === 'percent' ? `${f.value}%` : f.unit === 'months' ? `${f.value} months` : f.value.toLocaleString('en-GB');
  const stepsWithFigures = STEPS.filter((s) => (s.figures ?? []).length > 0);
  it('lists published figures on the decision, waiting, reception, housing and appeal steps', () => {
    const ids = stepsWithFigures.map((s) => s.id);
    for (const id of ['decision', 'extended-procedure', 'reception', 'housing', 'appeal'] as const) expect(ids).toContain(id);
  });
  it.each(stepsWithFigures.map((s) => [s.id, s] as const))(
    'step %s shows each of its published figures with value, year and source',
    async (id, step) => {
      await renderApp({ ...en, hash: `#/procedure/step/${id}` });
      await screen.findByRole('heading', { level: 1, name: new RegExp(enProc.steps[id].title) });
      const region = screen.getByRole('region', { name: enUi.figures.title });
      expect(region.textContent).toContain(enUi.figures.hint);
      const items = within(region).getAllByRole('listitem');
      expect(items).toHaveLength(step.figures?.length ?? 0);
      for (const figId of step.figures ?? []) {
        const f = PUBLISHED_FIGURES.find((x) => x.id === figId) as PublishedFigure;
        const item = items.find((li) => li.getAttribute('data-figure') === figId);
        const text = item?.textContent ?? '';
        expect(text.match(new RegExp(figureValue(f).replace('.', '\\.'), 'g')), figId).toHaveLength(2);
        expect(text, figId).toContain(`Published figure for ${f.year}`);
        // The year is in the label and again in the sentence.
        expect(text.split(String(f.year)).length - 1, figId).toBeGreaterThanOrEqual(2);
        for (const src of f.sources) {
          expect(text, figId).toContain(SOURCES[src.id].title);
          if (src.section) expect(text, figId).toContain(src.section);
        }
      }
    },
  );

  it('shows only the durations of the chosen track, and the previous and next step along it', async () => {
    await renderApp({ ...en, hash: '#/procedure/step/appeal' });
    await screen.findByRole('heading', { level: 1, name: new RegExp(enProc.steps.appeal.title) });
    const tracks = screen.getByRole('region', { name: 'This step is part of these tracks' });
    const memberOf = TRACK_IDS.filter((t) => expectedRoute(t, 'pact').includes('appeal'));
    expect(within(tracks).getAllByRole('button').map((b) => b.textContent)).toEqual(
      memberOf.map((t) => enProc.tracks[t].title),
    );
    fireEvent.click(within(tracks).getByRole('button', { name: enProc.tracks.dublin.title }));

    const path = expectedRoute('dublin', 'pact');
    const i = path.indexOf('appeal');
    const along = screen.getByRole('region', { name: `Before and after, on the route of: ${enProc.tracks.dublin.title}` });
    const prev = within(along).getByRole('link', { name: /Previous step/ });
    const next = within(along).getByRole('link', { name: /Next step/ });
    expect(stepOfLink(prev)).toBe(path[i - 1]);
    expect(stepOfLink(next)).toBe(path[i + 1]);

    const durations = screen.getByRole('region', { name: 'How long does it take?' });
    const wantIds = STEPS_BY_ID.appeal.durations
      .filter((d) => (!d.periods || d.periods.includes('pact')) && (!d.tracks || d.tracks.includes('dublin')))
      .map((d) => enProc.durations[d.id as keyof typeof enProc.durations]);
    const shown = within(durations).getAllByRole('listitem');
    expect(shown).toHaveLength(wantIds.length);

    fireEvent.click(next);
    const nextId = path[i + 1] as StepId;
    await screen.findByRole('heading', { level: 1, name: new RegExp(enProc.steps[nextId].title) });
  });

  it('says so when the step does not exist in the chosen rules', async () => {
    const pactOnly = STEPS.find((s) => !s.periods.includes('pre-pact'));
    expect(pactOnly).toBeTruthy();
    await renderApp({ ...en, hash: `#/procedure/step/${pactOnly?.id}` });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('This step does not exist in these rules.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the rules before 12 June 2026' }));
    expect(screen.getByText('This step does not exist in these rules.')).toBeTruthy();
  });

  it('in support-worker mode shows each content paragraph and question in both languages', async () => {
    const nlProc = (await import('@locales/nl/procedure.json')).default;
    await renderApp({ settings: { language: 'en', secondLanguage: 'nl' }, hash: '#/procedure/step/decision' });
    await screen.findByRole('heading', { level: 1, name: new RegExp(enProc.steps.decision.title) });
    const nlSummary = await screen.findByText(nlProc.steps.decision.summary);
    expect(nlSummary.getAttribute('lang')).toBe('nl');
    expect(screen.getByText(enProc.steps.decision.summary)).toBeTruthy();
    const faq = screen.getByRole('region', { name: 'Common questions' });
    const first = faq.querySelector('summary') as HTMLElement;
    expect(first.textContent).toContain(enProc.steps.decision.faq.q1);
    expect(first.textContent).toContain(nlProc.steps.decision.faq.q1);
  });

  it('an unknown step id says it cannot be found', async () => {
    await renderApp({ ...en, hash: '#/procedure/step/no-such-step' });
    await screen.findByRole('heading', { level: 1, name: enUi.step.notFound });
  });
});

/** Every way through the questions, from the data: the answers in order and where they lead. */
function leaves(): { answers: { q: TrackQuestionId; a: string }[]; result: TrackResult }[] {
  const out: { answers: { q: TrackQuestionId; a: string }[]; result: TrackResult }[] = [];
  const walk = (q: TrackQuestionId, trail: { q: TrackQuestionId; a: string }[]) => {
    for (const a of TRACK_QUESTIONS[q].answers) {
      const next = [...trail, { q, a: a.id }];
      if ('result' in a.to) out.push({ answers: next, result: a.to.result });
      else walk(a.to.question, next);
    }
  };
  walk(FIRST_TRACK_QUESTION, []);
  return out;
}

const questionText = (q: TrackQuestionId) => enProc.questions[q].text;
const answerText = (q: TrackQuestionId, a: string) =>
  (enProc.questions[q].answers as Record<string, string>)[a] ?? `?${q}.${a}`;

describe('"Which track am I in?"', () => {
  const all = leaves();

  it('reaches the right track or "ask your lawyer" for every way through the questions', async () => {
    expect(all.some((l) => l.result === ASK_LAWYER)).toBe(true);
    expect(all.some((l) => l.result !== ASK_LAWYER)).toBe(true);
    await renderApp({ ...en, hash: '#/procedure/track' });
    await screen.findByRole('heading', { level: 1, name: 'Which track am I in?' });
    for (const leaf of all) {
      for (const [i, { q, a }] of leaf.answers.entries()) {
        const heading = screen.getByRole('heading', { level: 2, name: questionText(q) });
        expect(screen.getByText(`Question ${i + 1}`)).toBeTruthy();
        // From the second question on, focus is on the new question (named by it).
        if (i > 0) expect(document.activeElement?.getAttribute('aria-labelledby')).toBe(heading.id);
        fireEvent.click(screen.getByRole('button', { name: answerText(q, a) }));
      }
      const path = leaf.answers.map((x) => x.a).join(' → ');
      if (leaf.result === ASK_LAWYER) {
        const h = screen.getByRole('heading', { level: 2, name: /Ask your lawyer/ });
        expect(document.activeElement?.getAttribute('aria-labelledby'), path).toBe(h.id);
        expect(screen.getByText(/We cannot tell your track from these answers/)).toBeTruthy();
        expect(screen.queryByRole('link', { name: 'Show this track on the map' })).toBeNull();
      } else {
        const h = screen.getByRole('heading', { level: 2, name: new RegExp(reEscape(enProc.tracks[leaf.result].title)) });
        expect(document.activeElement?.getAttribute('aria-labelledby'), path).toBe(h.id);
        expect(screen.getByRole('link', { name: 'Show this track on the map' })).toBeTruthy();
        const first = expectedRoute(leaf.result, 'pact')[0] as StepId;
        const firstLink = screen.getByRole('link', { name: `Go to the first step: ${enProc.steps[first].title}` });
        expect(stepOfLink(firstLink)).toBe(first);
      }
      fireEvent.click(screen.getByRole('button', { name: /Start again/ }));
      screen.getByRole('heading', { level: 2, name: questionText(FIRST_TRACK_QUESTION) });
    }
  });

  it('goes back one question, and from a result shows its track on the map', async () => {
    const leaf = all.find((l) => l.result !== ASK_LAWYER && l.answers.length >= 2);
    if (!leaf || leaf.result === ASK_LAWYER) throw new Error('the questions have no track two answers deep');
    await renderApp({ ...en, hash: '#/procedure/track' });
    await screen.findByRole('heading', { level: 1, name: 'Which track am I in?' });
    expect(screen.queryByRole('button', { name: /^Back/ })).toBeNull();
    const [a0, a1] = leaf.answers as [{ q: TrackQuestionId; a: string }, { q: TrackQuestionId; a: string }];
    fireEvent.click(screen.getByRole('button', { name: answerText(a0.q, a0.a) }));
    screen.getByRole('heading', { level: 2, name: questionText(a1.q) });
    fireEvent.click(screen.getByRole('button', { name: /^Back/ }));
    const again = screen.getByRole('heading', { level: 2, name: questionText(a0.q) });
    expect(document.activeElement?.getAttribute('aria-labelledby')).toBe(again.id);

    for (const { q, a } of leaf.answers) fireEvent.click(screen.getByRole('button', { name: answerText(q, a) }));
    fireEvent.click(screen.getByRole('link', { name: 'Show this track on the map' }));
    await screen.findByRole('heading', { level: 1, name: 'The procedure step by step' });
    expect(chip(enUi.chips[leaf.result]).getAttribute('aria-pressed')).toBe('true');
    expect(within(routeList(leaf.result)).getAllByRole('link').map(stepOfLink)).toEqual(expectedRoute(leaf.result, 'pact'));
  });
});

function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
