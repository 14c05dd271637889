import { useMemo } from 'react';
import { daysBetween, type ISODate } from '@core/domain/dates';
import { computeTimeline, type Milestone, type Timeline } from '@core/timeline';
import { useApp } from '../../app/AppContext';
import { localToday } from '../../components/dateParts';

const NAREIS_MILESTONE = 'nareis-deadline';

export interface NareisDeadline {
  today: ISODate;
  timeline: Timeline | null;
  /** The timeline's nareis milestone (the rule `nareisTerm`, one place), when the case has a decision date. */
  milestone: Milestone | null;
  daysLeft: number | null;
}

/** The nareis deadline as the person's timeline computes it. */
export function useNareisDeadline(): NareisDeadline {
  const { caseData } = useApp();
  const today = localToday();
  return useMemo(() => {
    const timeline = caseData ? computeTimeline(caseData, today) : null;
    const milestone = timeline?.milestones.find((m) => m.id === NAREIS_MILESTONE) ?? null;
    return { today, timeline, milestone, daysLeft: milestone ? daysBetween(today, milestone.date) : null };
  }, [caseData, today]);
}
