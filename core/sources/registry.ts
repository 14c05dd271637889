/**
 * The sources registry: every step, rule, deadline and number in the app cites
 * one of these entries (and, where it can, a section or article).
 *
 * Documents are the five government reports in ../shared/sources. Laws and
 * rulings are cited where a rule comes from the law itself.
 */
type SourceKind = 'document' | 'law' | 'ruling' | 'eu-law';

export interface Source {
  kind: SourceKind;
  /** How the app cites it, e.g. "Staat van Migratie 2026". Never translated. */
  title: string;
  /** Publisher or issuing body. */
  publisher: string;
  /** Year of publication (documents) or of the law's enactment. */
  year: number;
  /** File name in ../shared/sources, for the five documents. */
  file?: string;
  /** What period the figures in a document describe. */
  covers?: string;
  /** Public address, where there is one. */
  url?: string;
}

export const SOURCES = {
  svm2023: {
    kind: 'document',
    title: 'De Staat van Migratie 2023',
    publisher: 'Ministerie van Justitie en Veiligheid',
    year: 2023,
    file: '000_7477aed23cd71900.txt',
    covers: '2022',
  },
  svm2026: {
    kind: 'document',
    title: 'De Staat van Migratie 2026',
    publisher: 'Ministerie van Asiel en Migratie',
    year: 2026,
    file: '001_f13e9ee2f5778942.txt',
    covers: '2025',
  },
  kerncijfers2023: {
    kind: 'document',
    title: 'Kerncijfers asiel en migratie, januari 2023',
    publisher: 'Ministerie van Justitie en Veiligheid',
    year: 2023,
    file: '002_3a88275830f6998e.txt',
    covers: '2022',
  },
  introductiedossier: {
    kind: 'document',
    title: 'Introductiedossier Migratie',
    publisher: 'Ministerie van Justitie en Veiligheid',
    year: 2021,
    file: '003_7423ba70eed50d30.txt',
  },
  herorientatie2024: {
    kind: 'document',
    title: 'Fundamentele heroriëntatie asielbeleid en asielstelsel',
    publisher: 'Onafhankelijk auteur, in opdracht van het DG Migratie, Ministerie van Justitie en Veiligheid',
    year: 2024,
    file: '004_9431c20d1b01a515.txt',
  },
  indVerlengenAsiel: {
    kind: 'document',
    title: 'IND, Extending your temporary asylum residence permit',
    publisher: 'Immigratie- en Naturalisatiedienst',
    year: 2025,
    url: 'https://ind.nl/en/residence-permits/asylum/extending-your-temporary-asylum-residence-permit',
  },
  uwvAsielzoeker: {
    kind: 'document',
    title: 'UWV, Werkvergunning: speciale voorwaarden asielzoeker',
    publisher: 'UWV',
    year: 2025,
    url: 'https://www.uwv.nl/werkgevers/werkvergunning/speciale-voorwaarden-per-categorie/detail/asielzoeker',
  },
  vw2000: { kind: 'law', title: 'Vreemdelingenwet 2000', publisher: 'Staten-Generaal', year: 2000, url: 'https://wetten.overheid.nl/BWBR0011823' },
  vb2000: { kind: 'law', title: 'Vreemdelingenbesluit 2000', publisher: 'Kroon', year: 2000, url: 'https://wetten.overheid.nl/BWBR0011825' },
  awb: { kind: 'law', title: 'Algemene wet bestuursrecht (Awb)', publisher: 'Staten-Generaal', year: 1992, url: 'https://wetten.overheid.nl/BWBR0005537' },
  atw: { kind: 'law', title: 'Algemene termijnenwet', publisher: 'Staten-Generaal', year: 1964, url: 'https://wetten.overheid.nl/BWBR0002448' },
  wav: { kind: 'law', title: 'Wet arbeid vreemdelingen (Wav)', publisher: 'Staten-Generaal', year: 1994, url: 'https://wetten.overheid.nl/BWBR0007149' },
  wi2021: { kind: 'law', title: 'Wet inburgering 2021', publisher: 'Staten-Generaal', year: 2021, url: 'https://wetten.overheid.nl/BWBR0044770' },
  bw: { kind: 'law', title: 'Burgerlijk Wetboek, Boek 1 (termijnen)', publisher: 'Staten-Generaal', year: 1970 },
  euPact: {
    kind: 'eu-law',
    title: 'EU-Migratiepact (Verordening (EU) 2024/1348 en verwante verordeningen)',
    publisher: 'Europese Unie',
    year: 2024,
  },
  euTpd: {
    kind: 'eu-law',
    title: 'Richtlijn tijdelijke bescherming 2001/55/EG en Uitvoeringsbesluit (EU) 2022/382',
    publisher: 'Europese Unie',
    year: 2001,
  },
  cjeuC662_23: {
    kind: 'ruling',
    title: 'Hof van Justitie EU, 8 mei 2025, C-662/23',
    publisher: 'Hof van Justitie van de Europese Unie',
    year: 2025,
  },
  rvs2022_dwangsom: {
    kind: 'ruling',
    title: 'Raad van State, 30 november 2022 (afschaffing dwangsom bij niet tijdig beslissen op asielaanvragen in stand)',
    publisher: 'Afdeling bestuursrechtspraak van de Raad van State',
    year: 2022,
  },
  rbdha2025_327: {
    kind: 'ruling',
    title: 'Rechtbank Den Haag, ECLI:NL:RBDHA:2025:327 (ingebrekestelling te vroeg: beroep niet-ontvankelijk)',
    publisher: 'Rechtbank Den Haag',
    year: 2025,
    url: 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBDHA:2025:327',
  },
  rvs2023_4341: {
    kind: 'ruling',
    title: 'Raad van State, 29 november 2023, ECLI:NL:RVS:2023:4341',
    publisher: 'Afdeling bestuursrechtspraak van de Raad van State',
    year: 2023,
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** A citation: a registry id plus where in it, e.g. { id: 'svm2026', section: '§4.3.3' }. */
export interface SourceRef {
  id: SourceId;
  /** Section, figure or article, exactly as the document or law numbers it. */
  section?: string;
}

export function isSourceId(id: string): id is SourceId {
  return Object.prototype.hasOwnProperty.call(SOURCES, id);
}

/** "Staat van Migratie 2026, §4.3.3" */
export function formatSourceRef(ref: SourceRef): string {
  const src: Source = SOURCES[ref.id];
  return ref.section ? `${src.title}, ${ref.section}` : src.title;
}
