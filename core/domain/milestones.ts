/**
 * The timeline's milestone ids, shared by the timeline engine (core/timeline)
 * and the letters (core/content/letters: which milestone a letter's date
 * starts), so neither depends on the other. Events are the person's own dates;
 * the other ids are computed. Ids are stable: texts and the UI key on them.
 */
export const EVENT_IDS = ['registration', 'application', 'decision', 'appeal-lodged', 'pip'] as const;
export const COMPUTED_MILESTONE_IDS = [
  'border-admission',
  'decision-deadline',
  'decision-estimate',
  'work-allowed-from',
  'appeal-deadline',
  'reception-end',
  'nareis-deadline',
  'housing-target',
  'housing-estimate',
  'permit-expiry',
  'permit-renewal-from',
  'leave-immediately',
  'integration-term-end',
  'temporary-protection-end',
] as const;
export const MILESTONE_IDS = [...EVENT_IDS, ...COMPUTED_MILESTONE_IDS] as const;
export type EventId = (typeof EVENT_IDS)[number];
export type MilestoneId = (typeof MILESTONE_IDS)[number];
