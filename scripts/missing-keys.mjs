#!/usr/bin/env node
// `npm run i18n:missing [lng…]`: the texts each language still lacks, as
// `lng  namespace  key  English text`, for translators. The catalog test in
// `npm test` fails on the same gaps.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve('locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const INTL = { prs: 'fa-AF', kmr: 'ku', en: 'en-GB' };

function flatten(tree, prefix = '', out = new Map()) {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}
const load = (lng, ns) => {
  const f = path.join(ROOT, lng, `${ns}.json`);
  return existsSync(f) ? flatten(JSON.parse(readFileSync(f, 'utf8'))) : new Map();
};

const namespaces = readdirSync(path.join(ROOT, 'en')).filter((f) => f.endsWith('.json') && f !== 'meta.json').map((f) => f.slice(0, -5));
const wanted = process.argv.slice(2);
const languages = readdirSync(ROOT).filter((l) => l !== 'en' && existsSync(path.join(ROOT, l, 'common.json')) && (!wanted.length || wanted.includes(l)));
let count = 0;
for (const lng of languages) {
  const categories = new Intl.PluralRules(INTL[lng] ?? lng).resolvedOptions().pluralCategories;
  for (const ns of namespaces) {
    const en = load('en', ns);
    const mine = load(lng, ns);
    for (const [key, text] of en) {
      const keys = PLURAL.test(key) ? categories.map((c) => key.replace(PLURAL, `_${c}`)) : [key];
      for (const k of keys) {
        if (!mine.has(k)) {
          console.log(`${lng}\t${ns}\t${k}\t${text}`);
          count++;
        }
      }
    }
  }
}
console.error(`${count} missing text(s).`);
