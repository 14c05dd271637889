import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { toVEvent } from '@core/calendar';
import type { Milestone } from '@core/timeline';
import arTimeline from '../../../locales/ar/timeline.json';
import nlTimeline from '../../../locales/nl/timeline.json';
import tiTimeline from '../../../locales/ti/timeline.json';
import { EVENT_QR_OPTIONS, EVENT_QR_SIZE } from '../../../renderer/src/pages/nareis/qr';

/**
 * One calendar event per QR code, drawn with the app's own options and at the
 * size the app shows it, must decode (jsQR) and parse (ical.js) back to the
 * same event: the test that size and error correction are right.
 */

const deadline: Milestone = { id: 'nareis-deadline', kind: 'legal-deadline', date: '2026-05-16', status: 'upcoming', sources: ['svm2026'] };

type Cat = { milestones: Record<string, { title: string }>; kinds: Record<string, string> };
const title = (c: unknown) => (c as Cat).milestones['nareis-deadline']!.title;

/** The longest titles the app puts in a code: a non-Latin title with the Dutch one beside it (the app adds no description). */
const CASES = [
  ['Arabic + Dutch', `${title(arTimeline)} — ${title(nlTimeline)}`],
  ['Tigrinya + Dutch', `${title(tiTimeline)} — ${title(nlTimeline)}`],
] as const;

async function decode(text: string): Promise<string> {
  // Rendered at the size on screen, one pixel per CSS pixel: a phone camera sees at least this much.
  const png = PNG.sync.read(await QRCode.toBuffer(text, { ...EVENT_QR_OPTIONS, width: EVENT_QR_SIZE }));
  const result = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (!result) throw new Error(`no QR code found in ${png.width}×${png.height}`);
  return result.data;
}

describe('calendar QR codes', () => {
  it.each(CASES)('%s: decodes at the shown size and parses as the same all-day event', async (_label, summary) => {
    const vevent = toVEvent(deadline, { title: () => summary }, { now: new Date(Date.UTC(2026, 2, 1)) });
    const decoded = await decode(vevent);
    expect(decoded).toBe(vevent);
    const ev = new ICAL.Component(ICAL.parse(decoded));
    expect(ev.name).toBe('vevent');
    expect(ev.getFirstPropertyValue('summary')).toBe(summary);
    const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-05-16');
    // A module of the code is at least 3 screen pixels: much finer and a phone camera struggles.
    const modules = QRCode.create(vevent, EVENT_QR_OPTIONS).modules.size + 2 * EVENT_QR_OPTIONS.margin;
    expect(EVENT_QR_SIZE / modules).toBeGreaterThanOrEqual(3);
  });
});
