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
