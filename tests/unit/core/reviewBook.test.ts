import { describe, expect, it } from 'vitest';
import { buildReviewBook, MILESTONE_RULES } from '../../../scripts/review-book/book';
import { RULES } from '@core/rules';
import { COMPUTED_MILESTONE_IDS, MILESTONE_IDS } from '@core/timeline';

describe('review book (npm run review-book)', () => {
  const html = buildReviewBook('2026-12-05');

  it('lists every rule id and every milestone id, each with its own section', () => {
    for (const id of Object.keys(RULES)) expect(html, id).toContain(`id="rule-${id}"`);
    for (const id of MILESTONE_IDS) expect(html, id).toContain(`id="milestone-${id}"`);
  });

  it('maps every computed milestone to a rule that exists (or a published figure)', () => {
    for (const id of COMPUTED_MILESTONE_IDS) {
      const { rule } = MILESTONE_RULES[id];
      if (rule !== 'statistic') expect(Object.keys(RULES), id).toContain(rule);
    }
  });

  it('shows the Atw decision, a public URL of the legal basis, and who has not reviewed yet', () => {
    expect(html).toContain('https://wetten.overheid.nl/jci1.3:c:BWBR0011823&amp;artikel=69');
    const unreviewed = Object.values(RULES).filter((r) => !('reviewed' in r) || !r.reviewed).length;
    expect(html).toContain(`${unreviewed} of ${Object.keys(RULES).length} rules have not been checked by a lawyer yet`);
    expect((html.match(/Not yet checked by a lawyer\./g) ?? []).length).toBe(unreviewed);
    for (const d of ['applies', 'not-applicable', 'unknown']) expect(html).toContain(`<strong>${d}</strong>`);
  });

  it('is self-contained: no external script, stylesheet or image', () => {
    expect(html).not.toMatch(/<script|<link |<img /i);
  });
});
