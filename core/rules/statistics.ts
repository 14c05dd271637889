import type { SourceRef } from '../sources/registry';
import type { KnownTrack } from './types';

/**
 * Published averages. Each figure carries the year it describes and its
 * source; the app always names the year when it shows one. Next year's figures
 * are a new entry here. Line numbers ("L…") refer to the source .txt files.
 *
 * Averages are all the documents give: no ranges, medians or spreads, so the
 * app shows a single date for an estimate and never invents a range.
 */
export interface Statistic<T> {
  /** The year the figure describes. */
  year: number;
  value: T;
  unit: 'weeks';
  sources: SourceRef[];
}

/** Tracks with a published processing time (spoor 1, 2 and 4 AA/VA). */
export type StatTrack = Exclude<KnownTrack, 'border'>;

/**
 * Average processing time of first asylum applications (application to
 * decision, "gemiddelde doorlooptijd van de uitstroom"), in weeks, per track.
 * - 2025: SvM 2026 §4.3.3 Figuur 71, L2487–2490 (13 / 17 / 71 / 104). Footnote
 *   130 (L2494): includes any extension of the decision period.
 * - 2020–2022: Heroriëntatie 2024 §4.6 Tabel 4.1, L2073–2095.
 * The documents give no figures for 2023 and 2024.
 */
export const DECISION_PROCESSING_TIME: readonly Statistic<Record<StatTrack, number>>[] = [
  {
    year: 2020,
    value: { dublin: 14, 'safe-country': 7, general: 39, extended: 60 },
    unit: 'weeks',
    sources: [{ id: 'herorientatie2024', section: '§4.6, Tabel 4.1' }],
  },
  {
    year: 2021,
    value: { dublin: 14, 'safe-country': 7, general: 38, extended: 66 },
    unit: 'weeks',
    sources: [{ id: 'herorientatie2024', section: '§4.6, Tabel 4.1' }],
  },
  {
    year: 2022,
    value: { dublin: 26, 'safe-country': 10, general: 34, extended: 43 },
    unit: 'weeks',
    sources: [{ id: 'herorientatie2024', section: '§4.6, Tabel 4.1' }],
  },
  {
    year: 2025,
    value: { dublin: 13, 'safe-country': 17, general: 71, extended: 104 },
    unit: 'weeks',
    sources: [{ id: 'svm2026', section: '§4.3.3, Figuur 71' }],
  },
];

/**
 * Average time permit holders stayed in COA reception after the permit, at
 * the moment they left for housing, in weeks.
 * - 2021: 20.1, 2022: 23.9 — SvM 2023 §4.3.3, L2089–2090.
 * - 2024: 26, 2025: 28 — SvM 2026 §4.3.2 Figuur 66, L2390–2391 (text L2393).
 */
export const HOUSING_WAIT: readonly Statistic<number>[] = [
  { year: 2021, value: 20.1, unit: 'weeks', sources: [{ id: 'svm2023', section: '§4.3.3' }] },
  { year: 2022, value: 23.9, unit: 'weeks', sources: [{ id: 'svm2023', section: '§4.3.3' }] },
  { year: 2024, value: 26, unit: 'weeks', sources: [{ id: 'svm2026', section: '§4.3.2, Figuur 66' }] },
  { year: 2025, value: 28, unit: 'weeks', sources: [{ id: 'svm2026', section: '§4.3.2, Figuur 66' }] },
];

/** The most recent figure in a series (highest year). */
function latestStatistic<T>(series: readonly Statistic<T>[]): Statistic<T> | undefined {
  let best: Statistic<T> | undefined;
  for (const s of series) if (!best || s.year > best.year) best = s;
  return best;
}

/** The latest published processing time for a track, or undefined for tracks without one (border). */
export function latestDecisionProcessingTime(
  track: KnownTrack,
): { weeks: number; year: number; sources: SourceRef[] } | undefined {
  if (track === 'border') return undefined;
  const s = latestStatistic(DECISION_PROCESSING_TIME);
  if (!s) return undefined;
  return { weeks: s.value[track], year: s.year, sources: s.sources };
}

export function latestHousingWait(): Statistic<number> | undefined {
  return latestStatistic(HOUSING_WAIT);
}

