import { describe, expect, it } from 'vitest';
import en from '@locales/en/procedure.json';
import nl from '@locales/nl/procedure.json';
import { ASK_LAWYER, STEPS, TRACK_IDS, TRACK_QUESTIONS, type Step } from '@core/content/procedure';
import { RULE_PERIODS } from '@core/rules/periods';
import { PUBLISHED_FIGURES } from '@core/rules/statistics';

type Json = string | { [k: string]: Json };
const CATALOGS: Record<'en' | 'nl', Json> = { en: en as Json, nl: nl as Json };
const TEXT_FIELDS = ['title', 'summary', 'whatHappens', 'whatToDo', 'rights'] as const;

function flatten(obj: Json, prefix = ''): Record<string, string> {
  if (typeof obj === 'string') return { [prefix]: obj };
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) => Object.entries(flatten(v, prefix ? `${prefix}.${k}` : k))),
  );
}

function get(obj: Json, path: string[]): Json | undefined {
  let cur: Json | undefined = obj;
  for (const p of path) {
    if (cur === undefined || typeof cur === 'string') return undefined;
    cur = cur[p];
  }
  return cur;
}

const text = (lng: 'en' | 'nl', ...path: string[]): string | undefined => {
  const v = get(CATALOGS[lng], path);
  return typeof v === 'string' ? v : undefined;
};

/** Every text of a step in one language, with its key. */
function stepTexts(lng: 'en' | 'nl', step: Step): Record<string, string> {
  const node = get(CATALOGS[lng], ['steps', step.id]);
  const own = node === undefined ? {} : flatten(node);
  const durations = Object.fromEntries(
    step.durations.map((d) => [`durations.${d.id}`, text(lng, 'durations', d.id) ?? '']),
  );
  return { ...own, ...durations };
}

const nonEmpty = (v: string | undefined) => typeof v === 'string' && v.trim().length > 0;

