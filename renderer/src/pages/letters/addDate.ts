import type { CaseInputData } from '@core/domain/case';
import type { ISODate } from '@core/domain/dates';
import type { Letter } from '@core/content/letters';

/**
 * The case after "add this letter's date to my timeline": the letter's date
 * goes into the field the letter fills (`addsDate`), the decision outcome is
 * set when the letter is a decision, and everything else is kept. Without a
 * case yet, a minimal asylum case is started.
 */
export function withLetterDate(current: CaseInputData | null, letter: Letter, date: ISODate): CaseInputData | null {
  if (!letter.addsDate) return null;
  const base: CaseInputData = current ?? { procedure: 'asylum', dates: {} };
  return {
    ...base,
    ...(letter.decisionOutcome ? { decisionOutcome: letter.decisionOutcome } : {}),
    dates: { ...base.dates, [letter.addsDate]: date },
  };
}
