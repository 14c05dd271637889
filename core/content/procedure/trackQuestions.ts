import type { TrackId } from './ids';

/**
 * "Which track am I in?": a small decision tree of plain questions. Each
 * answer leads to another question or to a result: a track, or 'ask-lawyer'
 * when the answers cannot tell. Texts: `questions.<questionId>.text`,
 * `questions.<questionId>.answers.<answerId>` and `results.ask-lawyer` in
 * `locales/<lng>/procedure.json`; a track result uses `tracks.<trackId>`.
 *
 * The questions follow what a person sees: what happened to them and what the
 * IND told or wrote to them after the registration interview (the IND sets
 * the track in the registration phase: Heroriëntatie 2024 §4.2, L1614–1616).
 */

export const ASK_LAWYER = 'ask-lawyer';
export type TrackResult = TrackId | typeof ASK_LAWYER;

const TRACK_QUESTION_IDS = ['situation', 'child-alone', 'letter', 'more-time', 'new-facts'] as const;
export type TrackQuestionId = (typeof TRACK_QUESTION_IDS)[number];

type AnswerTarget = { question: TrackQuestionId } | { result: TrackResult };

interface TrackAnswer {
  id: string;
  to: AnswerTarget;
}

export interface TrackQuestion {
  id: TrackQuestionId;
  answers: readonly TrackAnswer[];
}

export const FIRST_TRACK_QUESTION: TrackQuestionId = 'situation';

const QUESTION_DATA: Record<TrackQuestionId, readonly TrackAnswer[]> = {
  situation: [
    { id: 'asked-asylum', to: { question: 'child-alone' } },
    { id: 'at-border', to: { result: 'border' } },
    { id: 'refused-before', to: { question: 'new-facts' } },
    { id: 'family', to: { result: 'nareis' } },
    { id: 'ukraine', to: { result: 'ukraine' } },
    { id: 'not-sure', to: { result: ASK_LAWYER } },
  ],
  'child-alone': [
    { id: 'yes', to: { result: 'minor' } },
    { id: 'no', to: { question: 'letter' } },
    { id: 'not-sure', to: { result: ASK_LAWYER } },
  ],
  letter: [
    { id: 'other-country', to: { result: 'dublin' } },
    { id: 'safe-country', to: { result: 'safe-country' } },
    { id: 'rest-or-interview', to: { question: 'more-time' } },
    { id: 'not-sure', to: { result: ASK_LAWYER } },
  ],
  'more-time': [
    { id: 'yes', to: { result: 'extended' } },
    { id: 'no', to: { result: 'general' } },
    { id: 'not-sure', to: { result: ASK_LAWYER } },
  ],
  'new-facts': [
    { id: 'yes', to: { result: 'repeat' } },
    { id: 'no', to: { result: ASK_LAWYER } },
    { id: 'not-sure', to: { result: ASK_LAWYER } },
  ],
};

export const TRACK_QUESTIONS: Readonly<Record<TrackQuestionId, TrackQuestion>> = Object.fromEntries(
  TRACK_QUESTION_IDS.map((id) => [id, { id, answers: QUESTION_DATA[id] }]),
) as Record<TrackQuestionId, TrackQuestion>;

export type TrackQuestionState =
  | { kind: 'question'; question: TrackQuestion }
  | { kind: 'result'; result: TrackResult }
  | { kind: 'invalid'; at: number };

/**
 * Walks the tree from the first question with the given answer ids, in order.
 * Returns the question to ask next, the result, or 'invalid' with the index of
 * the first answer id that does not fit (unknown, or given after a result).
 */
export function walkTrackQuestions(answerIds: readonly string[]): TrackQuestionState {
  let question = TRACK_QUESTIONS[FIRST_TRACK_QUESTION];
  for (let i = 0; i < answerIds.length; i++) {
    const answer = question.answers.find((a) => a.id === answerIds[i]);
    if (!answer) return { kind: 'invalid', at: i };
    if ('result' in answer.to) {
      return i === answerIds.length - 1 ? { kind: 'result', result: answer.to.result } : { kind: 'invalid', at: i + 1 };
    }
    question = TRACK_QUESTIONS[answer.to.question];
  }
  return { kind: 'question', question };
}
