/**
 * Recognition cues for the letter reader (`core/letters/recognize.ts`): the
 * Dutch words printed on each letter in `./index.ts`, as content data. The
 * reader finds them in the text read from a photo or scan, tolerating OCR
 * noise, and adds up their weights; the letter with the most points wins.
 *
 * - `phrases`: words printed on this letter, with a weight (5 = the title or
 *   a phrase only this letter has; 1 = a word that helps a little). A phrase
 *   found in the top of the letter (letterhead and subject line) counts
 *   double, because that is where a letter says what it is.
 * - `against`: words that show it is another letter (the rejection words on
 *   a letter granting asylum, and the other way round); each takes points off.
 *
 * The sender comes from the letter's `from`: the names in `../actors`
 * ("Immigratie- en Naturalisatiedienst (IND)" gives both the name and IND)
 * add 2 points (double in the letterhead). A letter is only recognised when
 * at least one of its phrases of weight 3 or more is found.
 *
 * Phrases are written as printed, with accents and hyphens; matching ignores
 * case, accents, spaces, hyphens and line breaks. Phrases of five letters or
 * fewer (IND, PIP, mvv) must stand as a whole word.
 */
export interface LetterCue {
  text: string;
  weight: number;
  /** Counts only in the top of the letter (words that lower down are often about another letter). */
  headOnly?: boolean;
}

export interface LetterCues {
  phrases: readonly LetterCue[];
  against?: readonly LetterCue[];
}

export const LETTER_CUES: Readonly<Record<string, LetterCues>> = {
  'invitation-registration-interview': {
    phrases: [
      { text: 'aanmeldgehoor', weight: 5 },
      { text: 'uitnodiging', weight: 1 },
      { text: 'identiteit', weight: 1 },
      { text: 'reisroute', weight: 2 },
    ],
  },
  'invitation-detailed-interview': {
    phrases: [
      { text: 'nader gehoor', weight: 5 },
      { text: 'uitnodiging', weight: 1 },
      { text: 'asielmotieven', weight: 2 },
      { text: 'vluchtverhaal', weight: 2 },
    ],
  },
  intention: {
    phrases: [
      { text: 'voornemen', weight: 5 },
      { text: 'zienswijze', weight: 3 },
      { text: 'voornemen tot afwijzing', weight: 2 },
    ],
    against: [{ text: 'beschikking', weight: 2 }],
  },
  'decision-granted': {
    phrases: [
      { text: 'beschikking', weight: 3 },
      { text: 'ingewilligd', weight: 4 },
      { text: 'inwilliging', weight: 4 },
      { text: 'verblijfsvergunning asiel', weight: 2 },
      { text: 'verleend', weight: 1 },
    ],
    against: [
      { text: 'afgewezen', weight: 4 },
      { text: 'afwijzing', weight: 3 },
    ],
  },
  'decision-rejected': {
    phrases: [
      { text: 'beschikking', weight: 3 },
      { text: 'afgewezen', weight: 4 },
      { text: 'afwijzing', weight: 3 },
      { text: 'beroep instellen', weight: 2 },
    ],
    against: [
      { text: 'ingewilligd', weight: 4 },
      { text: 'inwilliging', weight: 4 },
    ],
  },
  'decision-period': {
    phrases: [
      { text: 'verlenging beslistermijn', weight: 5 },
      { text: 'beslistermijn', weight: 4 },
      { text: 'verlengd', weight: 2 },
      { text: 'opschorting', weight: 2 },
    ],
  },
  'appeal-ruling': {
    phrases: [
      { text: 'uitspraak', weight: 3 },
      { text: 'gegrond', weight: 2 },
      { text: 'zittingsplaats', weight: 2 },
      { text: 'meervoudige kamer', weight: 1 },
      { text: 'enkelvoudige kamer', weight: 1 },
    ],
  },
  'further-appeal-ruling': {
    phrases: [
      // A court's ruling names the Raad van State at the end, as where to go in further appeal.
      { text: 'Afdeling bestuursrechtspraak', weight: 4, headOnly: true },
      { text: 'Raad van State', weight: 3, headOnly: true },
      { text: 'uitspraak', weight: 3 },
      { text: 'hoger beroep', weight: 2, headOnly: true },
    ],
  },
  'coa-transfer': {
    phrases: [
      { text: 'overplaatsing', weight: 5 },
      { text: 'verhuisbericht', weight: 4 },
      { text: 'verhuizing', weight: 3 },
      { text: 'nieuwe opvanglocatie', weight: 2 },
    ],
  },
  'coa-linking': {
    phrases: [
      { text: 'koppeling', weight: 5 },
      { text: 'gekoppeld', weight: 4 },
      { text: 'huisvesting', weight: 1 },
      { text: 'taakstelling', weight: 2 },
    ],
  },
  'reception-end': {
    phrases: [
      { text: 'beëindiging opvang', weight: 5 },
      { text: 'beëindiging van de opvang', weight: 5 },
      { text: 'einde opvang', weight: 4 },
      { text: 'opvang eindigt', weight: 3 },
      { text: 'opvang', weight: 1 },
    ],
  },
  'duo-notice': {
    phrases: [
      { text: 'kennisgeving inburgeringsplicht', weight: 5 },
      { text: 'inburgeringsplichtig', weight: 4 },
      { text: 'inburgeringsplicht', weight: 3 },
      { text: 'kennisgeving', weight: 2 },
    ],
  },
  'intake-invitation': {
    phrases: [
      { text: 'brede intake', weight: 5 },
      { text: 'leerbaarheidstoets', weight: 4 },
      { text: 'uitnodiging', weight: 1 },
    ],
  },
  pip: {
    phrases: [
      { text: 'Persoonlijk plan inburgering en participatie', weight: 5 },
      { text: 'PIP', weight: 3 },
      { text: 'leerroute', weight: 3 },
    ],
  },
  'mvv-decision': {
    phrases: [
      { text: 'machtiging tot voorlopig verblijf', weight: 5 },
      { text: 'mvv', weight: 3 },
      { text: 'nareis', weight: 3 },
      { text: 'gezinshereniging', weight: 2 },
    ],
  },
  'w-document': {
    phrases: [
      { text: 'W-document', weight: 5 },
      { text: 'vreemdelingendocument', weight: 2 },
      { text: 'asielzoeker', weight: 2 },
    ],
    against: [{ text: 'verblijfsvergunning', weight: 2 }],
  },
  'residence-card': {
    phrases: [
      { text: 'verblijfsdocument', weight: 5 },
      { text: 'verblijfsvergunning', weight: 3 },
      { text: 'verblijfspas', weight: 4 },
      { text: 'residence permit', weight: 2 },
    ],
  },
  'return-decision': {
    phrases: [
      { text: 'terugkeerbesluit', weight: 5 },
      { text: 'vertrektermijn', weight: 3 },
      { text: 'inreisverbod', weight: 3 },
      { text: 'vertrekplicht', weight: 2 },
      { text: 'Dienst Terugkeer en Vertrek', weight: 1 },
    ],
  },
};
