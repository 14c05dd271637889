import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { LANGUAGES, type LanguageCode } from '@core/i18n/languages';
import { isDraft, needsReference } from '@core/i18n/confidence';
import nlLetters from '../../locales/nl/letters.json';
import enLetters from '../../locales/en/letters.json';
import enWork from '../../locales/en/work.json';
import { api } from '../../renderer/src/api';
import { metaOf } from '../../renderer/src/i18n/meta';
import { pageReview, sha256 } from '../../renderer/src/i18n/pageReview';
import { plainText } from '../../renderer/src/components/Text';
import { renderApp } from './render';

beforeEach(async () => {
  await api.deleteAll();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 12, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const LETTER = 'decision-rejected';
const deadlineSection = () => document.querySelector('[aria-labelledby="l-deadline"]') as HTMLElement;

/**
 * The sentences of a catalog text that render as written (no [[term]], which renders as the reader's word
 * with the Dutch beside it, and no {{value}}): enough to tell which text is shown, and in which language.
 */
function plainSentences(text: string): string[] {
  const out = text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/\[\[|\{\{/.test(sentence) && sentence.length > 10)
    .map(plainText);
  expect(out.length).toBeGreaterThan(0);
  return out;
}
function expectSentences(el: Element | null | undefined, text: string) {
  for (const sentence of plainSentences(text)) expect(el?.textContent).toContain(sentence);
}

async function openLetter(lng: LanguageCode, secondLanguage?: LanguageCode) {
  await renderApp({ settings: { language: lng, ...(secondLanguage ? { secondLanguage } : {}) }, lng, hash: `#/letters/${LETTER}` });
  await screen.findByRole('heading', { level: 1 });
}

describe('deadlines in a language nobody has reviewed', () => {
  it('every language carries an honest confidence, and only the English source goes without a reference', () => {
    for (const l of LANGUAGES) {
      const c = metaOf(l.code)?.confidence;
      expect(c, l.code).toBeDefined();
      expect(needsReference(c), l.code).toBe(l.code !== 'en');
    }
  });

  it('shows the Dutch sentence beside the deadline and the to-do of a letter, without being asked', async () => {
    await openLetter('so');
    const ref = deadlineSection().querySelector('.ref-text');
    expect(ref?.getAttribute('lang')).toBe('nl');
    expectSentences(ref, nlLetters.items[LETTER].deadline);
    const todo = document.querySelector('[aria-labelledby="l-todo"] .ref-text');
    expectSentences(todo, nlLetters.items[LETTER].todo);
    // Only the safety-critical texts: what the letter is stays in one language.
    expect(document.querySelector('[aria-labelledby="l-what"] .ref-text')).toBeNull();
  });

  it('shows English beside Dutch, and nothing beside the English source', async () => {
    await openLetter('nl');
    expectSentences(deadlineSection().querySelector('.ref-text'), enLetters.items[LETTER].deadline);
    document.body.innerHTML = '';
    await openLetter('en');
    expect(document.querySelector('.ref-text')).toBeNull();
  });

  it('does not repeat it when the side-by-side mode already shows a second language', async () => {
    await openLetter('ar', 'en');
    expect(deadlineSection().querySelector('.ref-text')).toBeNull();
    expectSentences(deadlineSection().querySelector('.bi-row__second'), enLetters.items[LETTER].deadline);
  });
});

describe('language picker', () => {
  it('calls a machine-low translation a draft, in its own language and in English, and no other', async () => {
    await renderApp({ settings: {} });
    await screen.findByRole('heading', { level: 1 });
    for (const l of LANGUAGES) {
      const button = document.querySelector(`.picker__button[lang="${l.intl}"]`);
      expect(button, l.code).not.toBeNull();
      const draft = button?.querySelector('.picker__draft');
      if (l.code !== 'en' && isDraft(metaOf(l.code)?.confidence)) {
        expect(draft?.textContent, l.code).toBe(`${metaOf(l.code)?.draftLabel} · ${metaOf('en')?.draftLabel}`);
      } else expect(draft, l.code).toBeNull();
    }
  });
});

describe('per-string reviews', () => {
  it('count on a page only while the English they were checked against is unchanged', async () => {
    const [a, b] = Object.entries(enWork.situations);
    const reviews = {
      [`work:situations.${a![0]}`]: { by: 'R. Reviewer', date: '2026-12-05', source: await sha256(a![1]) },
      // Reviewed against an older English text: stale.
      [`work:situations.${b![0]}`]: { by: 'R. Reviewer', date: '2026-12-05', source: await sha256(`${b![1]} (old)`) },
    };
    const result = await pageReview(reviews, ['work']);
    expect(result.checked).toBe(1);
    const countKeys = (t: object): number => Object.values(t).reduce<number>((n, v) => n + (typeof v === 'string' ? 1 : countKeys(v)), 0);
    expect(result.total).toBe(countKeys(enWork));
  });
});
