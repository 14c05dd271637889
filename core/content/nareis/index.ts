import { getStep, type Duration, type StepIcon } from '../procedure';
import { nareisTerm } from '../../rules/rules';
import { ruleValue, ruleVersion, type Duration as RuleDuration } from '../../rules/types';
import type { ISODate } from '../../domain/dates';
import type { SourceRef } from '../../sources/registry';

/**
 * The nareis (family reunification) guide, issue 15: for a person whose
 * asylum permit was granted. One task per screen, each with facts (every fact
 * cites its sources), what the sources do not say (`unknown`), and a short
 * checklist the person can tick.
 *
 * Texts live in `locales/<lng>/nareis.json`:
 *   tasks.<taskId>.title
 *   tasks.<taskId>.facts.<factId>     (placeholders: see `values` below)
 *   tasks.<taskId>.unknown            (when `unknown` is true)
 *   tasks.<taskId>.checks.<checkId>
 *
 * Numbers are never written in these texts. The application term comes from
 * the timeline's rule (`nareisTerm`, one rule, one place); the 90 + 90 days
 * for the mvv from the nareis step's durations (core/content/procedure).
 * Seed facts: ../shared/facts/rules-and-durations.md (Nareis rows) and
 * what-people-need.md N22, N24, N25.
 */

const NAREIS_TASK_IDS = ['who', 'deadline', 'form', 'documents', 'mvv', 'costs', 'help'] as const;
export type NareisTaskId = (typeof NAREIS_TASK_IDS)[number];

/** Placeholders a fact text may use; the guide fills them from the rule and the step's durations. */
export type NareisValue = 'term' | 'collect' | 'travel';

export interface NareisFact {
  id: string;
  sources: readonly SourceRef[];
  values?: readonly NareisValue[];
}

export interface NareisTask {
  id: NareisTaskId;
  icon: StepIcon;
  facts: readonly NareisFact[];
  /** The task says plainly what the sources do not say. */
  unknown: boolean;
  /** Checklist items; the saved id is `<taskId>.<checkId>` (see `checkKey`). */
  checks: readonly string[];
  /** This task shows the person's own deadline and the calendar / QR. */
  showsDeadline?: boolean;
}

