import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS, parseKioskConfig } from '@core/kiosk/config';

describe('kiosk config file', () => {
  it('fills in safe defaults for an empty file', () => {
    const r = parseKioskConfig('{}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.idleSeconds).toBe(DEFAULT_IDLE_SECONDS);
    expect(DEFAULT_IDLE_SECONDS).toBe(180); // 3 minutes, as the kiosk design asks
    expect(r.config.countdownSeconds).toBe(DEFAULT_COUNTDOWN_SECONDS);
    expect(r.config.allowPrint).toBe(false);
    expect(r.config.languages).toHaveLength(16);
    expect(r.config.adminExitCode).toBeUndefined();
  });

  it.each(['Microsoft Print to PDF', 'Microsoft XPS Document Writer', 'OneNote (Desktop)', 'Fax', 'PDF', 'cups-pdf'])(
    'refuses "%s" as the kiosk printer: it writes a file (save dialog or a copy left behind)',
    (printerName) => {
      expect(parseKioskConfig(JSON.stringify({ allowPrint: true, printerName }))).toMatchObject({
        ok: false,
        errors: [expect.stringContaining('printerName')],
      });
    },
  );

  it('accepts a real printer by its OS name', () => {
    expect(parseKioskConfig(JSON.stringify({ allowPrint: true, printerName: 'HP LaserJet balie' }))).toMatchObject({ ok: true });
  });

  it('accepts a full, valid file', () => {
    const r = parseKioskConfig(
      JSON.stringify({
        idleSeconds: 120,
        languages: ['ar', 'nl', 'en'],
        defaultLanguage: 'nl',
        allowPrint: true,
        locationName: 'azc Zeist',
        adminExitCode: '480193',
      }),
    );
    expect(r).toMatchObject({ ok: true, config: { idleSeconds: 120, defaultLanguage: 'nl', allowPrint: true, locationName: 'azc Zeist' } });
  });

  it.each([
    ['not JSON', '{idleSeconds: 10', /not valid JSON/],
    ['an array', '[]', /one JSON object/],
    ['a too short idle time', '{"idleSeconds": 5}', /"idleSeconds" must be at least 30 seconds/],
    ['idle time as text', '{"idleSeconds": "180"}', /"idleSeconds" must be a number of seconds/],
    ['an unknown language', '{"languages": ["xx"]}', /"languages\.0" must be one of: nl, en/],
    ['a default language not offered', '{"languages": ["en"], "defaultLanguage": "ar"}', /"defaultLanguage" must be one of the listed languages/],
    ['a typo in a key', '{"idleSecond": 60}', /Unknown setting\(s\): idleSecond/],
    ['a short exit code', '{"adminExitCode": "12"}', /"adminExitCode" must be 6 to 12 digits/],
    ['print as a string', '{"allowPrint": "yes"}', /"allowPrint" must be true or false/],
  ])('explains %s clearly', (_label, text, message) => {
    const r = parseKioskConfig(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});
