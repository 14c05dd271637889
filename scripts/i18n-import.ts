#!/usr/bin/env node
// `npm run i18n:import -- <file.po> [--reviewer "Name"]`: reads a translator's PO file back (see scripts/i18n/exchange.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { importLanguage } from './i18n/exchange.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--reviewer');
const reviewer = at >= 0 ? args[at + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
if (files.length === 0) {
  console.error('Usage: npm run i18n:import -- <file.po> [more.po …] [--reviewer "Name"]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = importLanguage(path.resolve('locales'), readFileSync(file, 'utf8'), {
    date: new Date().toISOString().slice(0, 10),
    ...(reviewer ? { reviewer } : {}),
  });
  console.log(`${file} (${result.lang}): ${result.changed.length} text(s) changed, ${result.reviewed.length} review(s) recorded.`);
  for (const e of result.errors) console.error(`  refused ${e}`);
  if (result.errors.length) failed = true;
}
process.exit(failed ? 1 : 0);