const MV_NAREIS: SourceRef = { id: 'svm2026', section: 'Bijlage I, Mv nareis' };
const NAREIS_8_EVRM: SourceRef = { id: 'svm2026', section: 'Bijlage I, Nareis 8 EVRM' };
const HOUSING_ANNEX: SourceRef = { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' };
const INTRO_34: SourceRef = { id: 'introductiedossier', section: '§3.4' };
const HERORIENTATIE_410: SourceRef = { id: 'herorientatie2024', section: '§4.10' };

/** The rule's own sources for the term (today's version). */
function termSources(): readonly SourceRef[] {
  return ruleVersion(nareisTerm, '2026-01-01')?.sources ?? [MV_NAREIS];
}

export const NAREIS_TASKS: readonly NareisTask[] = [
  {
    // Core family; an amv for the parents (SvM 2026 Bijlage I "Mv nareis", L3731). Siblings of an amv:
    // art. 8 EVRM, regular permit (Bijlage I "Nareis 8 EVRM", L3735–3738). Pact law: nuclear family
    // only (Hfst. 1, L787). Two-status law: waiting period, income and housing requirements; lengths,
    // amounts and start date not stated (Hfst. 1 "Wet tweestatusstelsel", L805–815).
    id: 'who',
    icon: 'family',
    facts: [
      { id: 'core', sources: [MV_NAREIS] },
      { id: 'minor', sources: [MV_NAREIS] },
      { id: 'siblings', sources: [NAREIS_8_EVRM, { id: 'svm2026', section: '§4.3.1.2' }] },
      {
        id: 'newLaws',
        sources: [
          { id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' },
          { id: 'svm2026', section: 'Hfst. 1, Wet tweestatusstelsel' },
        ],
      },
    ],
    unknown: true,
    checks: ['names', 'closeFamily'],
  },
  {
    // The term from the rule; after it only regular family reunification (L3731), for a partner with
    // the basic civic integration exam abroad first (Bijlage I "Reguliere verblijfsvergunning", L3684).
    // "After the decision" (L3731) and "after the permit" (L4048) both occur: open question 6.
    id: 'deadline',
    icon: 'clock',
    facts: [
      { id: 'term', sources: termSources(), values: ['term'] },
      { id: 'after', sources: [MV_NAREIS, { id: 'svm2026', section: 'Bijlage I, Reguliere verblijfsvergunning' }] },
      { id: 'counts', sources: [MV_NAREIS, HOUSING_ANNEX] },
    ],
    unknown: false,
    checks: ['lastDay', 'calendar'],
    showsDeadline: true,
  },
  {
    // Lodged in the Netherlands at the IND (Introductiedossier §3.4, L910); a form for and documents of
    // the family members, in Dutch, short terms (Heroriëntatie §4.10, L2600–2603). Where to get the form
    // and how to send it: not in the sources.
    id: 'form',
    icon: 'letter',
    facts: [
      { id: 'where', sources: [INTRO_34] },
      { id: 'what', sources: [HERORIENTATIE_410] },
    ],
    unknown: true,
    checks: ['have', 'filled', 'sent', 'copy'],
  },
  {
    // Documents of the family members (Heroriëntatie §4.10, L2600–2601). Without documents, through no
    // fault of theirs: interview or DNA test abroad, by and at BZ (Introductiedossier §3.4, L938–943).
    // Which documents: not listed in the sources.
    id: 'documents',
    icon: 'id-card',
    facts: [
      { id: 'each', sources: [HERORIENTATIE_410] },
      { id: 'missing', sources: [INTRO_34] },
    ],
    unknown: true,
    checks: ['identity', 'tie', 'whyMissing'],
  },
  {
    // Decision can take more than a year (L4048); few decided within the statutory term (§4.3.1.2,
    // L2295). 90 days to collect the mvv, then 90 days to travel; derived asylum permit on arrival
    // (Bijlage I "Mv nareis", L3733; Introductiedossier §3.4, L910–914). Sponsors housed before nareis
    // ends (L4050); a measure announced on 23 Sep 2025 houses nareizigers with a sponsor who has housing (§4.3.2, L2336).
    // The current statutory decision term and the objection term: not in the sources (open questions 4, 5).
    id: 'mvv',
    icon: 'passport',
    facts: [
      { id: 'wait', sources: [HOUSING_ANNEX, { id: 'svm2026', section: '§4.3.1.2' }] },
      { id: 'collect', sources: [MV_NAREIS], values: ['collect', 'travel'] },
      { id: 'arrival', sources: [MV_NAREIS, INTRO_34] },
      { id: 'housing', sources: [HOUSING_ANNEX, { id: 'svm2026', section: '§4.3.2' }] },
    ],
    unknown: true,
    checks: ['embassy', 'days', 'municipality'],
  },
  {
    // Costs: the sources say nothing about fees for mvv-nareis, DNA tests or travel.
    id: 'costs',
    icon: 'search',
    facts: [],
    unknown: true,
    checks: ['asked'],
  },
  {
    // VWN stopped individual nareis support on 1 Dec 2025; an IND process aimed at self-reliance
    // replaced it (SvM 2026 §4.3.1.1, L2261). In 2024 VWN and Nidos experts supported applicants
    // (Heroriëntatie §4.10, L2601). Whether Nidos still does: not in the sources.
    id: 'help',
    icon: 'people',
    facts: [
      { id: 'vwn', sources: [{ id: 'svm2026', section: '§4.3.1.1' }] },
      { id: 'nidos', sources: [HERORIENTATIE_410] },
    ],
    unknown: true,
    checks: ['who'],
  },
];

export const NAREIS_TASKS_BY_ID: Readonly<Record<NareisTaskId, NareisTask>> = Object.fromEntries(
  NAREIS_TASKS.map((t) => [t.id, t]),
) as Record<NareisTaskId, NareisTask>;

export function isNareisTaskId(id: unknown): id is NareisTaskId {
  return typeof id === 'string' && (NAREIS_TASK_IDS as readonly string[]).includes(id);
}

/** The id a tick is saved under, e.g. `form-sent` (matches the case schema's pattern). */
export function checkKey(task: NareisTaskId, check: string): string {
  return `${task}-${check.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Every checklist item's saved id, in order. */
export const NAREIS_CHECK_KEYS: readonly string[] = NAREIS_TASKS.flatMap((t) => t.checks.map((c) => checkKey(t.id, c)));

/** How many of the guide's items are ticked (ids the guide no longer has are ignored). */
export function progress(done: readonly string[]): { done: number; total: number } {
  const set = new Set(done);
  return { done: NAREIS_CHECK_KEYS.filter((k) => set.has(k)).length, total: NAREIS_CHECK_KEYS.length };
}

/** The application term in force on `date` (the decision date, or today when it is not known). */
export function nareisTermOn(date: ISODate): RuleDuration {
  return ruleValue(nareisTerm, date);
}

/** The mvv's 90 + 90 days, as the nareis step states them (one place). */
export function mvvDurations(): { collect: Duration; travel: Duration } {
  const d = getStep('nareis').durations;
  const collect = d.find((x) => x.id === 'nareis-mvv-collect');
  const travel = d.find((x) => x.id === 'nareis-mvv-travel');
  if (!collect || !travel) throw new Error('nareis step lacks the mvv durations');
  return { collect, travel };
}
