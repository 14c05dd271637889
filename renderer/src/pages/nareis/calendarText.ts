import type { CalendarText } from '@core/calendar';
import type { Milestone } from '@core/timeline';
import { termFor } from '../../content/terms';
import type { KeyedT } from '../../i18n/keys';

/**
 * The words inside a calendar event: the person's language first, then Dutch
 * (so a support worker can read it too). Pure: no React, no DOM.
 */

export interface EventLanguage {
  lng: string;
  /** `timeline` namespace: milestone titles and kind labels. */
  timeline: KeyedT<'timeline'>;
  /** `nareis` namespace: the description line. */
  nareis: KeyedT<'nareis'>;
}

const MARKER = /\[\[([a-z0-9-]+)\]\]/g;
const plain = (s: string) => s.replace(MARKER, (_m, id: string) => termFor(id));

/** Languages in order, without duplicates (Dutch once when the person reads Dutch). */
function distinct(langs: readonly EventLanguage[]): EventLanguage[] {
  return langs.filter((l, i) => langs.findIndex((o) => o.lng === l.lng) === i);
}

export function calendarText(languages: readonly EventLanguage[]): CalendarText {
  const langs = distinct(languages);
  return {
    title: (m: Milestone) => langs.map((l) => plain(l.timeline(`milestones.${m.id}.title`))).join(' — '),
    description: (m: Milestone) =>
      langs
        .map((l) => plain(l.nareis('calendar.description', { kind: plain(l.timeline(`kinds.${m.kind}`)) })))
        .join('\n'),
  };
}