describe.each(['en', 'nl'] as const)('procedure texts (%s)', (lng) => {
  it('has every text field of every step', () => {
    const missing: string[] = [];
    for (const s of STEPS) {
      for (const f of TEXT_FIELDS) if (!nonEmpty(text(lng, 'steps', s.id, f))) missing.push(`${s.id}.${f}`);
      for (let i = 1; i <= s.faqCount; i++) {
        if (!nonEmpty(text(lng, 'steps', s.id, 'faq', `q${i}`))) missing.push(`${s.id}.faq.q${i}`);
        if (!nonEmpty(text(lng, 'steps', s.id, 'faq', `a${i}`))) missing.push(`${s.id}.faq.a${i}`);
      }
      for (const p of s.periodNotes ?? []) {
        if (!nonEmpty(text(lng, 'steps', s.id, 'periodNotes', p))) missing.push(`${s.id}.periodNotes.${p}`);
      }
      for (const d of s.durations) if (!nonEmpty(text(lng, 'durations', d.id))) missing.push(`durations.${d.id}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no texts for steps, questions, period notes or durations that do not exist', () => {
    const stepIds = new Set(STEPS.map((s) => s.id));
    const stepsNode = get(CATALOGS[lng], ['steps']) as Record<string, Json>;
    expect(Object.keys(stepsNode).filter((k) => !stepIds.has(k as Step['id']))).toEqual([]);
    for (const s of STEPS) {
      const faq = get(CATALOGS[lng], ['steps', s.id, 'faq']) as Record<string, Json> | undefined;
      const faqKeys = Object.keys(faq ?? {}).sort();
      const expected = Array.from({ length: s.faqCount }, (_, i) => [`a${i + 1}`, `q${i + 1}`]).flat().sort();
      expect(faqKeys, s.id).toEqual(expected);
      const notes = get(CATALOGS[lng], ['steps', s.id, 'periodNotes']) as Record<string, Json> | undefined;
      expect(Object.keys(notes ?? {}).sort(), s.id).toEqual([...(s.periodNotes ?? [])].sort());
    }
    const durationIds = new Set(STEPS.flatMap((s) => s.durations.map((d) => d.id)));
    const durationsNode = get(CATALOGS[lng], ['durations']) as Record<string, Json>;
    expect(Object.keys(durationsNode).filter((k) => !durationIds.has(k))).toEqual([]);
  });

  it('has a text for every published figure a step shows, taking its value and year, and none other', () => {
    const shown = new Set(STEPS.flatMap((s) => s.figures ?? []));
    for (const id of shown) {
      const v = text(lng, 'figures', id);
      expect(v, id).toMatch(/\{\{value\}\}/);
      expect(v, id).toMatch(/\{\{year\}\}/);
      const f = PUBLISHED_FIGURES.find((x) => x.id === id);
      expect(v, id).not.toContain(String(f?.value)); // the number comes from the data, never from the text
    }
    const node = get(CATALOGS[lng], ['figures']) as Record<string, Json>;
    expect(Object.keys(node).filter((k) => !shown.has(k as never))).toEqual([]);
  });

  it('has a title and summary for every track and rule period', () => {
    for (const t of TRACK_IDS) {
      expect(nonEmpty(text(lng, 'tracks', t, 'title')), t).toBe(true);
      expect(nonEmpty(text(lng, 'tracks', t, 'summary')), t).toBe(true);
    }
    for (const p of RULE_PERIODS) {
      expect(nonEmpty(text(lng, 'periods', p.id, 'title')), p.id).toBe(true);
      expect(nonEmpty(text(lng, 'periods', p.id, 'summary')), p.id).toBe(true);
    }
  });

  it('has the text of every question and answer, and of the ask-lawyer result', () => {
    for (const q of Object.values(TRACK_QUESTIONS)) {
      expect(nonEmpty(text(lng, 'questions', q.id, 'text')), q.id).toBe(true);
      for (const a of q.answers) expect(nonEmpty(text(lng, 'questions', q.id, 'answers', a.id)), `${q.id}/${a.id}`).toBe(true);
      const answers = get(CATALOGS[lng], ['questions', q.id, 'answers']) as Record<string, Json>;
      expect(Object.keys(answers).sort(), q.id).toEqual(q.answers.map((a) => a.id).sort());
    }
    expect(nonEmpty(text(lng, 'results', ASK_LAWYER))).toBe(true);
  });

  it('writes Dutch terms as well-formed [[glossary-id]]s and uses no interpolation it does not need', () => {
    const bad: string[] = [];
    for (const [key, value] of Object.entries(flatten(CATALOGS[lng]))) {
      for (const m of value.matchAll(/\[\[([^\]]*)\]\]/g)) {
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m[1]!)) bad.push(`${key}: [[${m[1]}]]`);
      }
      // Brackets that are not part of a well-formed [[id]].
      if (/\[(?!\[)|(?<!\])\]/.test(value.replace(/\[\[[^\]]*\]\]/g, ''))) bad.push(`${key}: stray bracket`);
      // Published figures take their value and year from the data (core/rules/statistics.ts).
      const own = key.startsWith('figures.') ? value.replace(/\{\{(value|year)\}\}/g, '') : value;
      const braces = own.replace(/\{\{count\}\}/g, '');
      if (/[{}]/.test(braces)) bad.push(`${key}: interpolation`);
    }
    expect(bad).toEqual([]);
  });

  it('puts no time span in prose that is not one of the step’s own durations', () => {
    // "6 months", "28 dagen" …: a number followed by a time unit must match the data, so the
    // prose can never contradict the durations shown beside it.
    const UNIT: Record<string, string> = {
      day: 'days', days: 'days', dag: 'days', dagen: 'days',
      week: 'weeks', weeks: 'weeks', weken: 'weeks',
      month: 'months', months: 'months', maand: 'months', maanden: 'months',
      year: 'years', years: 'years', jaar: 'years',
    };
    const wrong: string[] = [];
    for (const s of STEPS) {
      const allowed = new Set(s.durations.map((d) => `${d.value} ${d.unit}`));
      for (const [key, value] of Object.entries(stepTexts(lng, s))) {
        for (const m of value.matchAll(/(\d+(?:[.,]\d+)?)\s*(days?|dagen|dag|weeks?|weken|months?|maanden|maand|years?|jaar)\b/gi)) {
          const span = `${m[1]!.replace(',', '.')} ${UNIT[m[2]!.toLowerCase()]}`;
          if (!allowed.has(span)) wrong.push(`${s.id} ${key}: "${m[0]}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps sentences short (B1)', () => {
    const long: string[] = [];
    for (const [key, value] of Object.entries(flatten(CATALOGS[lng]))) {
      for (const sentence of value.split(/(?<=[.?!:])\s+/)) {
        const words = sentence.split(/\s+/).filter(Boolean).length;
        if (words > 30) long.push(`${key} (${words} words): ${sentence}`);
      }
    }
    expect(long).toEqual([]);
  });
});

describe('English and Dutch procedure texts', () => {
  it('have exactly the same keys', () => {
    const enKeys = Object.keys(flatten(CATALOGS.en)).sort();
    const nlKeys = Object.keys(flatten(CATALOGS.nl)).sort();
    expect(nlKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !nlKeys.includes(k))).toEqual([]);
  });

  it('link the same Dutch terms in every text, so a translation never drops or adds a term', () => {
    const markers = (v: string) => [...v.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1]!).sort();
    const nlTexts = flatten(CATALOGS.nl);
    const differ = Object.entries(flatten(CATALOGS.en))
      .filter(([key, value]) => markers(value).join() !== markers(nlTexts[key] ?? '').join())
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });
});
