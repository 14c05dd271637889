import { describe, expect, it } from 'vitest';
import { draftFromCase, draftToInput, toCaseData, visibleDateFields } from '../../renderer/src/pages/timeline/caseForm';

describe('My case form: the questions issue 11 added', () => {
  it('after a rejection: asks about kennelijk ongegrond / niet-ontvankelijk and a voorlopige voorziening; "I don\'t know" is not saved', () => {
    const draft = { ...draftFromCase(null), outcome: 'rejected' as const, track: 'extended' as const };
    expect(draftToInput(draft).input.manifestRejection).toBeUndefined();
    const answered = draftToInput({ ...draft, manifestRejection: 'yes', interimMeasure: 'no' }).input;
    expect(answered).toMatchObject({ manifestRejection: 'yes', interimMeasure: 'no' });
    expect(toCaseData(answered)).not.toBeNull();
    // Answers to rejection questions are dropped when the outcome is not a rejection.
    expect(draftToInput({ ...draft, outcome: 'granted', manifestRejection: 'yes' }).input.manifestRejection).toBeUndefined();
  });

  it('after a grant: asks for the end date on the permit card, which may lie in the future', () => {
    expect(visibleDateFields({ procedure: 'asylum', outcome: 'granted' })).toContain('permitEnd');
    expect(visibleDateFields({ procedure: 'asylum', outcome: 'rejected' })).not.toContain('permitEnd');
    const d = draftFromCase({ procedure: 'asylum', decisionOutcome: 'granted', dates: { decision: '2025-01-01', permitEnd: '2029-12-31' } });
    expect(draftToInput(d).input.dates.permitEnd).toBe('2029-12-31');
  });
});
