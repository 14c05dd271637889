#!/usr/bin/env node
// One-off migration, safe to run again: the two date pickers (My timeline's and
// the areas' one) became one shared component whose texts live in
// `common.json` under `datePicker.*`. For every language folder in `locales/`
// this moves the existing translation of each text to its new key and removes
// the old keys, which nothing uses any more. It touches only those keys:
//
// - a translation already under the new key is kept (never overwritten);
// - where a language has none of the old keys, the new key is left out
//   (the catalog test lists it as missing, for a translator to fill in);
// - a language without `common.json` is left alone and named in the output.
//
//   node scripts/move-date-picker-strings.mjs            (does the move)
//   node scripts/move-date-picker-strings.mjs --check    (only says what it would do)
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const ROOT = path.resolve(import.meta.dirname, '..', 'locales');
const CHECK = process.argv.includes('--check');

/** New key under `common:datePicker` ← old keys, the first one a language has wins. */
const MOVES = [
  ['day', ['timeline:ui.form.day', 'areasUi:date.day']],
  ['month', ['timeline:ui.form.month', 'areasUi:date.month']],
  ['year', ['timeline:ui.form.year', 'areasUi:date.year']],
  ['notChosen', ['timeline:ui.form.notChosen', 'areasUi:date.notChosen']],
  ['calendar', ['timeline:ui.form.calendar']],
  ['chosen', ['timeline:ui.form.chosen', 'areasUi:date.chosen']],
  ['none', ['timeline:ui.form.noDate', 'areasUi:date.none']],
  ['incomplete', ['areasUi:date.incomplete']],
  ['impossible', ['areasUi:date.impossible']],
  ['clear', ['timeline:ui.form.clear']],
];
/** Every old key goes, once its text has moved. */
const OLD = [...new Set(MOVES.flatMap(([, from]) => from))];

function split(ref) {
  const [ns, key] = ref.split(':');
  return { ns, keys: key.split('.') };
}

function get(tree, keys) {
  let node = tree;
  for (const k of keys) {
    if (node === null || typeof node !== 'object' || !(k in node)) return undefined;
    node = node[k];
  }
  return node;
}

/** Deletes a key and any object it leaves empty. */
function remove(tree, keys) {
  const [head, ...rest] = keys;
  if (tree === null || typeof tree !== 'object' || !(head in tree)) return false;
  if (rest.length === 0) {
    delete tree[head];
    return true;
  }
  const removed = remove(tree[head], rest);
  if (removed && typeof tree[head] === 'object' && Object.keys(tree[head]).length === 0) delete tree[head];
  return removed;
}

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** Same layout as the catalogs have (2 spaces, a final newline); written whole, then renamed into place. */
function write(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, file);
}

let failed = false;
for (const lng of readdirSync(ROOT).sort()) {
  const dir = path.join(ROOT, lng);
  const commonFile = path.join(dir, 'common.json');
  const files = {};
  const load = (ns) => (ns in files ? files[ns] : (files[ns] = read(path.join(dir, `${ns}.json`))));
  let common;
  try {
    common = read(commonFile);
    for (const ref of OLD) load(split(ref).ns);
  } catch (error) {
    // A file a translator is writing right now: leave this language for the next run.
    console.log(`${lng}: skipped, a catalog is not valid JSON (${error.message})`);
    failed = true;
    continue;
  }
  if (!common) {
    console.log(`${lng}: skipped, no common.json`);
    continue;
  }

  const moved = [];
  const kept = [];
  const missing = [];
  const target = typeof common.datePicker === 'object' && common.datePicker !== null ? common.datePicker : {};
  for (const [key, from] of MOVES) {
    if (typeof target[key] === 'string' && target[key].trim()) {
      kept.push(key);
      continue;
    }
    const found = from.map((ref) => ({ ref, value: get(files[split(ref).ns], split(ref).keys) })).find((f) => typeof f.value === 'string' && f.value.trim());
    if (found) {
      target[key] = found.value;
      moved.push(`${key} ← ${found.ref}`);
    } else missing.push(key);
  }
  // The new keys in the order English has them, whatever was there before.
  const ordered = {};
  for (const [key] of MOVES) if (key in target) ordered[key] = target[key];
  for (const key of Object.keys(target)) if (!(key in ordered)) ordered[key] = target[key];
  const commonChanged = JSON.stringify(common.datePicker) !== JSON.stringify(ordered);
  if (Object.keys(ordered).length > 0) common.datePicker = ordered;

  const removed = [];
  const changed = new Set();
  for (const ref of OLD) {
    const { ns, keys } = split(ref);
    if (files[ns] && remove(files[ns], keys)) {
      removed.push(ref);
      changed.add(ns);
    }
  }

  const parts = [];
  if (moved.length) parts.push(`moved ${moved.join(', ')}`);
  if (kept.length) parts.push(`already there: ${kept.join(', ')}`);
  if (missing.length) parts.push(`no translation yet: ${missing.join(', ')}`);
  if (removed.length) parts.push(`removed ${removed.length} old keys`);
  console.log(`${lng}: ${parts.join('; ') || 'nothing to do'}`);

  if (CHECK) continue;
  if (commonChanged) write(commonFile, common);
  for (const ns of changed) write(path.join(dir, `${ns}.json`), files[ns]);
}
process.exitCode = failed ? 1 : 0;
