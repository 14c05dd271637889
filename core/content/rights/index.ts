import type { ActorId } from '../actors';
import type { ISODate } from '../../domain/dates';
import type { SourceRef } from '../../sources/registry';
import type { Situation } from './situations';
import {
  housingTarget,
  integrationTerm,
  nareisTerm,
  receptionEndAfterRejection,
  ruleValue,
  uwvNotificationTemporaryProtection,
} from '../../rules';

export { SITUATIONS, isSituation, type Situation } from './situations';

/**
 * Rights and duties. Texts live in `locales/<lng>/rights.json`:
 * `items.<id>.title` and `items.<id>.text` (one plain paragraph that refers to
 * official Dutch terms as `[[glossary-id]]`).
 *
 * Every statement in the texts is backed by `sources`. Where the documents
 * are silent (for example the amount of the living allowance, or the formal
 * complaint procedure of an organisation) the texts say less on purpose.
 */
export type RightKind = 'right' | 'duty';

export interface RightOrDuty<Id extends string = RightId> {
  /** Its texts are `items.<id>.*` in rights.json, checked by the compiler. */
  id: Id;
  kind: RightKind;
  /** The situations in which this applies. Never empty. */
  situations: readonly Situation[];
  /** Who to ask about it. */
  actors: readonly ActorId[];
  /** First day it applies, when it started on a known date. */
  since?: ISODate;
  /** Last day it applies, when a known end date is set. */
  until?: ISODate;
  /** Never empty. */
  sources: readonly SourceRef[];
  /** Name of an icon in assets/icons (without .svg). */
  icon: string;
}

