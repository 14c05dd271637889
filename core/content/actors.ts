/**
 * The organisations a person meets. Their texts (name in the person's language,
 * what they do for you, when to go to them) live in `locales/<lng>/help.json`
 * under `actors.<id>`. The Dutch name is never translated.
 */
export const ACTORS = {
  ind: { dutchName: 'Immigratie- en Naturalisatiedienst (IND)' },
  coa: { dutchName: 'Centraal Orgaan opvang asielzoekers (COA)' },
  avim: { dutchName: 'Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (AVIM)' },
  kmar: { dutchName: 'Koninklijke Marechaussee (KMar)' },
  disa: { dutchName: 'Dienst Identificatie en Screening Asielzoekers (DISA)' },
  dtv: { dutchName: 'Dienst Terugkeer en Vertrek (DT&V)' },
  nidos: { dutchName: 'Nidos' },
  vwn: { dutchName: 'VluchtelingenWerk Nederland' },
  rvr: { dutchName: 'Raad voor Rechtsbijstand' },
  lawyer: { dutchName: 'advocaat' },
  court: { dutchName: 'rechtbank' },
  rvs: { dutchName: 'Raad van State (Afdeling bestuursrechtspraak)' },
  municipality: { dutchName: 'gemeente' },
  duo: { dutchName: 'Dienst Uitvoering Onderwijs (DUO)' },
  uwv: { dutchName: 'Uitvoeringsinstituut Werknemersverzekeringen (UWV)' },
  iom: { dutchName: 'Internationale Organisatie voor Migratie (IOM)' },
  ggd: { dutchName: 'GGD / Gezondheidszorg Asielzoekers (GZA)' },
} as const;

export type ActorId = keyof typeof ACTORS;
export const ACTOR_IDS = Object.keys(ACTORS) as ActorId[];
