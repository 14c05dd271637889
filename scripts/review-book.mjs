#!/usr/bin/env node
// `npm run review-book [out.html]`: writes the lawyer's review book (scripts/review-book/book.ts) as one
// self-contained HTML file, printable to PDF. Default: out/review-book.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const out = path.resolve(process.argv[2] ?? 'out/review-book.html');
const { module } = await runnerImport(path.resolve('scripts/review-book/book.ts'), { configFile: false, logLevel: 'error' });
const html = module.buildReviewBook(new Date().toISOString().slice(0, 10));
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`review book: ${out} (${Math.round(html.length / 1024)} KB)`);
