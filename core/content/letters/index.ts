import type { ActorId } from '../actors';
import type { StepId } from '../procedure/ids';
import type { CaseDateField } from '../../domain/case';
import type { SourceRef } from '../../sources/registry';
import type { TermId } from '../glossary';
import type { MilestoneId } from '../../domain/milestones';
import type { ISODate } from '../../domain/dates';
import { receptionEndAfterRejection, ruleValue } from '../../rules';

/**
 * "Letters explained": a gallery of the letters and documents a person gets,
 * found by the Dutch words printed on them. Texts live in
 * `locales/<lng>/letters.json` under `items.<id>`:
 * `title` (plain name), `what` (what the letter is), `means` (what it means
 * for you), `todo` (what you must do) and `deadline` (which deadline starts,
 * in plain words; says so when none does).
 *
 * The Dutch titles are the official terms that appear on these letters. The
 * exact wording of a letterhead can differ per organisation and year, so the
 * search also matches `alsoPrinted` and ignores case and accents.
 */

/**
 * The timeline milestones a letter can start: a subset of the shared milestone
 * ids (`core/domain/milestones`), so a renamed milestone fails the type check. The
 * timeline computes the date; a letter only says which milestone its date
 * starts. Deadlines the timeline does not compute (further appeal, collecting
 * the mvv, the departure period) are explained in the letter's texts only.
 */
export const LETTER_MILESTONE_IDS = [
  'decision-deadline',
  'appeal-deadline',
  'reception-end',
  'nareis-deadline',
  'integration-term-end',
] as const satisfies readonly MilestoneId[];
type LetterMilestoneId = (typeof LETTER_MILESTONE_IDS)[number];

/** A letter; `Id` is the letter ids' union (LetterId) once the list below is read. */
export interface Letter<Id extends string = LetterId> {
  /** Its texts are `items.<id>.*` in letters.json, checked by the compiler. */
  id: Id;
  /** The Dutch title as printed on the letter or document. Never translated. */
  dutchTitle: string;
  /** Other Dutch words printed on it that people may search for. */
  alsoPrinted?: readonly string[];
  /** Who sends it. */
  from: ActorId;
  /** The procedure steps it belongs to. Never empty. */
  steps: readonly StepId[];
  /** Glossary ids of the terms on the letter. Never empty. */
  glossary: readonly TermId[];
  /** The timeline milestone that the date of this letter starts. */
  startsDeadline?: { milestone: LetterMilestoneId };
  /**
   * Which case date the letter's date fills ("add this date to my timeline"). Not the permit's end:
   * no letter here adds it, and areasUi.json has no `letters.add.explain.permitEnd` for it.
   */
  addsDate?: Exclude<CaseDateField, 'permitEnd'>;
  /** For the asylum decision: which outcome this letter is. */
  decisionOutcome?: 'granted' | 'rejected';
  /** Never empty. */
  sources: readonly SourceRef[];
  /** Name of an icon in assets/icons (without .svg). */
  icon: string;
}

