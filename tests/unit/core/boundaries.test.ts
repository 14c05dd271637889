import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The architecture's boundaries, checked on the source (after Signal Desktop's import rules). */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

/** Packages core/ may use: pure, platform-free libraries only. */
const CORE_ALLOWED_PACKAGES = new Set(['zod', 'minisearch', 'ical-generator']);

describe('layer boundaries', () => {
  it('core/ imports only relative core files and pure libraries', () => {
    const offenders: string[] = [];
    for (const file of files('core')) {
      for (const spec of imports(file)) {
        const relative = spec.startsWith('.');
        const resolved = path.resolve(path.dirname(file), spec);
        const insideCore = relative && resolved.startsWith(path.resolve('core'));
        if (relative ? !insideCore : !CORE_ALLOWED_PACKAGES.has(spec.split('/')[0] ?? '')) offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('core/ knows no screen: no route of the app (renderer/src/app/routes.ts) is written in it', () => {
    const table = readFileSync('renderer/src/app/routes.ts', 'utf8');
    const paths = [...table.matchAll(/path: '(\/[a-z-]+)'/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(5);
    const offenders = files('core').flatMap((file) => {
      const src = readFileSync(file, 'utf8');
      return paths.filter((p) => new RegExp(`['"\`]#?${p}(/|['"\`])`).test(src)).map((p) => `${file}: ${p}`);
    });
    expect(offenders).toEqual([]);
  });

  it('core/content and core/timeline depend on neither each other (shared ids live in core/domain)', () => {
    const reaches = (from: string, to: string) =>
      files(from).flatMap((file) =>
        imports(file)
          .filter((s) => s.startsWith('.') && path.resolve(path.dirname(file), s).startsWith(path.resolve(to)))
          .map((s) => `${file}: ${s}`),
      );
    expect([...reaches('core/content', 'core/timeline'), ...reaches('core/timeline', 'core/content')]).toEqual([]);
  });

  it('renderer/ never imports electron, Node built-ins or main-process code', () => {
    const offenders = files('renderer').flatMap((file) =>
      imports(file)
        .filter((s) => s === 'electron' || s.startsWith('node:') || s.includes('/electron/'))
        .map((s) => `${file}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the preload imports only electron and core channel names and types', () => {
    const offenders = files('electron/preload').flatMap((file) =>
      imports(file)
        .filter((s) => s !== 'electron' && !s.startsWith('@core/ipc/'))
        .map((s) => `${file}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no code of the app opens a network connection (offline by design)', () => {
    const NETWORK = /^(node:)?(http|https|http2|net|tls|dgram|dns)$|^(axios|got|node-fetch|undici|ws)$/;
    const offenders = [...files('core'), ...files('electron'), ...files('renderer')].flatMap((file) => {
      const src = readFileSync(file, 'utf8');
      const calls = /\bnet\.(request|fetch)\b|\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/.test(src) ? [`${file}: network call`] : [];
      return [...imports(file).filter((s) => NETWORK.test(s)).map((s) => `${file}: ${s}`), ...calls];
    });
    expect(offenders).toEqual([]);
  });
});
