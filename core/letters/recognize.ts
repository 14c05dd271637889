import { ACTORS } from '../content/actors';
import { LETTERS } from '../content/letters';
import { LETTER_CUES, type LetterCue } from '../content/letters/cues';
import { parseISODate, toISODate, type ISODate } from '../domain/dates';

/**
 * The letter reader's recognition: from the text read off a photo or scan
 * (OCR, so with noise) to which letter it is, the date it was written and
 * every date in it. Pure: no OCR, no DOM. The cues are content data in
 * `core/content/letters/cues.ts`.
 */

export interface FoundDate {
  date: ISODate;
  /** The words around the date, as read (one line, spaces collapsed). */
  context: string;
}

export interface LetterMatch {
  /** An id of `core/content/letters`, or null when no letter fits well enough. */
  letterId: string | null;
  /** The points of the chosen letter (0 when none): see `cues.ts` for how they add up. */
  score: number;
  /** The date the letter was written ("Datum 14 maart 2026"). */
  letterDate?: ISODate;
  /** Every Dutch date in the text, in reading order. */
  dates: FoundDate[];
}

/** The fewest points a letter needs to be named. */
export const MIN_SCORE = 6;
/** How far the best letter must be ahead of the next one; closer than this, the reader says it is not sure. */
const MIN_LEAD = 2;
/**
 * The top of the letter (letterhead, date, subject): cues found here count
 * double. The first 600 characters, or the first 40 % of a short text.
 */
const HEAD_CHARS = 600;
const headOf = (text: string) => text.slice(0, Math.min(HEAD_CHARS, Math.ceil(text.length * 0.4)));
const SENDER_WEIGHT = 2;
const KEY_WEIGHT = 3;

// ---------------------------------------------------------------- matching

/** Accents off, lower case, and the digits OCR reads for letters inside words (0→o, 1→l, |→l). */
function letterForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[0-9|]+/g, (run, offset: number, all: string) => {
      const inWord = /[a-z]/.test(all[offset - 1] ?? '') || /[a-z]/.test(all[offset + run.length] ?? '');
      return inWord ? run.replace(/0/g, 'o').replace(/[1|]/g, 'l') : run;
    });
}

/** Only the letters: "Beëindiging van de\nop-vang" → "beeindigingvandeopvang". Broken words and line breaks disappear. */
function compact(text: string): string {
  return letterForm(text).replace(/[^a-z]+/g, '');
}

/** Whole words, with the dots and ampersands of abbreviations dropped ("I.N.D.", "DT&V"). */
function words(text: string): Set<string> {
  return new Set(
    letterForm(text)
      .replace(/[.&'’]/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

/** Edit errors a phrase may have, by its length in letters. */
function allowedErrors(length: number): number {
  return length < 10 ? 1 : length < 20 ? 2 : 3;
}

/** Whether `pattern` occurs in `text` with at most `k` edits (Sellers' approximate substring match). */
function fuzzyIncludes(text: string, pattern: string, k: number): boolean {
  if (text.includes(pattern)) return true;
  if (k === 0) return false;
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j < text.length; j++) {
    cur[0] = 0;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + cost);
    }
    if (cur[m]! <= k) return true;
    [prev, cur] = [cur, prev];
  }
  return false;
}

interface Prepared {
  all: string;
  head: string;
  allWords: Set<string>;
  headWords: Set<string>;
}

/** Where a phrase is found: 'head' (top of the letter), 'body', or nowhere. */
function find(p: Prepared, phrase: string): 'head' | 'body' | null {
  const c = compact(phrase);
  if (c.length === 0) return null;
  if (c.length <= 5) {
    // Short words (IND, PIP, mvv) only as a whole word: "ind" is inside "kind".
    if (p.headWords.has(c)) return 'head';
    return p.allWords.has(c) ? 'body' : null;
  }
  const k = allowedErrors(c.length);
  if (fuzzyIncludes(p.head, c, k)) return 'head';
  return fuzzyIncludes(p.all, c, k) ? 'body' : null;
}

/** The names a sender prints: "Immigratie- en Naturalisatiedienst (IND)" → the name and "IND". */
function senderNames(dutchName: string): string[] {
  const abbr = /\(([^)]+)\)\s*$/.exec(dutchName);
  const name = dutchName.replace(/\([^)]*\)\s*$/, '').trim();
  return [...name.split(' / '), ...(abbr ? [abbr[1]!] : [])].map((s) => s.trim()).filter(Boolean);
}

function points(p: Prepared, cues: readonly LetterCue[]): { total: number; key: boolean } {
  let total = 0;
  let key = false;
  for (const cue of cues) {
    const where = find(p, cue.text);
    if (!where) continue;
    if (cue.headOnly && where !== 'head') continue;
    total += where === 'head' ? cue.weight * 2 : cue.weight;
    if (cue.weight >= KEY_WEIGHT) key = true;
  }
  return { total, key };
}

/** Every letter's points for this text, best first. Letters without a key phrase are left out. */
export function scoreLetters(text: string): { letterId: string; score: number }[] {
  const p: Prepared = {
    all: compact(text),
    head: compact(headOf(text)),
    allWords: words(text),
    headWords: words(headOf(text)),
  };
  const scored: { letterId: string; score: number }[] = [];
  for (const letter of LETTERS) {
    const cues = LETTER_CUES[letter.id];
    if (!cues) continue;
    const own = points(p, cues.phrases);
    if (!own.key) continue;
    let sender = 0;
    for (const name of senderNames(ACTORS[letter.from].dutchName)) {
      const where = find(p, name);
      // In the letterhead it says who wrote; further down it may be anyone mentioned.
      if (where) sender = Math.max(sender, where === 'head' ? SENDER_WEIGHT * 2 : SENDER_WEIGHT / 2);
    }
    const against = cues.against ? points(p, cues.against).total : 0;
    scored.push({ letterId: letter.id, score: own.total + sender - against });
  }
  return scored.sort((a, b) => b.score - a.score);
}

