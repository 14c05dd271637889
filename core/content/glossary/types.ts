import type { SourceRef } from '../../sources/registry';

export interface GlossaryTerm {
  /** `glossaryId(term)`: lower case, accents removed, other characters → '-'. */
  id: string;
  /** The Dutch term exactly as officially written, e.g. 'nader gehoor', 'IND'. Never translated. */
  term: string;
  /** For an abbreviation: the full Dutch name, e.g. 'tewerkstellingsvergunning' for 'twv'. */
  abbreviationOf?: string;
  /** For a full name: the abbreviation used in letters, e.g. 'AA' for 'algemene asielprocedure'. */
  abbreviation?: string;
  /** Ids of related glossary terms. */
  related?: readonly string[];
  /** Where the term occurs or is explained in the sources. */
  sources?: readonly SourceRef[];
}
