import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@core/i18n/languages';
import { RIGHTS_AND_DUTIES, rightsTextValues } from '@core/content/rights';
import { housingTarget, integrationTerm, nareisTerm, receptionEndAfterRejection, ruleValue, uwvNotificationTemporaryProtection } from '@core/rules';

// Review r11: rights texts stated rule numbers in words or digits ("four weeks", "two working days", "3 months",
// "14 weeks", "3 years"). Each now comes from its rule (guide: each fact once), in every language.

const LOCALES = fileURLToPath(new URL('../../../locales/', import.meta.url));
const languages = LANGUAGE_CODES; // from the language table, so a new language is checked too
const read = (lng: string) => JSON.parse(readFileSync(`${LOCALES}${lng}/rights.json`, 'utf8')).items;
const ON = '2026-01-01';

describe('rights texts take rule numbers through placeholders', () => {
  const expected: Record<string, Record<string, number>> = {
    'reception-after-rejection': { weeks: ruleValue(receptionEndAfterRejection, ON).weeks! },
    'family-reunification': { months: ruleValue(nareisTerm, ON).months! },
    housing: { weeks: ruleValue(housingTarget, ON).weeks! },
    'temporary-protection': { workingDays: ruleValue(uwvNotificationTemporaryProtection, ON).workingDays },
    'inburgering-duty': { years: ruleValue(integrationTerm, ON).years! },
  };
  it('the values come from the rules', () => {
    for (const [id, values] of Object.entries(expected)) {
      expect(RIGHTS_AND_DUTIES.some((r) => r.id === id), id).toBe(true);
      expect(rightsTextValues(id, ON), id).toEqual(values);
    }
    expect(expected['reception-after-rejection']).toEqual({ weeks: 4 });
    expect(expected['temporary-protection']).toEqual({ workingDays: 2 });
  });
  it('every language uses the placeholders instead of the numbers', () => {
    for (const lng of languages) {
      const items = read(lng);
      for (const [id, values] of Object.entries(expected)) {
        for (const key of Object.keys(values)) expect(items[id].text, `${lng} ${id}`).toContain(`{{${key}}}`);
      }
    }
    const en = read('en');
    expect(en['reception-after-rejection'].text).not.toMatch(/\bfour weeks/);
    expect(en['temporary-protection'].text).not.toMatch(/\btwo working days/);
    const nl = read('nl');
    expect(nl['reception-after-rejection'].text).not.toMatch(/\bvier weken/);
    expect(nl['temporary-protection'].text).not.toMatch(/\btwee werkdagen/);
  });
});
