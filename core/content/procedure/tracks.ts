import type { RulePeriodId } from '../../rules/periods';
import { TRACK_IDS, type StepId, type TrackId } from './ids';
import type { Track } from './types';

/**
 * The tracks as ordered paths through the procedure map. A path holds the
 * steps of every rule period; a step that does not exist in a period (e.g.
 * `screening` before 12 June 2026, `intention-response` after) is skipped for
 * that period (`trackPath(track, period)` in index.ts), and the remaining path
 * is still connected.
 *
 * A path is the usual route of the track, not every possible outcome: the
 * other outcomes are the `next` edges of the steps (e.g. decision → appeal).
 */

const BOTH: readonly RulePeriodId[] = ['pre-pact', 'pact'];

/** Arrival, shared by the tracks that start with a registration in the Netherlands (and the map's arrival lane). */
export const ARRIVAL: readonly StepId[] = [
  'registration',
  'screening',
  'medical-check',
  'reception',
  'legal-aid',
  'registration-interview',
  'track-assignment',
];

/** After a grant: permit, home, integration, and later a permanent status. */
const AFTER_GRANT: readonly StepId[] = ['decision', 'permit', 'housing', 'inburgering', 'permanent-permit-naturalisation'];

const TRACK_DATA: Record<TrackId, Omit<Track, 'id'>> = {
  // Spoor 1 (Heroriëntatie §4.2, L1617–1618; SvM 2026 §4.3.1.1, L2265; Introductiedossier §1.3).
  dublin: {
    path: [...ARRIVAL, 'dublin-procedure', 'decision', 'appeal', 'further-appeal', 'departure'],
    periods: BOTH,
    sources: [
      { id: 'herorientatie2024', section: '§4.2' },
      { id: 'svm2026', section: '§4.3.1.1' },
      { id: 'introductiedossier', section: '§1.3' },
    ],
  },
  // Spoor 2 (Heroriëntatie §4.2, L1618–1620; SvM 2026 §4.3.1.1, L2266; §4.3.3, L2498).
  'safe-country': {
    path: [...ARRIVAL, 'safe-country-procedure', 'decision', 'appeal', 'departure', 'after-reception-ends'],
    periods: BOTH,
    sources: [
      { id: 'herorientatie2024', section: '§4.2' },
      { id: 'svm2026', section: '§4.3.1.1' },
      { id: 'svm2026', section: '§4.3.3' },
    ],
  },
  // Spoor 4, AA (Heroriëntatie §4.2, L1626–1629).
  general: {
    path: [...ARRIVAL, 'rest-preparation', 'general-procedure', 'detailed-interview', 'intention-response', ...AFTER_GRANT],
    periods: BOTH,
    sources: [
      { id: 'herorientatie2024', section: '§4.2' },
      { id: 'svm2026', section: '§4.3.1.1' },
    ],
  },
  // Spoor 4, VA (Heroriëntatie §4.2, L1629–1632; SvM 2026 Bijlage I, L3721).
  extended: {
    path: [
      ...ARRIVAL,
      'rest-preparation',
      'general-procedure',
      'detailed-interview',
      'extended-procedure',
      'intention-response',
      ...AFTER_GRANT,
    ],
    periods: BOTH,
    sources: [
      { id: 'herorientatie2024', section: '§4.2' },
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
    ],
  },
  // Asylum at the external border (SvM 2026 Bijlage I "Grensprocedure asiel", L3779; Hfst. 1, L795).
  border: {
    path: ['registration', 'screening', 'medical-check', 'legal-aid', 'border-procedure', 'decision', 'appeal', 'departure'],
    periods: BOTH,
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Grensprocedure asiel' },
      { id: 'svm2026', section: 'Hfst. 1, Doelstellingen Migratiepact' },
      { id: 'herorientatie2024', section: '§4.2' },
    ],
  },
  // Subsequent application after a refusal (SvM 2026 Bijlage I, L3727; Heroriëntatie §4.2, L1649–1652).
  repeat: {
    path: ['decision', 'appeal', 'further-appeal', 'repeat-application'],
    periods: BOTH,
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'herorientatie2024', section: '§4.2' },
    ],
  },
  // Unaccompanied minors: Nidos, longer RVT, always spoor 4; may apply for their parents
  // (Heroriëntatie §4.2, L1643–1646; SvM 2026 §4.3.2, L2361; Bijlage V "Nidos"; Bijlage I "Mv nareis").
  minor: {
    path: [
      'registration',
      'screening',
      'medical-check',
      'minors-nidos',
      'legal-aid',
      'registration-interview',
      'track-assignment',
      'rest-preparation',
      'general-procedure',
      'detailed-interview',
      'intention-response',
      'decision',
      'permit',
      'nareis',
    ],
    periods: BOTH,
    sources: [
      { id: 'herorientatie2024', section: '§4.2' },
      { id: 'svm2026', section: '§4.3.2' },
      { id: 'svm2026', section: 'Bijlage V, Nidos' },
      { id: 'svm2026', section: 'Bijlage I, Mv nareis' },
    ],
  },
  // Family reunification after a permit (SvM 2026 Bijlage I "Mv nareis", L3731–3733; L4048–4050).
  nareis: {
    path: ['permit', 'nareis', 'housing', 'inburgering'],
    periods: BOTH,
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Mv nareis' },
      { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
    ],
  },
  // Temporary protection for displaced people from Ukraine (SvM 2026 Hfst. 5).
  ukraine: {
    path: ['ukraine-registration', 'ukraine-life', 'ukraine-end'],
    periods: BOTH,
    sources: [
      { id: 'svm2026', section: '§5.1' },
      { id: 'svm2026', section: '§5.2' },
      { id: 'euTpd' },
    ],
  },
};

export const TRACKS: Readonly<Record<TrackId, Track>> = Object.fromEntries(
  TRACK_IDS.map((id) => [id, { id, ...TRACK_DATA[id] }]),
) as Record<TrackId, Track>;
