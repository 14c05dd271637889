import { describe, expect, it } from 'vitest';
import { LETTERS } from '@core/content/letters';
import { LETTER_CUES } from '@core/content/letters/cues';
import { extractDates, monthOf, recognizeLetter, scoreLetters, MIN_SCORE } from '@core/letters/recognize';
import { NOT_LETTERS, SAMPLE_LETTERS, ocrNoise } from '../../fixtures/dutchLetters';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('letter cues (content data)', () => {
  it('every letter in the gallery has cues, with at least one key phrase (weight 3 or more), and no cues for unknown letters', () => {
    for (const letter of LETTERS) {
      const cues = LETTER_CUES[letter.id];
      expect(cues, letter.id).toBeDefined();
      expect(cues!.phrases.some((p) => p.weight >= 3), letter.id).toBe(true);
    }
    const ids = new Set<string>(LETTERS.map((l) => l.id));
    expect(Object.keys(LETTER_CUES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('there is a sample letter for every letter in the gallery', () => {
    expect(Object.keys(SAMPLE_LETTERS).sort()).toEqual(LETTERS.map((l) => l.id).sort());
  });
});

describe('recognizeLetter', () => {
  describe.each(LETTERS.map((l) => l.id))('%s', (id) => {
    const sample = SAMPLE_LETTERS[id]!;

    it('is recognised from the clean text, with its date and every date in it', () => {
      const match = recognizeLetter(sample.text);
      expect(match.letterId).toBe(id);
      expect(match.score).toBeGreaterThanOrEqual(MIN_SCORE);
      expect(match.letterDate).toBe(sample.letterDate);
      expect(match.dates.map((d) => d.date)).toEqual(sample.dates);
    });

    it.each(SEEDS)('is recognised through OCR noise (seed %i)', (seed) => {
      const noisy = ocrNoise(sample.text, seed);
      const match = recognizeLetter(noisy);
      expect(match.letterId, noisy).toBe(id);
      expect(match.letterDate, noisy).toBe(sample.letterDate);
    });
  });

  it.each(NOT_LETTERS.map((t, i) => [i, t] as const))('says it does not know a text that is no letter (%i)', (_i, text) => {
    expect(recognizeLetter(text).letterId).toBeNull();
    expect(recognizeLetter(text).score).toBe(0);
  });

  it('still finds the dates in a text that is no letter', () => {
    const match = recognizeLetter(NOT_LETTERS[1]!);
    expect(match.letterDate).toBe('2026-05-04');
    expect(match.dates.map((d) => d.date)).toEqual(['2026-05-04', '2026-05-12']);
  });

  it('tells a granted decision from a rejected one by the words, not by the word "beschikking" they share', () => {
    const granted = SAMPLE_LETTERS['decision-granted']!.text;
    const rejected = granted.replace('wordt ingewilligd', 'wordt afgewezen').replace(/U krijgt.*asiel\./, '');
    expect(recognizeLetter(granted).letterId).toBe('decision-granted');
    expect(recognizeLetter(rejected).letterId).toBe('decision-rejected');
  });

  it('says it is not sure when two letters fit equally well', () => {
    const both = 'IND\nDatum 1 maart 2026\nUitnodiging aanmeldgehoor en nader gehoor';
    const [a, b] = scoreLetters(both);
    expect(a!.score).toBe(b!.score);
    expect(recognizeLetter(both).letterId).toBeNull();
  });

  it('reads a phrase broken over lines, without accents and with 1 for l and 0 for o', () => {
    const text = 'Centraal Orgaan opvang asie1zoekers\nDatum 1 juni 2026\nOnderwerp: Beeindi-\nging 0pvang';
    expect(recognizeLetter(text).letterId).toBe('reception-end');
  });

  it('does not take a short sender name from inside another word ("ind" in "kind")', () => {
    const text = 'Datum 1 maart 2026\nHet kind gaat naar school. Wij vinden dat fijn. Voornemen.';
    const intention = scoreLetters(text).find((s) => s.letterId === 'intention');
    const withInd = scoreLetters(`IND\n${text}`).find((s) => s.letterId === 'intention');
    expect(withInd!.score - intention!.score).toBeGreaterThan(0);
  });
});

describe('Dutch dates', () => {
  it.each([
    ['14 maart 2026', '2026-03-14'],
    ['14-3-2026', '2026-03-14'],
    ['14/03/2026', '2026-03-14'],
    ['14.03.2026', '2026-03-14'],
    ['di 14 mrt. 2026', '2026-03-14'],
    ['dinsdag 14 maart 2026', '2026-03-14'],
    ['l4-O3-2O26', '2026-03-14'],
    ['14 rnaart 2026', '2026-03-14'],
    ['1 septernber 2026', '2026-09-01'],
    ['14\nmaart\n2026', '2026-03-14'],
    ['31 december 2025', '2025-12-31'],
    ['8 mel 2026', '2026-05-08'],
    ['1 jjuni 2026', '2026-06-01'],
    ['1 sep-\ntember 2026', '2026-09-01'],
  ])('reads "%s"', (text, iso) => {
    expect(extractDates(`op ${text} om 9 uur`).dates.map((d) => d.date)).toEqual([iso]);
  });

  it.each(['31 februari 2026', '32-01-2026', '14-13-2026', '14 maandag 2026', 'artikel 14 lid 3 2026', '1234567-2026'])(
    'finds no date in "%s"',
    (text) => {
      expect(extractDates(text).dates).toEqual([]);
    },
  );

  it('gives the words around each date', () => {
    const { dates } = extractDates('Wij nodigen u uit voor het gesprek op dinsdag 10 februari 2026 om 09.00 uur in Ter Apel.');
    expect(dates[0]!.context).toContain('gesprek op dinsdag 10 februari 2026 om 09.00 uur');
  });

  it('takes the letter date from the "Datum" label, not from a birth date or an earlier date', () => {
    const text = 'Geboortedatum: 01-01-1990\nUw brief van 2 maart 2026\nDatum: 14-03-2026\nOnderwerp';
    expect(extractDates(text).letterDate).toBe('2026-03-14');
  });

  it('takes the letter date from "Place, date" at the top when there is no label', () => {
    expect(extractDates('Den Haag, 14 maart 2026\nGeachte heer,').letterDate).toBe('2026-03-14');
    expect(extractDates('Op 14 maart 2026 kwam u langs.').letterDate).toBeUndefined();
  });

  it('knows the month names and their short forms', () => {
    expect(['jan', 'februari', 'mrt', 'apr', 'mei', 'jun', 'juli', 'aug', 'sept', 'okt', 'nov', 'dec'].map(monthOf)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(monthOf('maandag')).toBeNull();
    expect(monthOf('juii')).toBeNull();
    expect(monthOf('uur')).toBeNull();
  });
});