/**
 * Further published figures that help a person judge their own situation
 * (issue 11 §1.10). One number per entry, with the year it describes and its
 * source; values are as printed (no derived numbers). The procedure steps list
 * the ids they show (`Step.figures`); the text for each is
 * `procedure:figures.<id>` with `{{value}}` and `{{year}}`. The review book
 * lists them all. All from SvM 2026 (001_f13e9ee2f5778942.txt):
 * - decided-on-time-*: §4.3.3 Figuur 71, L2483–2490 ("Percentage beslist binnen
 *   wettelijke termijn": spoor 2 90%, spoor 4 AA 32%, VA 10%), 2025.
 * - housed-within-14-weeks: §4.3.2 Figuur 66, L2386–2393 (of the 30,640 permit
 *   holders who left COA reception in 2025, 44% left within 14 weeks).
 * - reception-average-stay-*: §4.3.2, L2372 (17.8 months in 2025, reference date
 *   1 Jan 2026; 14.5 months in 2024, reference date 1 Jan 2025).
 * - asylum-appeals, appeals-late-decision: §4.3.5 Figuur 75, L2562–2593 (37,420
 *   asylum cases brought to court by the foreign national in 2025, appeals and
 *   interim measures; 22,010 of them appeals for not deciding on time in the VA).
 * - grant-rate-*: Samenvatting, L158 and L1880 (first asylum applications,
 *   national definition: 34% in 2025, 54% in 2024).
 */
export type PublishedFigureId =
  | 'decided-on-time-safe-country'
  | 'decided-on-time-general'
  | 'decided-on-time-extended'
  | 'housed-within-14-weeks'
  | 'reception-average-stay-2025'
  | 'reception-average-stay-2024'
  | 'asylum-appeals'
  | 'appeals-late-decision'
  | 'grant-rate-2025'
  | 'grant-rate-2024';

export interface PublishedFigure {
  id: PublishedFigureId;
  /** English description for the review book (the person sees `procedure:figures.<id>`). */
  what: string;
  /** The year the figure describes. */
  year: number;
  value: number;
  /** `percent`: 90 means 90 %. `count`: a number of cases. `months`: a duration. */
  unit: 'percent' | 'count' | 'months';
  /** Tracks the figure is about; absent = everyone. */
  tracks?: readonly StatTrack[];
  sources: SourceRef[];
}

const FIG71: SourceRef = { id: 'svm2026', section: '§4.3.3, Figuur 71' };
const FIG75: SourceRef = { id: 'svm2026', section: '§4.3.5, Figuur 75' };

export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  {
    id: 'decided-on-time-safe-country',
    what: 'Share of first asylum decisions made within the statutory period, track 2 (safe country / protection in another EU state)',
    year: 2025,
    value: 90,
    unit: 'percent',
    tracks: ['safe-country'],
    sources: [FIG71],
  },
  {
    id: 'decided-on-time-general',
    what: 'Share of first asylum decisions made within the statutory period, general procedure (spoor 4 AA)',
    year: 2025,
    value: 32,
    unit: 'percent',
    tracks: ['general'],
    sources: [FIG71],
  },
  {
    id: 'decided-on-time-extended',
    what: 'Share of first asylum decisions made within the statutory period, extended procedure (spoor 4 VA)',
    year: 2025,
    value: 10,
    unit: 'percent',
    tracks: ['extended'],
    sources: [FIG71],
  },
  {
    id: 'housed-within-14-weeks',
    what: 'Share of permit holders who left COA reception within 14 weeks of the permit (of 30,640 who left)',
    year: 2025,
    value: 44,
    unit: 'percent',
    sources: [{ id: 'svm2026', section: '§4.3.2, Figuur 66' }],
  },
  {
    id: 'reception-average-stay-2025',
    what: 'Average stay in COA reception, all residents (reference date 1 Jan 2026)',
    year: 2025,
    value: 17.8,
    unit: 'months',
    sources: [{ id: 'svm2026', section: '§4.3.2' }],
  },
  {
    id: 'reception-average-stay-2024',
    what: 'Average stay in COA reception, all residents (reference date 1 Jan 2025)',
    year: 2024,
    value: 14.5,
    unit: 'months',
    sources: [{ id: 'svm2026', section: '§4.3.2' }],
  },
  {
    id: 'asylum-appeals',
    what: 'Asylum cases brought to court by foreign nationals (appeals and interim measures, all tracks)',
    year: 2025,
    value: 37420,
    unit: 'count',
    sources: [FIG75],
  },
  {
    id: 'appeals-late-decision',
    what: 'Of these: appeals for failure to decide on time in the extended procedure (VA)',
    year: 2025,
    value: 22010,
    unit: 'count',
    sources: [FIG75],
  },
  {
    id: 'grant-rate-2025',
    what: 'Share of first asylum applications granted (national definition)',
    year: 2025,
    value: 34,
    unit: 'percent',
    sources: [{ id: 'svm2026', section: 'Samenvatting' }],
  },
  {
    id: 'grant-rate-2024',
    what: 'Share of first asylum applications granted (national definition)',
    year: 2024,
    value: 54,
    unit: 'percent',
    sources: [{ id: 'svm2026', section: 'Samenvatting' }],
  },
];

export function getPublishedFigure(id: PublishedFigureId): PublishedFigure {
  const f = PUBLISHED_FIGURES.find((x) => x.id === id);
  if (!f) throw new RangeError(`Unknown published figure ${id}`);
  return f;
}
