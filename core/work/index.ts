import { isISODate, type ISODate } from '../domain/dates';
import {
  ruleValue,
  ruleVersion,
  temporaryProtectionEnd,
  uwvNotificationTemporaryProtection,
  workAfter,
  workWeeksLimit,
} from '../rules';
import type { SourceRef } from '../sources/registry';
import type { Track } from '../domain/case';
import { workDate } from '../timeline';

/**
 * "Can I work?" — a plain answer for four situations. The waiting period for
 * asylum seekers comes from the same rule and the same function
 * (`workDate`, rule `workAfter`) as the timeline's `work-allowed-from`.
 */
export const WORK_SITUATIONS = ['asylum-pending', 'permit-holder', 'temporary-protection', 'rejected'] as const;
export type WorkSituationKind = (typeof WORK_SITUATIONS)[number];

export type WorkSituation =
  | { kind: 'asylum-pending'; application: ISODate; track?: Track; minor?: boolean }
  | { kind: 'permit-holder' }
  | { kind: 'temporary-protection' }
  | { kind: 'rejected' };

/** Stable ids; texts are `work:conditions.<id>`. */
export const CONDITION_IDS = [
  'twv-by-employer', // the employer applies to UWV for a work permit (twv)
  'no-24-week-limit', // no limit of 24 weeks in 52 since 29 Nov 2023
  'max-24-weeks', // before 29 Nov 2023: at most 24 weeks in 52
  'own-contribution', // with an income you pay towards reception (Reba)
  'free-labour-market', // no work permit needed
  'uwv-notification-2-working-days', // employer notifies UWV at least 2 working days before the start
  'volunteering-statement', // volunteering: the organisation needs a volunteer statement
  'internship', // internship: a three-party agreement
  'temporary-protection-until', // while temporary protection lasts ({{date}})
  'temporary-protection-ended', // temporary protection has ended: ask for advice
  'ask-lawyer-appeal', // after a rejection: ask your lawyer, e.g. when an appeal is pending
  'application-date-needed', // we need a valid application date to answer
  'uwv-conditions', // UWV: 18 or older, in COA reception, a valid W-document
  'work-minor', // UWV: the twv route is for asylum seekers older than 18
  'work-track-unknown', // border / safe-country procedure: the app cannot say
  'work-new-law', // the rules change with the Pact (12 June 2026); not yet known
] as const;
type ConditionId = (typeof CONDITION_IDS)[number];

export interface WorkAnswer {
  /** 'unknown': the rules for this person are not known (new law, or a track where they differ). */
  answer: 'yes' | 'from' | 'no' | 'unknown';
  /** With 'from': the first day work is allowed. */
  from?: ISODate;
  /** With temporary protection: the last day it lasts. */
  until?: ISODate;
  /** With temporary protection: how many working days before the start the employer notifies UWV (texts: {{days}}). */
  noticeWorkingDays?: number;
  conditions: ConditionId[];
  /** Ids in the sources registry. */
  sources: string[];
  /** The same sources with sections. */
  refs: SourceRef[];
}

/** Reba: residents with income pay towards reception (Heroriëntatie 2024 §5.4, L2987–2991; SvM 2026 Hfst. 1 "Versobering van de opvang", L823). */
const OWN_CONTRIBUTION_REFS: SourceRef[] = [
  { id: 'herorientatie2024', section: '§5.4' },
  { id: 'svm2026', section: 'Hfst. 1, Versobering van de opvang' },
];

/**
 * Permit holders: no twv needed. The documents do not say this in one
 * sentence: SvM 2026 Bijlage V (SZW, L4259) says the Wav requires a twv only
 * for foreigners without free access to the labour market, and Hfst. 1
 * "Asielzoekers en statushouders op de arbeidsmarkt" (L963–971) describes
 * permit holders starting jobs directly. The rule itself is in the Wav.
 */
const PERMIT_HOLDER_REFS: SourceRef[] = [
  { id: 'wav' },
  { id: 'svm2026', section: 'Bijlage V, Ministerie van Sociale Zaken en Werkgelegenheid' },
  { id: 'svm2026', section: 'Hfst. 1, Asielzoekers en statushouders op de arbeidsmarkt' },
];