const RIGHT_LIST = [
  // ── Rights ────────────────────────────────────────────────────────────────
  {
    id: 'reception',
    kind: 'right',
    situations: ['in-procedure', 'granted', 'minor'],
    actors: ['coa', 'nidos'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'herorientatie2024', section: '§5.2' },
    ],
    icon: 'house',
  },
  {
    id: 'reception-after-rejection',
    kind: 'right',
    situations: ['rejected'],
    actors: ['coa', 'dtv', 'lawyer'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'herorientatie2024', section: '§5.2' },
      { id: 'herorientatie2024', section: '§7.5' },
      // Safe country: leave at once (Kerncijfers 2023; SvM 2023 §4.3.5). Appeal and reception: Vw 2000 art. 82.
      { id: 'kerncijfers2023', section: 'Hoe vaak wordt een asielverzoek ingewilligd?' },
      { id: 'svm2023', section: '§4.3.5' },
      { id: 'vw2000', section: 'art. 82' },
    ],
    icon: 'house',
  },
  {
    id: 'allowance',
    kind: 'right',
    situations: ['in-procedure', 'granted', 'minor', 'ukraine'],
    actors: ['coa', 'municipality'],
    sources: [
      { id: 'herorientatie2024', section: '§5.2' },
      { id: 'herorientatie2024', section: '§7.5' },
      { id: 'svm2026', section: 'Hfst. 1, Versobering van de opvang' },
      { id: 'svm2023', section: '§7.2' },
      { id: 'svm2026', section: 'Hfst. 1, Oekraïense ontheemden, Eigen bijdrage opvang' },
    ],
    icon: 'home',
  },
  {
    id: 'health-care',
    kind: 'right',
    situations: ['in-procedure', 'granted', 'minor', 'ukraine'],
    actors: ['ggd', 'coa', 'municipality'],
    sources: [
      { id: 'herorientatie2024', section: '§5.2' },
      { id: 'svm2026', section: 'Hfst. 1, Versobering van de opvang' },
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'svm2026', section: 'Hfst. 1, Oekraïense ontheemden, Zorg' },
      { id: 'svm2026', section: '§5.2.8' },
    ],
    icon: 'medical',
  },
  {
    id: 'school',
    kind: 'right',
    situations: ['in-procedure', 'granted', 'rejected', 'minor', 'ukraine'],
    actors: ['municipality', 'coa', 'nidos'],
    sources: [
      { id: 'svm2026', section: 'Hfst. 1, Onderwijs' },
      { id: 'herorientatie2024', section: '§7.5' },
      { id: 'svm2026', section: '§5.2.9' },
    ],
    icon: 'school',
  },
  {
    id: 'lawyer',
    kind: 'right',
    situations: ['in-procedure', 'rejected', 'minor'],
    actors: ['lawyer', 'rvr'],
    sources: [
      { id: 'herorientatie2024', section: '§4.3' },
      { id: 'introductiedossier', section: '§4.4' },
    ],
    icon: 'lawyer',
  },
  {
    id: 'interpreter',
    kind: 'right',
    situations: ['in-procedure', 'minor'],
    actors: ['ind', 'lawyer'],
    sources: [
      { id: 'introductiedossier', section: '§4.4' },
      { id: 'herorientatie2024', section: '§4.9' },
    ],
    icon: 'language',
  },
  {
    id: 'information',
    kind: 'right',
    situations: ['in-procedure', 'rejected', 'minor'],
    actors: ['lawyer', 'vwn', 'coa'],
    sources: [{ id: 'herorientatie2024', section: '§4.9' }],
    icon: 'info',
  },
  {
    id: 'vwn-support',
    kind: 'right',
    situations: ['in-procedure', 'granted', 'rejected', 'minor'],
    actors: ['vwn'],
    sources: [
      { id: 'svm2026', section: 'Bijlage V, VluchtelingenWerk Nederland' },
      { id: 'introductiedossier', section: '§4.4' },
      { id: 'svm2026', section: '§4.3.1.1' },
    ],
    icon: 'people',
  },
  {
    id: 'privacy',
    kind: 'right',
    situations: ['in-procedure', 'granted', 'rejected', 'minor', 'ukraine'],
    actors: ['lawyer', 'vwn'],
    sources: [
      { id: 'herorientatie2024', section: '§4.9' },
      { id: 'svm2026', section: '§4.2.4.1' },
    ],
    icon: 'shield',
  },
  {
    id: 'complaints',
    kind: 'right',
    situations: ['in-procedure', 'granted', 'rejected', 'minor', 'ukraine'],
    actors: ['lawyer', 'vwn', 'court'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'svm2026', section: '§2.2.4.9' },
      { id: 'herorientatie2024', section: '§4.9' },
      { id: 'vw2000', section: 'art. 69' },
    ],
    icon: 'help',
  },
  {
    id: 'guardian',
    kind: 'right',
    situations: ['minor'],
    actors: ['nidos'],
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Nidos' },
      { id: 'svm2026', section: '§4.3.2' },
    ],
    icon: 'child',
  },
  {
    id: 'family-reunification',
    kind: 'right',
    situations: ['granted'],
    actors: ['ind'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Mv nareis' },
      { id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' },
    ],
    icon: 'family',
  },
  {
    id: 'integration-offer',
    kind: 'right',
    situations: ['granted'],
    actors: ['municipality', 'coa', 'duo'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2026', section: '§7.2.1' },
    ],
    icon: 'book',
  },
  {
    id: 'housing',
    kind: 'right',
    situations: ['granted'],
    actors: ['coa', 'municipality'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
      { id: 'svm2026', section: '§4.3.2' },
      { id: 'herorientatie2024', section: '§5.11' },
    ],
    icon: 'house',
  },
  {
    id: 'return-support',
    kind: 'right',
    situations: ['rejected'],
    actors: ['dtv', 'iom'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Vertrek' },
      { id: 'svm2026', section: 'Bijlage V, Internationale Organisatie voor Migratie' },
      { id: 'herorientatie2024', section: '§7.2' },
    ],
    icon: 'departure',
  },
  {
    id: 'temporary-protection',
    kind: 'right',
    situations: ['ukraine'],
    actors: ['ind', 'municipality', 'uwv'],
    until: '2027-03-04',
    sources: [
      { id: 'svm2026', section: '§5.1' },
      { id: 'svm2026', section: '§5.2' },
      { id: 'svm2026', section: '§5.2.6' },
      { id: 'svm2026', section: '§5.2.7' },
    ],
    icon: 'ukraine',
  },

  // ── Duties ────────────────────────────────────────────────────────────────
  {
    id: 'cooperate',
    kind: 'duty',
    situations: ['in-procedure', 'minor'],
    actors: ['ind', 'lawyer'],
    sources: [
      { id: 'svm2026', section: '§4.2.4.1' },
      { id: 'svm2026', section: 'Hfst. 1, Screeningsverordening' },
      { id: 'vw2000', section: 'art. 31' },
    ],
    icon: 'interview',
  },
  {
    id: 'reporting',
    kind: 'duty',
    situations: ['in-procedure', 'rejected'],
    actors: ['coa', 'avim'],
    sources: [
      { id: 'svm2026', section: 'Hfst. 1, Versobering van de opvang' },
      { id: 'herorientatie2024', section: '§5.6' },
      { id: 'herorientatie2024', section: '§7.5' },
      { id: 'svm2026', section: '§6.3.3' },
    ],
    icon: 'calendar',
  },
  {
    id: 'own-contribution',
    kind: 'duty',
    situations: ['in-procedure', 'granted'],
    actors: ['coa'],
    sources: [
      { id: 'herorientatie2024', section: '§5.4' },
      { id: 'svm2026', section: 'Hfst. 1, Versobering van de opvang' },
    ],
    icon: 'work',
  },
  {
    id: 'care-contribution',
    kind: 'duty',
    situations: ['in-procedure', 'granted'],
    actors: ['coa'],
    since: '2025-11-01',
    sources: [{ id: 'svm2026', section: 'Hfst. 1, Versobering van de opvang' }],
    icon: 'medical',
  },
  {
    id: 'inburgering-duty',
    kind: 'duty',
    situations: ['granted'],
    actors: ['duo', 'municipality'],
    sources: [
      { id: 'svm2026', section: '§7.2' },
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2026', section: 'Hfst. 1, Inburgering' },
    ],
    icon: 'book',
  },
  {
    id: 'register-brp',
    kind: 'duty',
    situations: ['granted', 'ukraine'],
    actors: ['municipality'],
    sources: [
      { id: 'svm2026', section: 'Hfst. 3, Registraties in de BRP en RNI' },
      { id: 'svm2026', section: '§2.2.1' },
    ],
    icon: 'id-card',
  },
  {
    id: 'duty-to-leave',
    kind: 'duty',
    situations: ['rejected'],
    actors: ['dtv', 'lawyer'],
    sources: [
      { id: 'svm2026', section: '§6.3.3' },
      { id: 'svm2026', section: 'Bijlage I, Vertrek' },
    ],
    icon: 'departure',
  },
  {
    id: 'school-duty',
    kind: 'duty',
    situations: ['in-procedure', 'granted', 'rejected', 'minor', 'ukraine'],
    actors: ['municipality'],
    sources: [
      { id: 'svm2026', section: 'Hfst. 1, Onderwijs' },
      { id: 'svm2026', section: '§5.2.9' },
    ],
    icon: 'school',
  },
  {
    id: 'ukraine-contribution',
    kind: 'duty',
    situations: ['ukraine'],
    actors: ['municipality'],
    since: '2025-10-01',
    sources: [
      { id: 'svm2026', section: '§5.2.4' },
      { id: 'svm2026', section: 'Hfst. 1, Oekraïense ontheemden, Eigen bijdrage opvang' },
    ],
    icon: 'home',
  },
  {
    id: 'ukraine-vehicle',
    kind: 'duty',
    situations: ['ukraine'],
    actors: [],
    since: '2025-03-04',
    sources: [{ id: 'svm2026', section: 'Hfst. 1, Oekraïense ontheemden, Arbeidsparticipatie' }],
    icon: 'id-card',
  },
] as const satisfies readonly RightOrDuty<string>[];