// ---------------------------------------------------------------- dates

const MONTHS = [
  ['januari', 'jan'],
  ['februari', 'feb', 'febr'],
  ['maart', 'mrt', 'mar', 'maa'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The month (1–12) a word names, allowing one OCR error in a month name (read from four letters on)
 * ("rnaart", "septernber", "jjuni") and l for i ("mel", "junl"). Null when it is not a month, or when
 * the error leaves it between two months ("juii": juni or juli).
 */
export function monthOf(word: string): number | null {
  const w = letterForm(word).replace(/rn/g, 'm').replace(/[^a-z]/g, '');
  for (const form of new Set([w, w.replace(/l/g, 'i')])) {
    for (let i = 0; i < MONTHS.length; i++) if ((MONTHS[i] as readonly string[]).includes(form)) return i + 1;
  }
  if (w.length < 4) return null;
  const close = MONTHS.flatMap(([full], i) => (editDistance(w, full) <= 1 ? [i + 1] : []));
  return close.length === 1 ? close[0]! : null;
}

/** Digits OCR reads as letters, put back in number-like words ("l4-O3-2O26" → "14-03-2026"). Same length. */
function digitForm(text: string): string {
  return text.replace(/[0-9A-Za-z|]+/g, (tok) =>
    /\d/.test(tok) && /^[0-9OoIl|]+$/.test(tok) ? tok.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1') : tok,
  );
}

const NUMERIC = /(?<![\d])(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})(?!\d)/g;
const WRITTEN = /(?<![\d])(\d{1,2}) ?([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ01|]{2,9})\.?,? ?(\d{4})(?!\d)/g;
/**
 * The label of the letter's own date: "Datum", "Datum:", "Datum uitspraak", "Dalum" (OCR), not "geboortedatum";
 * "Datum van afgifte" / "Afgegeven door de IND op" on a document; "uitspraak van de enkelvoudige kamer van" on a ruling.
 */
const DATE_LABEL = /(?:^|[^A-Za-zÀ-ÿ])(?:d[ae][tl]um|afgifte|afgegeven|kamer van)\b[^0-9]{0,25}$/i;
/** "Den Haag, 14 maart 2026" / "Rijswijk, dinsdag 3 maart 2026" at the top of a letter. */
const PLACE_COMMA = /[A-Za-zÀ-ÿ]{3,}, ?(?:(?:ma|di|wo|do|vr|za|zo)[a-z]{0,7}\.? )?$/i;

interface RawDate {
  index: number;
  length: number;
  date: ISODate;
}

function toDate(y: number, m: number, d: number): ISODate | null {
  const ymd = { y, m, d };
  return parseISODate(toISODate(ymd)) ? toISODate(ymd) : null;
}

function findDates(flat: string): RawDate[] {
  const fixed = digitForm(flat);
  const found: RawDate[] = [];
  for (const m of fixed.matchAll(NUMERIC)) {
    const date = toDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) found.push({ index: m.index, length: m[0].length, date });
  }
  for (const m of fixed.matchAll(WRITTEN)) {
    const month = monthOf(m[2]!);
    const date = month ? toDate(Number(m[3]), month, Number(m[1])) : null;
    if (date) found.push({ index: m.index, length: m[0].length, date });
  }
  return found.sort((a, b) => a.index - b.index);
}

function contextOf(flat: string, d: RawDate): string {
  let start = Math.max(0, d.index - 50);
  let end = Math.min(flat.length, d.index + d.length + 30);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > d.index + d.length) end = space;
  }
  return flat.slice(start, end).trim();
}

/** Every Dutch date in the text with the words around it, and which one is the letter's own date. */
export function extractDates(text: string): { letterDate?: ISODate; dates: FoundDate[] } {
  // A word broken at the end of a line ("sep-\ntember") is joined again.
  const flat = text.replace(/([A-Za-zÀ-ÿ])-[ \t]*\r?\n\s*([a-zà-ÿ])/g, '$1$2').replace(/\s+/g, ' ');
  const raw = findDates(flat);
  const before = (d: RawDate) => flat.slice(Math.max(0, d.index - 40), d.index);
  const labelled = raw.find((d) => DATE_LABEL.test(before(d)));
  const placed = raw.find((d) => d.index < HEAD_CHARS && PLACE_COMMA.test(before(d)));
  const letterDate = (labelled ?? placed)?.date;
  return {
    ...(letterDate ? { letterDate } : {}),
    dates: raw.map((d) => ({ date: d.date, context: contextOf(flat, d) })),
  };
}

// ---------------------------------------------------------------- the letter

/** Which letter this text is, its date and every date in it. */
export function recognizeLetter(text: string): LetterMatch {
  const { letterDate, dates } = extractDates(text);
  const [best, second] = scoreLetters(text);
  const sure = best && best.score >= MIN_SCORE && (!second || best.score - second.score >= MIN_LEAD);
  return {
    letterId: sure ? best.letterId : null,
    score: sure ? best.score : 0,
    ...(letterDate ? { letterDate } : {}),
    dates,
  };
}
