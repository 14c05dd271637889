import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@core/i18n/languages';
import { currentReviews, isConfidence, isDraft, needsReference, referenceLanguage } from '@core/i18n/confidence';

const meta = (l: string) => JSON.parse(readFileSync(path.resolve('locales', l, 'meta.json'), 'utf8'));

describe('translation confidence (meta.json)', () => {
  for (const l of LANGUAGE_CODES) {
    it(`${l}: a confidence that matches who drafted and who reviewed it`, () => {
      const m = meta(l);
      expect(isConfidence(m.confidence)).toBe(true);
      if (l === 'en') expect(m.confidence).toBe('source');
      else expect(m.confidence).not.toBe('source');
      if (m.confidence === 'reviewed') expect(m.review.status === 'reviewed' && m.review.by && m.review.date).toBeTruthy();
      if (m.confidence === 'machine-good' || m.confidence === 'machine-low') {
        expect(m.drafted.by).toBe('machine');
        expect(m.review.status).toBe('not-reviewed');
      }
      // The picker says "draft" in the language itself.
      if (isDraft(m.confidence) || l === 'en') expect(m.draftLabel?.trim()).toBeTruthy();
    });
  }

  it('the languages the review could not vouch for are drafts (so, ti, am)', () => {
    for (const l of ['so', 'ti', 'am']) expect(meta(l).confidence).toBe('machine-low');
  });

  it('a reference language is shown for everything but the source and reviewed languages', () => {
    expect(needsReference('source')).toBe(false);
    expect(needsReference('reviewed')).toBe(false);
    expect(needsReference('machine-good')).toBe(true);
    expect(needsReference('machine-low')).toBe(true);
    expect(needsReference(undefined)).toBe(true);
    expect(referenceLanguage('ar')).toBe('nl');
    expect(referenceLanguage('nl')).toBe('en');
  });

  it('a string review holds only while the English hash matches', () => {
    const reviews = { 'a:x': { by: 'R', date: '2026-12-05', source: 'h1' }, 'a:y': { by: 'R', date: '2026-12-05', source: 'old' } };
    const now = new Map([['a:x', 'h1'], ['a:y', 'new']]);
    expect([...currentReviews(reviews, (k) => now.get(k))]).toEqual(['a:x']);
  });
});
