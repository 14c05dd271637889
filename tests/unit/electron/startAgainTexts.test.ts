import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startAgainTexts } from '../../../scripts/vite/startAgainTexts.mjs';

type Transform = (code: string, id: string) => { code: string } | null;
const transform = startAgainTexts().transform as unknown as Transform;
const catalog = readFileSync(new URL('../../../locales/ti/common.json', import.meta.url), 'utf8');
const ti = JSON.parse(catalog) as { app: Record<string, string> };

describe("a catalog's \"start again\" texts for the first script (the build)", () => {
  it('is a module of the three texts alone, taken from the catalog', () => {
    const made = transform(catalog, '/app/locales/ti/common.json?start-again');
    const texts = JSON.parse(/^export default (.*);$/s.exec(made!.code)![1]!) as Record<string, string>;
    expect(texts).toEqual({ errorTitle: ti.app.errorTitle, errorText: ti.app.errorText, errorRestart: ti.app.errorRestart });
  });

  it('leaves every other file and query alone', () => {
    expect(transform(catalog, '/app/locales/ti/common.json')).toBeNull();
    expect(transform(catalog, '/app/locales/ti/home.json?start-again')).toBeNull();
    expect(transform(catalog, '/app/locales/ti/common.json?raw')).toBeNull();
  });
});