const LETTER_LIST = [
  {
    id: 'invitation-registration-interview',
    dutchTitle: 'Uitnodiging aanmeldgehoor',
    alsoPrinted: ['aanmeldgehoor'],
    from: 'ind',
    steps: ['registration-interview', 'legal-aid'],
    glossary: ['aanmeldgehoor', 'ind', 'asielmotief', 'advocaat', 'tolk', 'rapport'],
    sources: [
      { id: 'herorientatie2024', section: '§4.3' },
      { id: 'herorientatie2024', section: '§4.6' },
    ],
    icon: 'interview',
  },
  {
    id: 'invitation-detailed-interview',
    dutchTitle: 'Uitnodiging nader gehoor',
    alsoPrinted: ['nader gehoor'],
    from: 'ind',
    steps: ['detailed-interview', 'general-procedure'],
    glossary: ['nader-gehoor', 'vluchtverhaal', 'advocaat', 'tolk', 'rapport'],
    sources: [{ id: 'herorientatie2024', section: '§4.3' }],
    icon: 'interview',
  },
  {
    id: 'intention',
    dutchTitle: 'Voornemen',
    alsoPrinted: ['voornemen tot afwijzing', 'zienswijze'],
    from: 'ind',
    steps: ['intention-response'],
    glossary: ['voornemen', 'zienswijze', 'voornemensprocedure', 'advocaat'],
    sources: [
      { id: 'vw2000', section: 'art. 39' },
      { id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' },
    ],
    icon: 'letter',
  },
  {
    id: 'decision-granted',
    dutchTitle: 'Beschikking (inwilliging)',
    alsoPrinted: ['beschikking', 'inwilliging', 'ingewilligd', 'verblijfsvergunning asiel'],
    from: 'ind',
    steps: ['decision', 'permit', 'nareis', 'housing'],
    glossary: ['beschikking', 'inwilliging', 'verblijfsvergunning-asiel', 'nareis', 'koppeling'],
    startsDeadline: { milestone: 'nareis-deadline' },
    addsDate: 'decision',
    decisionOutcome: 'granted',
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'svm2026', section: 'Bijlage I, Mv nareis' },
      { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
      { id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' },
    ],
    icon: 'decision',
  },
  {
    id: 'decision-rejected',
    dutchTitle: 'Beschikking (afwijzing)',
    alsoPrinted: ['beschikking', 'afwijzing', 'afgewezen'],
    from: 'ind',
    steps: ['decision', 'appeal', 'departure'],
    glossary: ['beschikking', 'afwijzing', 'beroep', 'rechtbank', 'terugkeerbesluit', 'opvang'],
    startsDeadline: { milestone: 'appeal-deadline' },
    addsDate: 'decision',
    decisionOutcome: 'rejected',
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'vw2000', section: 'art. 69' },
      { id: 'herorientatie2024', section: '§7.5' },
    ],
    icon: 'decision',
  },
  {
    id: 'decision-period',
    dutchTitle: 'Verlenging beslistermijn',
    alsoPrinted: ['beslistermijn', 'opschorting'],
    from: 'ind',
    steps: ['general-procedure', 'extended-procedure', 'decision'],
    glossary: ['beslistermijn', 'termijnopschortende-factoren', 'ingebrekestelling', 'beroep-niet-tijdig-beslissen'],
    startsDeadline: { milestone: 'decision-deadline' },
    sources: [
      { id: 'svm2026', section: '§4.3.3' },
      { id: 'cjeuC662_23' },
      { id: 'svm2026', section: '§4.3.5' },
      { id: 'awb', section: 'art. 6:12' },
    ],
    icon: 'clock',
  },
  {
    id: 'appeal-ruling',
    dutchTitle: 'Uitspraak',
    alsoPrinted: ['uitspraak rechtbank', 'rechtbank'],
    from: 'court',
    steps: ['appeal', 'further-appeal'],
    glossary: ['uitspraak', 'rechtbank', 'gegrond', 'ongegrond', 'hoger-beroep', 'raad-van-state'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'svm2026', section: '§4.3.5' },
      { id: 'herorientatie2024', section: '§4.3' },
    ],
    icon: 'court',
  },
  {
    id: 'further-appeal-ruling',
    dutchTitle: 'Uitspraak Raad van State',
    alsoPrinted: ['Afdeling bestuursrechtspraak'],
    from: 'rvs',
    steps: ['further-appeal'],
    glossary: ['uitspraak', 'raad-van-state', 'hoger-beroep', 'opvolgende-aanvraag', 'vertrekplicht'],
    sources: [
      { id: 'svm2026', section: 'Bijlage V, Raad van State' },
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
    ],
    icon: 'court',
  },
  {
    id: 'coa-transfer',
    dutchTitle: 'Overplaatsing',
    alsoPrinted: ['verhuizing', 'verhuisbericht'],
    from: 'coa',
    steps: ['reception'],
    glossary: ['overplaatsing', 'coa', 'opvang', 'azc'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'herorientatie2024', section: '§5.7' },
    ],
    icon: 'house',
  },
  {
    id: 'coa-linking',
    dutchTitle: 'Koppeling aan een gemeente',
    alsoPrinted: ['koppeling', 'gekoppeld'],
    from: 'coa',
    steps: ['housing'],
    glossary: ['koppeling', 'taakstelling', 'statushouder', 'gemeente'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
      { id: 'svm2026', section: '§4.3.2' },
      { id: 'herorientatie2024', section: '§5.11' },
    ],
    icon: 'house',
  },
  {
    id: 'reception-end',
    dutchTitle: 'Beëindiging opvang',
    alsoPrinted: ['einde opvang', 'opvang'],
    from: 'coa',
    steps: ['after-reception-ends', 'departure'],
    glossary: ['opvang', 'gezinslocatie', 'vbl', 'rechtmatig-verblijf'],
    startsDeadline: { milestone: 'reception-end' },
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
      { id: 'herorientatie2024', section: '§7.5' },
    ],
    icon: 'warning',
  },
  {
    id: 'duo-notice',
    dutchTitle: 'Kennisgeving inburgeringsplicht',
    alsoPrinted: ['kennisgeving', 'inburgeringsplichtig'],
    from: 'duo',
    steps: ['inburgering'],
    glossary: ['kennisgeving', 'inburgeringsplicht', 'duo', 'brede-intake', 'inburgeringstermijn', 'pip'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2026', section: '§7.2' },
    ],
    icon: 'book',
  },
  {
    id: 'intake-invitation',
    dutchTitle: 'Uitnodiging brede intake',
    alsoPrinted: ['brede intake', 'leerbaarheidstoets'],
    from: 'municipality',
    steps: ['inburgering'],
    glossary: ['brede-intake', 'leerbaarheidstoets', 'pip', 'gemeente'],
    sources: [{ id: 'svm2026', section: 'Bijlage I, Inburgering' }],
    icon: 'interview',
  },
  {
    id: 'pip',
    dutchTitle: 'Persoonlijk plan inburgering en participatie (PIP)',
    alsoPrinted: ['PIP', 'leerroute'],
    from: 'municipality',
    steps: ['inburgering'],
    glossary: ['pip', 'leerroute', 'inburgeringstermijn', 'inburgeringsaanbod'],
    startsDeadline: { milestone: 'integration-term-end' },
    addsDate: 'pip',
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2026', section: '§7.2.3' },
    ],
    icon: 'book',
  },
  {
    id: 'mvv-decision',
    dutchTitle: 'Beschikking mvv-nareis',
    alsoPrinted: ['mvv', 'machtiging tot voorlopig verblijf', 'nareis'],
    from: 'ind',
    steps: ['nareis'],
    glossary: ['mvv', 'mvv-nareis', 'nareis', 'diplomatieke-post', 'afgeleide-verblijfsvergunning-asiel', 'bezwaar'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Mv nareis' },
      { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
      { id: 'svm2026', section: '§4.3.1.2' },
    ],
    icon: 'family',
  },
  {
    id: 'w-document',
    dutchTitle: 'W-document',
    alsoPrinted: ['vreemdelingendocument'],
    from: 'ind',
    steps: ['registration', 'reception'],
    glossary: ['w-document', 'asielzoeker', 'rechtmatig-verblijf'],
    sources: [{ id: 'svm2026', section: 'Bijlage I, Asiel en opvang' }],
    icon: 'id-card',
  },
  {
    id: 'residence-card',
    dutchTitle: 'Verblijfsdocument',
    alsoPrinted: ['verblijfspas', 'verblijfsvergunning', 'vreemdelingendocument'],
    from: 'ind',
    steps: ['permit'],
    glossary: ['verblijfsdocument', 'verblijfsvergunning-asiel', 'vreemdelingendocument'],
    sources: [
      { id: 'herorientatie2024', section: '§6.5.2' },
      { id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' },
    ],
    icon: 'id-card',
  },
  {
    id: 'return-decision',
    dutchTitle: 'Terugkeerbesluit',
    alsoPrinted: ['vertrektermijn', 'inreisverbod'],
    from: 'ind',
    steps: ['departure'],
    glossary: ['terugkeerbesluit', 'vertrektermijn', 'vertrekplicht', 'inreisverbod', 'dtenv'],
    sources: [
      { id: 'herorientatie2024', section: '§7.5' },
      { id: 'svm2023', section: '§5.3.4' },
      { id: 'svm2026', section: '§6.4.1' },
      { id: 'vw2000', section: 'art. 62' },
    ],
    icon: 'departure',
  },
] as const satisfies readonly Letter<string>[];

type LetterId = (typeof LETTER_LIST)[number]['id'];
export const LETTERS: readonly Letter[] = LETTER_LIST;

export function getLetter(id: string): Letter | undefined {
  return LETTERS.find((l) => l.id === id);
}

/** Lower case, accents removed, runs of non-letters collapsed: "Beëindiging  opvang" → "beeindiging opvang". */
export function normalizeDutch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Letters whose Dutch title (or other printed words) contain every word the
 * person typed, best matches first: a match on the title beats one on
 * `alsoPrinted`, and a title that starts with the query beats the rest.
 */
export function findLetters(query: string): Letter[] {
  const words = normalizeDutch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...LETTERS];
  const q = words.join(' ');
  const scored: { letter: Letter; score: number; index: number }[] = [];
  LETTERS.forEach((letter, index) => {
    const title = normalizeDutch(letter.dutchTitle);
    const all = [title, ...(letter.alsoPrinted ?? []).map(normalizeDutch)].join(' | ');
    if (!words.every((w) => all.includes(w))) return;
    const score = title.startsWith(q) ? 3 : words.every((w) => title.includes(w)) ? 2 : 1;
    scored.push({ letter, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.letter);
}

/** The letters that belong to a procedure step. */
export function lettersForStep(step: StepId): Letter[] {
  return LETTERS.filter((l) => l.steps.includes(step));
}

/**
 * Numbers the letter texts take through placeholders, from the one rule that holds each (guide: each fact once).
 * `{{weeks}}`: the weeks after a refusal until reception ends (receptionEndAfterRejection), for the letters
 * whose texts say so. `on` chooses the rule version (the app passes today).
 */
export function letterTextValues(id: string, on: ISODate): Record<string, number> {
  if (id === 'decision-rejected' || id === 'reception-end') {
    const d = ruleValue(receptionEndAfterRejection, on);
    return { weeks: (d.weeks ?? 0) + (d.days ?? 0) / 7 };
  }
  return {};
}
