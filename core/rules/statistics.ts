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
 * (issue 11 §1.10). Each carries its year and source; the review book lists
 * them. Values are as printed (no derived numbers).
 */
export interface PublishedFigure {
  id: string;
  what: string;
  year: number;
  value: string;
  sources: SourceRef[];
}
export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  {
    id: 'decided-on-time',
    what: 'Share of first asylum decisions made within the statutory period: track 2 / AA (spoor 4) / VA (spoor 4)',
    year: 2025,
    value: '90% / 32% / 10%',
    sources: [{ id: 'svm2026', section: '§4.3.3, Figuur 71' }],
  },
  {
    id: 'housed-within-14-weeks',
    what: 'Share of permit holders who left COA reception within 14 weeks of the permit (30,640 left)',
    year: 2025,
    value: '44%',
    sources: [{ id: 'svm2026', section: '§4.3.2, Figuur 66' }],
  },
  {
    id: 'average-stay-reception',
    what: 'Average stay in COA reception, all residents (reference date 1 Jan 2025)',
    year: 2024,
    value: '14.5 months',
    sources: [{ id: 'svm2026', section: '§4.3.2' }],
  },
  {
    id: 'asylum-appeals',
    what: 'Asylum appeals lodged by foreign nationals (all), of which appeals for failure to decide on time in the VA',
    year: 2025,
    value: '37,420; 22,010',
    sources: [{ id: 'svm2026', section: '§4.3.5, Figuur 75' }],
  },
  {
    id: 'grant-rate',
    what: 'Share of first asylum applications granted (national definition)',
    year: 2025,
    value: '34% (54% in 2024)',
    sources: [{ id: 'svm2026', section: 'Samenvatting' }],
  },
];
