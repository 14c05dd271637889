import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  asar: boolean;
  electronFuses: Record<string, boolean>;
  files: string[];
  win: { target: unknown[] };
  linux: { target: unknown[] };
  mac: { target: unknown[] };
}
const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('packs the app in an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('sets every Electron fuse the security checklist asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('targets Windows (NSIS, portable), Linux (AppImage, deb) and macOS (dmg)', () => {
    const names = (list: unknown[]) => list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
    expect(names(config.win.target)).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(names(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(names(config.mac.target)).toEqual(['dmg']);
  });

  it('ships only the built app, not sources or tests', () => {
    expect(config.files).toContain('out/**');
    expect(config.files.some((f) => /^(core|tests|renderer|electron)\//.test(f))).toBe(false);
  });
});

describe('the fuse check of the packaged binary (scripts/check-fuses.mjs)', async () => {
  // @ts-expect-error: plain ESM script without types
  const { compareFuses } = (await import('../../../scripts/check-fuses.mjs')) as {
    compareFuses(wanted: Record<string, boolean>, wire: number[], options: Record<string, number>, states: { ENABLE: number; DISABLE: number }): string[];
  };
  const { FuseV1Options, FuseState } = await import('@electron/fuses');
  const wireFor = (fuses: Record<string, boolean>) => {
    const wire: number[] = [];
    for (const [key, on] of Object.entries(fuses)) wire[FuseV1Options[(key[0]!.toUpperCase() + key.slice(1)) as keyof typeof FuseV1Options]] = on ? FuseState.ENABLE : FuseState.DISABLE;
    return wire;
  };

  it('passes a binary whose fuses are exactly as electron-builder.yml says', () => {
    expect(compareFuses(config.electronFuses, wireFor(config.electronFuses), FuseV1Options as never, FuseState)).toEqual([]);
  });

  it('names each fuse that differs, and each one it does not know', () => {
    const wire = wireFor({ ...config.electronFuses, runAsNode: true, onlyLoadAppFromAsar: false });
    const problems = compareFuses({ ...config.electronFuses, madeUpFuse: true }, wire, FuseV1Options as never, FuseState);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['madeUpFuse', 'onlyLoadAppFromAsar', 'runAsNode']);
  });
});

describe('the CI workflow (.github/workflows/ci.yml)', () => {
  const wf = load(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
    jobs: Record<string, { strategy: { matrix: { os: string[] } }; steps: { run?: string }[] }>;
  };
  const job = Object.values(wf.jobs)[0]!;
  const runs = job.steps.map((s) => s.run ?? '').join('\n');
  it('runs on Windows, macOS and Linux', () => {
    expect(job.strategy.matrix.os.map((os) => os.split('-')[0]).sort()).toEqual(['macos', 'ubuntu', 'windows']);
  });
  it('installs with npm ci, tests under Xvfb on Linux, packages without publishing, then checks the fuses', () => {
    for (const part of ['npm ci', 'xvfb-run', 'npm test', 'electron-builder --publish never', 'node scripts/check-fuses.mjs']) expect(runs).toContain(part);
  });
});
