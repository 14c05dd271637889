import { ACTOR_IDS, type ActorId } from '../actors';
import type { SourceRef } from '../../sources/registry';

/**
 * "Who can help": for every organisation a person meets, what it does for
 * them and when to go to it. Texts live in `locales/<lng>/help.json` under
 * `actors.<id>.name` (plain name in the language), `.does` and `.when`.
 *
 * No phone numbers or addresses: the source documents give none.
 */
export interface ActorHelp {
  id: ActorId;
  /** The glossary id of the organisation's Dutch name or abbreviation. */
  glossary: string;
  /** Where the documents describe the organisation; empty when they do not. */
  sources: readonly SourceRef[];
  /** Name of an icon in assets/icons (without .svg). */
  icon: string;
}

export const ACTOR_HELP: Readonly<Record<ActorId, ActorHelp>> = {
  ind: {
    id: 'ind',
    glossary: 'ind',
    sources: [{ id: 'svm2026', section: 'Bijlage V, Immigratie- en Naturalisatiedienst' }],
    icon: 'decision',
  },
  coa: {
    id: 'coa',
    glossary: 'coa',
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Centraal Orgaan opvang asielzoekers' },
      { id: 'svm2026', section: '§7.2.1' },
    ],
    icon: 'house',
  },
  avim: {
    id: 'avim',
    glossary: 'avim',
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Politie' },
      { id: 'svm2026', section: '§6.3.3' },
    ],
    icon: 'id-card',
  },
  kmar: {
    id: 'kmar',
    glossary: 'kmar',
    sources: [{ id: 'svm2026', section: 'Bijlage V, Koninklijke Marechaussee' }],
    icon: 'passport',
  },
  disa: {
    id: 'disa',
    glossary: 'disa',
    sources: [{ id: 'svm2026', section: 'Bijlage V, Dienst Identificatie en Screening Asielzoekers' }],
    icon: 'id-card',
  },
  dtv: {
    id: 'dtv',
    glossary: 'dtenv',
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Dienst Terugkeer en Vertrek' },
      { id: 'svm2026', section: 'Bijlage I, Vertrek' },
    ],
    icon: 'departure',
  },
  nidos: {
    id: 'nidos',
    glossary: 'nidos',
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Nidos' },
      { id: 'svm2026', section: '§4.3.2' },
    ],
    icon: 'child',
  },
  vwn: {
    id: 'vwn',
    glossary: 'vluchtelingenwerk-nederland',
    sources: [
      { id: 'svm2026', section: 'Bijlage V, VluchtelingenWerk Nederland' },
      { id: 'svm2026', section: '§4.3.1.1' },
    ],
    icon: 'people',
  },
  rvr: {
    id: 'rvr',
    glossary: 'raad-voor-rechtsbijstand',
    sources: [],
    icon: 'lawyer',
  },
  lawyer: {
    id: 'lawyer',
    glossary: 'advocaat',
    sources: [{ id: 'herorientatie2024', section: '§4.3' }],
    icon: 'lawyer',
  },
  court: {
    id: 'court',
    glossary: 'rechtbank',
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'svm2026', section: '§2.2.4.9' },
      { id: 'svm2026', section: '§4.3.5' },
    ],
    icon: 'court',
  },
  rvs: {
    id: 'rvs',
    glossary: 'raad-van-state',
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Raad van State' },
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
    ],
    icon: 'court',
  },
  municipality: {
    id: 'municipality',
    glossary: 'gemeente',
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
      { id: 'svm2026', section: 'Hfst. 3, Registraties in de BRP en RNI' },
      { id: 'svm2026', section: '§5.2.4' },
    ],
    icon: 'home',
  },
  duo: {
    id: 'duo',
    glossary: 'duo',
    sources: [{ id: 'svm2026', section: 'Bijlage V, Dienst Uitvoering Onderwijs' }],
    icon: 'book',
  },
  uwv: {
    id: 'uwv',
    glossary: 'uwv',
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Ministerie van Sociale Zaken en Werkgelegenheid' },
      { id: 'svm2026', section: '§5.2.7' },
      { id: 'herorientatie2024', section: '§5.4' },
    ],
    icon: 'work',
  },
  iom: {
    id: 'iom',
    glossary: 'iom',
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Internationale Organisatie voor Migratie' },
      { id: 'herorientatie2024', section: '§7.2' },
    ],
    icon: 'globe',
  },
  ggd: {
    id: 'ggd',
    glossary: 'ggd',
    sources: [],
    icon: 'medical',
  },
};

/** Help entries in the order of `ACTORS`. */
export const ACTOR_HELP_LIST: readonly ActorHelp[] = ACTOR_IDS.map((id) => ACTOR_HELP[id]);
