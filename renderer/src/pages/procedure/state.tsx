import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ISODate } from '@core/domain/dates';
import type { StepId, TrackId } from '@core/content/procedure';
import type { RulePeriodId } from '@core/rules/periods';
import { useApp } from '../../app/AppContext';
import { caseTrack, currentStep, defaultPeriod, localToday, type PeriodBasis } from './model';

/**
 * What the procedure pages share while the person moves between the map, a
 * step and the questions: the rule period shown and the track chosen. Both
 * start from the person's case (if any) and can be changed; the choice lasts
 * as long as the person stays in this area.
 */
export interface ProcedureState {
  today: ISODate;
  period: RulePeriodId;
  /** Why this period: the person's own date, today, or their own choice. */
  basis: PeriodBasis | 'chosen';
  /** The date the default period was taken from. */
  basisDate: ISODate;
  /** The period that fits the person (shown when they chose another). */
  ownPeriod: RulePeriodId;
  setPeriod(p: RulePeriodId): void;
  /** The track whose route is highlighted, or null for all tracks. */
  track: TrackId | null;
  setTrack(t: TrackId | null): void;
  /** The track from the person's case, if known. */
  caseTrack: TrackId | null;
  /** The person's current step, if they entered a case. */
  current: StepId | null;
}

const Ctx = createContext<ProcedureState | null>(null);

export function useProcedure(): ProcedureState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useProcedure outside ProcedureProvider');
  return v;
}

export function ProcedureProvider({ children }: { children: ReactNode }) {
  const { caseData } = useApp();
  const today = localToday();
  const [chosenPeriod, setChosenPeriod] = useState<RulePeriodId | null>(null);
  // undefined: not chosen yet (the case's track is used); null: "all tracks".
  const [chosenTrack, setChosenTrack] = useState<TrackId | null | undefined>(undefined);

  const value = useMemo<ProcedureState>(() => {
    const own = defaultPeriod(caseData, today);
    const fromCase = caseTrack(caseData);
    const period = chosenPeriod ?? own.period;
    return {
      today,
      period,
      basis: chosenPeriod && chosenPeriod !== own.period ? 'chosen' : own.basis,
      basisDate: own.date,
      ownPeriod: own.period,
      setPeriod: (p) => setChosenPeriod(p),
      track: chosenTrack === undefined ? fromCase : chosenTrack,
      setTrack: (t) => setChosenTrack(t),
      caseTrack: fromCase,
      current: currentStep(caseData, today),
    };
  }, [caseData, today, chosenPeriod, chosenTrack]);

  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
