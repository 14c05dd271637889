#!/usr/bin/env node
// `npm run i18n:export -- <lang> [--out <file>]`: writes a gettext PO file for translators (see scripts/i18n/exchange.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { exportLanguage } from './i18n/exchange.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const langs = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
if (langs.length !== 1) {
  console.error('Usage: npm run i18n:export -- <lang> [--out <file.po>]   e.g. npm run i18n:export -- so');
  process.exit(2);
}
const lng = langs[0] as string;
const file = out ?? path.join('translations', `${lng}.po`);
const text = exportLanguage(path.resolve('locales'), lng, { date: new Date().toISOString().slice(0, 10) });
mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
writeFileSync(file, text);
console.log(`Wrote ${file}: ${text.match(/^msgctxt /gm)?.length ?? 0} strings of ${lng}, unreviewed ones flagged fuzzy.`);
