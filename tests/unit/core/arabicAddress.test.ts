import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenCatalog, type CatalogTree } from '@core/i18n/catalog';

/**
 * Arabic addresses the reader in a way that does not exclude women
 * (locales/ar/meta.json → styleNote): impersonal forms, verbal nouns on
 * buttons, "يُرجى + verbal noun", no masculine-only second-person form.
 * Written Arabic without vowels shows the reader's gender only in a few
 * forms; this test looks for the unambiguous ones, so a string carried into
 * Arabic in the old, masculine style fails here:
 * - a masculine imperative (اسأل، اختر، احفظ، احذف ...), not a past tense or a noun in any reading;
 * - "يمكنك / عليك / لك أن + present tense" (masculine; the feminine would end in ـي);
 * - "إذا كنت + adjective" (مريضًا، متأكدًا).
 */
const ROOT = path.resolve('locales', 'ar');

const strings = new Map<string, string>();
for (const file of readdirSync(ROOT).filter((f) => f.endsWith('.json') && f !== 'meta.json')) {
  const ns = file.slice(0, -5);
  flattenCatalog(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as CatalogTree, ns, strings);
}

const IMPERATIVES = ['اسأل', 'اذهب', 'اختر', 'احفظ', 'احذف', 'اكتب', 'اقرأ', 'ابدأ', 'اطلب', 'انظر', 'اعرض', 'امسح', 'خذ', 'قل', 'احكِ', 'أعطِ', 'ابقَ'];
const WORD_END = '(?=[\\s،.:؛!؟»)]|$)';
const WORD_START = '(?:^|[\\s،.:؛«(])(?:و|ف)?';
const PATTERNS: [string, RegExp][] = [
  ['masculine imperative', new RegExp(`${WORD_START}(?:${IMPERATIVES.join('|')})${WORD_END}`, 'u')],
  // One word may stand between ("يحق لك دائمًا أن تدفع"): the verb is still the masculine one.
  ['masculine present after "you can / you must / you may"', /(?:يمكنك|عليك|لك)\s+(?:[^\s،.:؛]+\s+)?أن\s+ت[^\s،.]+(?<!ي)(?=[\s،.:؛]|$)/u],
  ['masculine adjective about the reader', /كنت\s+[^\s،.]+ًا/u],
];

describe('Arabic catalog: address that does not exclude women', () => {
  it('has no masculine-only second-person form (imperative, "يمكنك أن تـ", "كنت ...ًا")', () => {
    const found = [...strings].flatMap(([key, text]) =>
      PATTERNS.filter(([, re]) => re.test(text)).map(([what]) => `${key} [${what}] ${text.slice(0, 80)}`),
    );
    expect(found).toEqual([]);
  });

  it('finds the masculine forms it is meant to catch', () => {
    const old = ['اسأل محاميك.', 'يمكنك أن تعمل.', 'يحق لك دائمًا أن تدفع بنفسك.', 'إذا كنت مريضًا، أخبر الموظفين.', 'اختر لغتك'];
    for (const text of old) expect(PATTERNS.some(([, re]) => re.test(text)), text).toBe(true);
    const fine = ['يمكن سؤال المحامي.', 'يحق لك العمل.', 'عند المرض، يجب إخبار الموظفين.', 'اختيار اللغة', 'راجع مترجم النصوص.'];
    for (const text of fine) expect(PATTERNS.some(([, re]) => re.test(text)), text).toBe(false);
  });
});
