import type { SourceRef } from '../../sources/registry';
import type { TermId } from './terms';

/** A glossary term; `Id` is the term ids' union (TermId, see ./terms) once the list is read. */
export interface GlossaryTerm<Id extends string = TermId> {
  /** `glossaryId(term)`: lower case, accents removed, other characters → '-'. Its texts are `terms.<id>.*` in glossary.json. */
  id: Id;
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
