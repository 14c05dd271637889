import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@core/i18n/languages';
import { LETTERS, letterTextValues } from '@core/content/letters';
import { receptionEndAfterRejection, safeCountryDeparture, ruleValue } from '@core/rules';

// Review r11: the refusal and reception-end letters said "four weeks" in words, flatly, with no safe-country
// caveat. After a safe-country refusal there is no 4-week period (rule safeCountryDeparture: departure period
// none). The number now comes from the rule; every language carries the caveat the timeline already uses.

const LOCALES = fileURLToPath(new URL('../../../locales/', import.meta.url));
const languages = LANGUAGE_CODES; // from the language table, so a new language is checked too
const read = (lng: string, ns: string) => JSON.parse(readFileSync(`${LOCALES}${lng}/${ns}.json`, 'utf8'));

const RECEPTION_TEXTS = [
  ['decision-rejected', 'means'],
  ['decision-rejected', 'deadline'],
  ['reception-end', 'means'],
  ['reception-end', 'deadline'],
] as const;

describe('letters about the end of reception', () => {
  it('take the number of weeks from the rule, not from words in the text', () => {
    const en = read('en', 'letters').items;
    const nl = read('nl', 'letters').items;
    for (const [id, part] of RECEPTION_TEXTS) {
      expect(en[id][part], `en ${id}.${part}`).toContain('{{weeks}}');
      expect(en[id][part]).not.toMatch(/\bfour\b|\b4 weeks/);
      expect(nl[id][part], `nl ${id}.${part}`).not.toMatch(/\bvier\b|\b4 weken/);
    }
    const weeks = ruleValue(receptionEndAfterRejection, '2026-01-01').weeks;
    expect(weeks).toBe(4);
    for (const id of ['decision-rejected', 'reception-end']) {
      expect(LETTERS.some((l) => l.id === id)).toBe(true);
      expect(letterTextValues(id, '2026-01-01')).toEqual({ weeks });
    }
  });

  it('say in every language that after a safe-country refusal you may have to leave at once', () => {
    expect(ruleValue(safeCountryDeparture, '2026-01-01').departureDays).toBe(0);
    for (const lng of languages) {
      const letters = read(lng, 'letters').items;
      const caveat: string = read(lng, 'timeline').notes.unlessSafeCountry;
      for (const [id, part] of RECEPTION_TEXTS) expect(letters[id][part], `${lng} ${id}.${part}`).toContain(caveat);
    }
  });
});
