#!/usr/bin/env node
// Runs Doyensec's Electronegativity over the main process, the preload and the
// built page, and fails on any finding above LOW that is not explained below.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';

/** Findings we accept, each with the reason. Empty: there are none. */
const ACCEPTED = {
  // e.g. SOME_CHECK: 'why it does not apply here',
};

// This check downloads Electron's release list from GitHub; the app is offline by design and the
// Electron version is pinned in package.json, so it is skipped rather than allowed to reach the network.
const SKIPPED = ['AvailableSecurityFixesGlobalCheck'];

if (!existsSync('out/renderer/index.html')) {
  console.error('Build first (npm run build): the check reads the built index.html for its CSP.');
  process.exit(1);
}
const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-eneg-'));
cpSync('electron', path.join(dir, 'electron'), { recursive: true });
cpSync('out/renderer/index.html', path.join(dir, 'renderer/index.html'));
cpSync('package.json', path.join(dir, 'package.json'));
const csv = path.join(dir, 'report.csv');
const version = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron.replace(/^[^\d]*/, '');
const run = spawnSync(
  'npx',
  ['electronegativity', '-i', dir, '-e', version, '-r', '-v', 'false', '-x', SKIPPED.join(',').toLowerCase(), '-o', csv],
  { encoding: 'utf8', timeout: 180_000 },
);
if (!existsSync(csv)) {
  console.error(run.stdout, run.stderr);
  console.error('Electronegativity did not produce a report.');
  process.exit(1);
}
/**
 * The report's rows as fields (RFC 4180: a quoted field may hold commas, doubled quotes and line breaks,
 * as a finding's code sample can; splitting lines at commas once read a CSP sample as the finding).
 */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.some(Boolean)) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  endRow();
  return rows;
}
const rows = parseCsv(readFileSync(csv, 'utf8')).slice(1);
rmSync(dir, { recursive: true, force: true });
const findings = rows.map(([issue, severity, confidence, file, location]) => ({ issue: issue ?? '', severity, confidence, file, location }));
const serious = findings.filter((f) => !['LOW', 'INFORMATIONAL'].includes(f.severity ?? ''));
const unexplained = serious.filter((f) => !(f.issue in ACCEPTED));
console.log(`Electronegativity ${version}: ${findings.length} finding(s), ${serious.length} above LOW, ${unexplained.length} unexplained.`);
for (const f of findings) console.log(`  ${f.severity} ${f.issue} ${f.file}:${f.location}${f.issue in ACCEPTED ? ` (accepted: ${ACCEPTED[f.issue]})` : ''}`);
process.exit(unexplained.length === 0 ? 0 : 1);
