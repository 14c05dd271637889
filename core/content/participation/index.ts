import type { ActorId } from '../actors';
import type { SourceRef } from '../../sources/registry';
import type { Situation } from '../rights/situations';

/**
 * Ways to take part: Dutch lessons, the participation desk, volunteering,
 * study, activities and early integration. Texts live in
 * `locales/<lng>/participation.json` under `items.<id>.title` and
 * `items.<id>.text`; the phase labels are the situation labels in
 * `rights.json` (`situations.<id>`).
 */
export interface ParticipationItem<Id extends string = ParticipationId> {
  /** Its texts are `items.<id>.*` in participation.json, checked by the compiler. */
  id: Id;
  /** The phases in which the offer is available. Never empty. */
  phases: readonly Situation[];
  /** Who offers it / who to ask. */
  actors: readonly ActorId[];
  /** Never empty. */
  sources: readonly SourceRef[];
  /** Name of an icon in assets/icons (without .svg). */
  icon: string;
}

const PARTICIPATION_LIST = [
  {
    id: 'dutch-lessons-procedure',
    phases: ['in-procedure'],
    actors: ['coa'],
    sources: [
      { id: 'svm2026', section: '§7.2.1' },
      { id: 'herorientatie2024', section: '§5.4' },
    ],
    icon: 'language',
  },
  {
    id: 'voorinburgering',
    phases: ['granted'],
    actors: ['coa'],
    sources: [
      { id: 'svm2026', section: '§7.2.1' },
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2023', section: '§6.2' },
    ],
    icon: 'book',
  },
  {
    id: 'inburgering-lessons',
    phases: ['granted'],
    actors: ['municipality', 'duo'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2026', section: 'Hfst. 1, Inburgering' },
    ],
    icon: 'school',
  },
  {
    id: 'meedoenbalie',
    phases: ['in-procedure', 'granted'],
    actors: ['coa'],
    sources: [
      { id: 'svm2026', section: '§7.2.1' },
      { id: 'herorientatie2024', section: '§5.4' },
    ],
    icon: 'people',
  },
  {
    id: 'volunteering',
    phases: ['in-procedure', 'granted', 'ukraine'],
    actors: ['coa', 'municipality'],
    sources: [
      { id: 'svm2026', section: '§7.2.1' },
      { id: 'herorientatie2024', section: '§5.4' },
      { id: 'svm2026', section: '§5.2.7' },
    ],
    icon: 'people',
  },
  {
    id: 'study',
    phases: ['granted', 'ukraine'],
    actors: ['municipality', 'duo'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2026', section: '§5.2.9' },
      { id: 'svm2026', section: 'Hfst. 1, Oekraïense ontheemden, Onderwijs' },
    ],
    icon: 'school',
  },
  {
    id: 'activities',
    phases: ['in-procedure', 'granted', 'rejected'],
    actors: ['coa'],
    sources: [
      { id: 'herorientatie2024', section: '§5.4' },
      { id: 'herorientatie2024', section: '§7.5' },
      { id: 'herorientatie2024', section: '§8.2.3' },
      { id: 'svm2026', section: '§7.2.1' },
    ],
    icon: 'globe',
  },
  {
    id: 'early-integration',
    phases: ['in-procedure', 'granted'],
    actors: ['coa', 'municipality'],
    sources: [{ id: 'svm2026', section: '§7.2.1' }],
    icon: 'route',
  },
  {
    id: 'internship',
    phases: ['ukraine'],
    actors: ['uwv'],
    sources: [{ id: 'svm2026', section: '§5.2.7' }],
    icon: 'work',
  },
] as const satisfies readonly ParticipationItem<string>[];

export type ParticipationId = (typeof PARTICIPATION_LIST)[number]['id'];
export const PARTICIPATION: readonly ParticipationItem[] = PARTICIPATION_LIST;

/** The offers available in `phase`, in list order. */
export function participationFor(phase: Situation): ParticipationItem[] {
  return PARTICIPATION.filter((i) => i.phases.includes(phase));
}

export function getParticipationItem(id: string): ParticipationItem | undefined {
  return PARTICIPATION.find((i) => i.id === id);
}
