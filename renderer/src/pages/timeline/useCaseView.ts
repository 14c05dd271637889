import { useMemo } from 'react';
import { caseView, type CaseView } from '@core/timeline';
import type { CaseInputData } from '@core/domain/case';
import type { ISODate } from '@core/domain/dates';
import { useApp } from '../../app/AppContext';
import { localToday } from '../../components/dateParts';

const views = new WeakMap<CaseInputData, CaseView>();

/** One computation per case and day, however many components ask. */
function viewOf(caseData: CaseInputData, today: ISODate): CaseView {
  const known = views.get(caseData);
  if (known?.today === today) return known;
  const view = caseView(caseData, today);
  views.set(caseData, view);
  return view;
}

/**
 * The case's timeline, next date and overdue flag for today (core `caseView`). Here, not in AppContext:
 * the timeline engine (and zod, which validates a case) is the timeline area's code, not the first screen's.
 */
export function useCaseView(): CaseView | null {
  const { caseData } = useApp();
  const today = localToday();
  return useMemo(() => (caseData ? viewOf(caseData, today) : null), [caseData, today]);
}
