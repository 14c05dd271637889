import { parseISODate, type ISODate } from '@core/domain/dates';
import type { Milestone, Timeline } from '@core/timeline';
import { termFor } from '../../content/terms';
import { dateLocale, intlHasLanguage } from '../../i18n/format';
import type { KeyedT } from '../../i18n/keys';

/**
 * The text inside the "take it with you" QR code: short, readable plain text
 * that any phone camera shows as it is. One block per language (the person's
 * own, then Dutch), separated by a line of dashes. Pure: no React, no DOM.
 */


export interface QrLanguage {
  lng: string;
  /** For one language and the `timeline` catalog. */
  t: KeyedT<'timeline'>;
  /** Turns `[[term]]` markers into plain text ("reception (opvang)"); without it, the Dutch term alone. */
  plain?: (text: string) => string;
}

/** Phone cameras read this comfortably from a screen; a QR code holds more, but it gets dense. */
export const QR_MAX_BYTES = 1000;

const QR_SEPARATOR = '\n---\n';

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/** "14/09/2026" (en), "14-09-2026" (nl): the short date style of the language, Gregorian, Latin digits. */
function shortDate(iso: ISODate, lng: string): string {
  const p = parseISODate(iso);
  if (!p) return iso;
  // Without Intl data for the language, the Dutch numeric style (14-09-2026), never the American one.
  const tag = intlHasLanguage(lng) ? dateLocale(lng) : dateLocale('nl');
  let f = shortFormats.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeZone: 'UTC' });
    shortFormats.set(tag, f);
  }
  return f.format(new Date(Date.UTC(p.y, p.m - 1, p.d)));
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

const MARKER = /\[\[([a-z0-9-]+)\]\]/g;
const dutchPlain = (s: string) => s.replace(MARKER, (_m, id: string) => termFor(id));

function itemLine(m: Milestone, { lng, t, plain = dutchPlain }: QrLanguage): string {
  const title = plain(t(`milestones.${m.id}.title`));
  const date =
    m.earliest && m.latest && m.earliest !== m.latest
      ? `${shortDate(m.earliest, lng)} – ${shortDate(m.latest, lng)}`
      : shortDate(m.date, lng);
  return `• ${title}: ${date}`;
}

function block(items: readonly Milestone[], lang: QrLanguage, today: ISODate, dropped: boolean): string {
  const plain = lang.plain ?? dutchPlain;
  const lines = [plain(lang.t('ui.qr.heading', { date: shortDate(today, lang.lng) }))];
  for (const m of items) lines.push(itemLine(m, lang));
  if (dropped) lines.push(plain(lang.t('ui.qr.more')));
  lines.push(plain(lang.t('ui.qr.footer')));
  return lines.join('\n');
}

/**
 * Which milestones to leave out first when the text is too long: past events
 * (oldest first), then other past dates (oldest first), then the dates
 * furthest away.
 */
function dropOrder(milestones: readonly Milestone[]): Milestone[] {
  const pastEvents = milestones.filter((m) => m.status === 'past' && m.kind === 'event');
  const pastOther = milestones.filter((m) => m.status === 'past' && m.kind !== 'event');
  const later = milestones.filter((m) => m.status !== 'past').reverse();
  return [...pastEvents, ...pastOther, ...later];
}

/**
 * The QR text for a timeline, in the given languages (the first is the
 * person's own; duplicates are left out). Stays within `maxBytes` (UTF-8) by
 * leaving out milestones in `dropOrder`, and says so in a line.
 */
export function buildQrText(
  timeline: Timeline,
  languages: readonly QrLanguage[],
  today: ISODate,
  maxBytes: number = QR_MAX_BYTES,
): string {
  const langs = languages.filter((l, i) => languages.findIndex((o) => o.lng === l.lng) === i);
  const order = dropOrder(timeline.milestones);
  const gone = new Set<Milestone>();
  for (let n = 0; ; n++) {
    const kept = timeline.milestones.filter((m) => !gone.has(m));
    const text = langs.map((l) => block(kept, l, today, gone.size > 0)).join(QR_SEPARATOR);
    if (byteLength(text) <= maxBytes) return text;
    const next = order[n];
    if (!next) return clip(text, maxBytes);
    gone.add(next);
  }
}

/** Last resort: cut at a character boundary so the result stays valid UTF-8. */
function clip(text: string, maxBytes: number): string {
  let out = '';
  for (const ch of text) {
    if (byteLength(out + ch) > maxBytes) break;
    out += ch;
  }
  return out;
}
