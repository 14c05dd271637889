#!/usr/bin/env node
// Reads the fuses of the packaged Electron binary (after `electron-builder --publish never`)
// with @electron/fuses and fails when one is not as electron-builder.yml says. Run in CI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

/** `runAsNode` → `RunAsNode`: electron-builder's key to the name in @electron/fuses' FuseV1Options. */
export const fuseOptionName = (key) => key.charAt(0).toUpperCase() + key.slice(1);

/**
 * Compares the wanted fuses with a fuse wire as getCurrentFuseWire returns it.
 * `options` maps option names to wire indexes (FuseV1Options); `states` has ENABLE and DISABLE.
 */
export function compareFuses(wanted, wire, options, states) {
  const problems = [];
  for (const [key, on] of Object.entries(wanted)) {
    const index = options[fuseOptionName(key)];
    if (index === undefined) {
      problems.push(`${key}: @electron/fuses does not know this fuse`);
      continue;
    }
    const expected = on ? states.ENABLE : states.DISABLE;
    if (wire[index] !== expected) problems.push(`${key}: wanted ${on ? 'on' : 'off'}, the binary has state ${wire[index] ?? 'missing'}`);
  }
  return problems;
}

/** The packaged executable electron-builder left in dist/ for this OS. */
function findBinary(dist) {
  const candidates = {
    linux: [path.join(dist, 'linux-unpacked', 'wegwijs')],
    win32: [path.join(dist, 'win-unpacked', 'Wegwijs.exe')],
    darwin: readdirSync(dist)
      .filter((d) => d.startsWith('mac'))
      .map((d) => path.join(dist, d, 'Wegwijs.app', 'Contents', 'MacOS', 'Wegwijs')),
  }[process.platform] ?? [];
  return candidates.find((c) => existsSync(c)) ?? null;
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  const binary = process.argv[2] ?? findBinary(path.join(root, config.directories?.output ?? 'dist'));
  if (!binary) {
    console.error('[fuses] no packaged binary found: run `npx electron-builder --dir --publish never` first');
    process.exit(1);
  }
  const { getCurrentFuseWire, FuseV1Options, FuseState } = await import('@electron/fuses');
  const wire = await getCurrentFuseWire(binary);
  const problems = compareFuses(config.electronFuses, wire, FuseV1Options, FuseState);
  for (const p of problems) console.error(`[fuses] ${p}`);
  if (problems.length) process.exit(1);
  console.log(`[fuses] ${Object.keys(config.electronFuses).length} fuses of ${path.relative(root, binary)} are as electron-builder.yml says`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
