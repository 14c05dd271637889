import type { TERM_DISPLAYS } from '@core/ipc/termDisplays';
import { termFor } from './termsData';

/** The Dutch term for a marker (./termsData.ts, which the main chunk holds without the rest of this file). */
export { termFor };

const MARKER = /\[\[([a-z0-9-]+)\]\]/g;

/** How a marker shows: see renderer/src/i18n/termDisplay. */
export type TermMode = (typeof TERM_DISPLAYS)[number];

export type TermPart =
  | { kind: 'text'; text: string }
  /**
   * `name` is the person's word (absent: Dutch alone); `showDutch` whether the
   * Dutch term shows; `parens` whether the Dutch stands in parentheses that the
   * text itself wrote ("the court ([[rechtbank]])"), taken into the term's run.
   */
  | { kind: 'term'; id: string; dutch: string; name?: string; showDutch: boolean; parens?: boolean };

/** Letters written straight after a marker, with or without a joining hyphen: a case ending or a possessive. */
const GLUED_ENDING = /^-?[\p{L}\p{M}]+/u;

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();

/**
 * Splits a text into plain parts and terms, deciding per marker what shows:
 * the person's word (from `names`) with the Dutch term beside it the first
 * time a term occurs in the text, the word alone after that. Where there is
 * no name, or the name is the Dutch term itself (Dutch, "Eurodac"), or the
 * mode is `dutch`, the Dutch term shows alone. Where the text already gives
 * the word and puts the marker in parentheses, "the court ([[rechtbank]])",
 * the Dutch shows alone with those parentheses (in `own` mode: nothing).
 * A name that starts a sentence starts with a capital letter.
 */
export function termParts(text: string, names: (id: string) => string | undefined, mode: TermMode, lng = 'en'): TermPart[] {
  const parts: TermPart[] = [];
  let last = 0;
  let skipOpen = false;
  for (const match of text.matchAll(MARKER)) {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    const id = match[1] ?? '';
    const dutch = termFor(id);
    const parens = text[index - 1] === '(' && text[end] === ')' && index - 1 >= last;
    let before = text.slice(skipOpen ? last + 1 : last, parens ? index - 1 : index);
    skipOpen = false;
    if (parens && mode === 'own') before = before.replace(/\s+$/u, '');
    if (before) parts.push({ kind: 'text', text: before });
    last = end;
    if (parens) {
      // The closing parenthesis belongs to the term's run: skip it in the text that follows.
      skipOpen = true;
      if (mode !== 'own') parts.push({ kind: 'term', id, dutch, showDutch: true, parens: true });
      continue;
    }
    let name = mode === 'dutch' ? undefined : names(id);
    if (name !== undefined && fold(name) === fold(dutch)) name = undefined;
    if (name !== undefined && /(^|[.!?。።۔؟]\s*)$/u.test(text.slice(0, index))) {
      name = name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
    }
    // A name that already holds the Dutch ("organisme de tutelle Nidos") needs no Dutch beside it.
    const holdsDutch = name !== undefined && fold(name).includes(fold(dutch));
    const showDutch = name === undefined || (mode === 'beside' && !holdsDutch && !seenBefore(parts, id));
    // An ending written onto the marker ("[[opvang]]ዎ", "[[advocaat]]ınıza") belongs to the person's word,
    // before the Dutch: "መጠለያዎ (opvang)", not "መጠለያ (opvang)ዎ". With the Dutch alone it stays after it.
    const ending = name !== undefined ? GLUED_ENDING.exec(text.slice(end))?.[0] : undefined;
    if (ending) last = end + ending.length;
    parts.push({ kind: 'term', id, dutch, name: ending ? name + ending : name, showDutch });
  }
  const rest = text.slice(skipOpen ? last + 1 : last);
  if (rest) parts.push({ kind: 'text', text: rest });
  return parts;
}

function seenBefore(parts: readonly TermPart[], id: string): boolean {
  return parts.some((p) => p.kind === 'term' && p.id === id);
}

/** The plain text of the parts: "reception (opvang)", for titles, aria-labels and search. */
export function partsToPlain(parts: readonly TermPart[]): string {
  return parts
    .map((p) => {
      if (p.kind === 'text') return p.text;
      if (p.parens) return `(${p.dutch})`;
      if (p.name === undefined) return p.dutch;
      return p.showDutch ? `${p.name} (${p.dutch})` : p.name;
    })
    .join('');
}
