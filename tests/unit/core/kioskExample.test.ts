import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKioskConfig } from '@core/kiosk/config';

describe('the example kiosk config in the README', () => {
  it('is valid', () => {
    const result = parseKioskConfig(readFileSync('examples/kiosk.json', 'utf8'));
    expect(result).toMatchObject({ ok: true, config: { defaultLanguage: 'nl', idleSeconds: 180 } });
  });
});