export type RightId = (typeof RIGHT_LIST)[number]['id'];
export const RIGHTS_AND_DUTIES: readonly RightOrDuty[] = RIGHT_LIST;

export const RIGHTS: readonly RightOrDuty[] = RIGHTS_AND_DUTIES.filter((i) => i.kind === 'right');
export const DUTIES: readonly RightOrDuty[] = RIGHTS_AND_DUTIES.filter((i) => i.kind === 'duty');

/** The rights and duties that apply in `situation`, optionally of one kind, in list order. */
export function rightsAndDutiesFor(situation: Situation, kind?: RightKind): RightOrDuty[] {
  return RIGHTS_AND_DUTIES.filter((i) => i.situations.includes(situation) && (kind === undefined || i.kind === kind));
}

/**
 * Whether an item is in force on `date` (ISO strings compare as dates). Items
 * without `since`/`until` are always in force.
 */
export function isInForce(item: RightOrDuty, date: ISODate): boolean {
  return (item.since === undefined || date >= item.since) && (item.until === undefined || date <= item.until);
}

export function getRightOrDuty(id: string): RightOrDuty | undefined {
  return RIGHTS_AND_DUTIES.find((i) => i.id === id);
}


/**
 * Numbers the rights texts take through placeholders, each from the one rule that holds it (guide: each fact
 * once). `on` chooses the rule version (the app passes today). Items without rule numbers get `{}`.
 */
export function rightsTextValues(id: string, on: ISODate): Record<string, number> {
  switch (id) {
    case 'reception-after-rejection':
      return { weeks: ruleValue(receptionEndAfterRejection, on).weeks ?? 0 };
    case 'family-reunification':
      return { months: ruleValue(nareisTerm, on).months ?? 0 };
    case 'housing':
      return { weeks: ruleValue(housingTarget, on).weeks ?? 0 };
    case 'temporary-protection':
      return { workingDays: ruleValue(uwvNotificationTemporaryProtection, on).workingDays };
    case 'inburgering-duty':
      return { years: ruleValue(integrationTerm, on).years ?? 0 };
    default:
      return {};
  }
}