/**
 * Rejected: the twv route is for asylum seekers "terwijl zij wachten op een
 * beslissing op hun asielaanvraag" (SvM 2026 §2.2.4.4, L1238). After a
 * rejection the app says no and sends the person to their lawyer (whether an
 * appeal keeps the right is not in the documents).
 */
const REJECTED_REFS: SourceRef[] = [{ id: 'svm2026', section: '§2.2.4.4' }, { id: 'wav' }];

function uniqueIds(refs: readonly SourceRef[]): string[] {
  const out: string[] = [];
  for (const r of refs) if (!out.includes(r.id)) out.push(r.id);
  return out;
}

function answer(a: Omit<WorkAnswer, 'sources'>): WorkAnswer {
  return { ...a, sources: uniqueIds(a.refs) };
}

/**
 * Can this person work on `today`? Never throws: an unreadable situation or
 * date gives 'no' with the condition that tells the UI what is missing.
 */
export function canWork(situation: WorkSituation, today: ISODate): WorkAnswer {
  const s = situation as unknown;
  const kind = typeof s === 'object' && s !== null ? (s as { kind?: unknown }).kind : undefined;
  const day = isISODate(today) ? today : undefined;

  switch (kind) {
    case 'asylum-pending': {
      const application = (s as { application?: unknown }).application;
      const waitRefs = day ? (ruleVersion(workAfter, isISODate(application) ? application : day)?.sources ?? []) : [];
      if (!isISODate(application) || !day) {
        return answer({ answer: 'no', conditions: ['application-date-needed'], refs: [...waitRefs] });
      }
      const sit = s as { track?: unknown; minor?: unknown };
      const track = typeof sit.track === 'string' ? (sit.track as Track) : undefined;
      const wd = workDate(application, track, sit.minor === true);
      if (wd.reason === 'minor') return answer({ answer: 'no', conditions: ['work-minor'], refs: [...waitRefs] });
      if (!wd.date) {
        return answer({ answer: 'unknown', conditions: [wd.reason === 'track' ? 'work-track-unknown' : 'work-new-law'], refs: [...waitRefs] });
      }
      const from = wd.date;
      const limit = ruleVersion(workWeeksLimit, day);
      const conditions: ConditionId[] = [
        'uwv-conditions',
        'twv-by-employer',
        limit?.value ? 'max-24-weeks' : 'no-24-week-limit',
        'own-contribution',
      ];
      const refs = [...waitRefs, ...(limit?.sources ?? []), ...OWN_CONTRIBUTION_REFS];
      return day >= from
        ? answer({ answer: 'yes', conditions, refs })
        : answer({ answer: 'from', from, conditions, refs });
    }
    case 'permit-holder':
      return answer({ answer: 'yes', conditions: ['free-labour-market'], refs: PERMIT_HOLDER_REFS });
    case 'temporary-protection': {
      const ref = day ?? '2000-01-01';
      const end = ruleVersion(temporaryProtectionEnd, ref);
      const notify = ruleVersion(uwvNotificationTemporaryProtection, ref);
      const refs = [...(notify?.sources ?? []), ...(end?.sources ?? [])];
      if (!day || !end) return answer({ answer: 'no', conditions: ['temporary-protection-ended'], refs });
      if (day > end.value) {
        return answer({ answer: 'no', until: end.value, conditions: ['temporary-protection-ended'], refs });
      }
      return answer({
        answer: 'yes',
        until: end.value,
        noticeWorkingDays: ruleValue(uwvNotificationTemporaryProtection, day).workingDays,
        conditions: ['uwv-notification-2-working-days', 'volunteering-statement', 'internship', 'temporary-protection-until'],
        refs,
      });
    }
    case 'rejected':
      return answer({ answer: 'no', conditions: ['ask-lawyer-appeal'], refs: REJECTED_REFS });
    default:
      return answer({ answer: 'no', conditions: [], refs: [] });
  }
}
