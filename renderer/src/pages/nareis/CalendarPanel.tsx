import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALARM_DAYS_BEFORE,
  CALENDAR_KINDS,
  DEFAULT_CALENDAR_KINDS,
  calendarMilestones,
  toICalendar,
  toVEvent,
  type CalendarKind,
  type CalendarText,
} from '@core/calendar';
import type { Milestone, Timeline } from '@core/timeline';
import { api } from '../../api';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { plainText, Tx } from '../../components/Text';
import { useFormatDate } from '../../components/useFormatDate';
import { useFormatDuration } from '../procedure/parts';
import { useFixedT } from '../timeline/useFixedT';
import { calendarText, type EventLanguage } from './calendarText';
import { EVENT_QR_SIZE, eventQrSvg } from './qr';
import './nareis.css';

type SaveState = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'failed' } | null;

/**
 * "Take the date with you": on the person's own computer an .ics file through
 * the main process (never on a kiosk: no file dialog there), and everywhere a
 * QR code per date holding one calendar event, for a phone camera.
 * `ids` fixes the dates (the nareis guide); without it the person picks kinds.
 */
export function CalendarPanel({ timeline, ids, headingLevel = 2 }: { timeline: Timeline; ids?: readonly string[]; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('nareis');
  const { t: tl } = useTranslation('timeline');
  const { info } = useApp();
  const nlTimeline = useFixedT('nl', 'timeline');
  const nlNareis = useFixedT('nl', 'nareis');
  const duration = useFormatDuration();
  const [kinds, setKinds] = useState<readonly CalendarKind[]>(DEFAULT_CALENDAR_KINDS);
  const [saved, setSaved] = useState<SaveState>(null);
  const [qrOpen, setQrOpen] = useState(false);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const lng = i18n.language;

  const chosen = useMemo(() => calendarMilestones(timeline, ids ? { ids } : { kinds }), [timeline, ids, kinds]);
  const text = useMemo(() => {
    const own: EventLanguage = {
      lng,
      timeline: (k, o) => String(i18n.getFixedT(lng, 'timeline')(k, o ?? {})),
      nareis: (k, o) => String(i18n.getFixedT(lng, 'nareis')(k, o ?? {})),
    };
    const nl: EventLanguage = {
      lng: 'nl',
      timeline: (k, o) => String(nlTimeline(k, o ?? {})),
      nareis: (k, o) => String(nlNareis(k, o ?? {})),
    };
    return calendarText([own, nl]);
  }, [i18n, lng, nlTimeline, nlNareis]);

  async function addToCalendar() {
    setSaved(null);
    try {
      const path = await api.saveCalendar({ fileName: t('calendar.fileName'), ics: toICalendar(timeline, text, ids ? { ids } : { kinds }) });
      setSaved(path ? { kind: 'saved', path } : { kind: 'cancelled' });
    } catch {
      setSaved({ kind: 'failed' });
    }
  }

  const toggle = (k: CalendarKind) => setKinds((prev) => (prev.includes(k) ? prev.filter((x) => x !== k) : [...prev, k]));
  const [first, second] = ALARM_DAYS_BEFORE.map((value) => duration({ value, unit: 'days' }));

  return (
    <section className="card cal-panel" aria-labelledby="cal-panel-h">
      <H id="cal-panel-h">
        <Icon name="calendar" /> {t('calendar.title')}
      </H>
      {!ids && (
        <fieldset className="choice-group">
          <legend className="choice-group__legend">{t('calendar.kinds')}</legend>
          <div className="case-choices">
            {CALENDAR_KINDS.map((k) => (
              <label key={k} className="check">
                <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggle(k)} />
                <span>{tl(`kinds.${k}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {chosen.length === 0 ? (
        <p>{t('calendar.none')}</p>
      ) : (
        <>
          {info.mode !== 'kiosk' && (
            <div className="cal-panel__save">
              <button type="button" className="button button--primary" onClick={() => void addToCalendar()}>
                <Icon name="calendar" /> {t('calendar.add')}
              </button>
              <Tx ns="nareis" k="calendar.addHelp" values={{ first, second }} />
              <p role="status" className="cal-panel__status">
                {saved?.kind === 'saved' && t('calendar.saved', { path: saved.path })}
                {saved?.kind === 'cancelled' && t('calendar.cancelled')}
                {saved?.kind === 'failed' && <span className="field-error">{t('calendar.failed')}</span>}
              </p>
            </div>
          )}
          {ids ? (
            <>
              <H className="cal-panel__qr-h">{t('calendar.qrTitle')}</H>
              <Tx ns="nareis" k="calendar.qrHelp" />
              <EventQrList milestones={chosen} text={text} />
            </>
          ) : (
            // On the timeline the codes wait behind a summary: drawn only when the person opens it.
            <details className="cal-panel__qr" onToggle={(e) => setQrOpen((e.target as HTMLDetailsElement).open)}>
              <summary>{t('calendar.qrTitle')}</summary>
              <Tx ns="nareis" k="calendar.qrHelp" />
              {qrOpen && <EventQrList milestones={chosen} text={text} />}
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** One code per date; the title only (own language and Dutch): a shorter code is easier for a phone to read. */
function EventQrList({ milestones, text }: { milestones: readonly Milestone[]; text: CalendarText }) {
  const { t: tl } = useTranslation('timeline');
  const fmt = useFormatDate();
  return (
    <ul className="cal-panel__codes" role="list">
      {milestones.map((m) => (
        <EventQr
          key={`${m.id}-${m.date}`}
          m={m}
          vevent={toVEvent(m, { title: text.title })}
          title={plainText(tl(`milestones.${m.id}.title`))}
          date={fmt(m.date)}
        />
      ))}
    </ul>
  );
}

function EventQr({ m, vevent, title, date }: { m: Milestone; vevent: string; title: string; date: string }) {
  const { t } = useTranslation('nareis');
  const [src, setSrc] = useState<string | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    eventQrSvg(vevent)
      .then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setSrc('failed'));
    return () => {
      live = false;
    };
  }, [vevent]);
  return (
    <li className="cal-panel__code" data-id={m.id}>
      <p className="cal-panel__code-title">
        <strong>{title}</strong>: {date}
      </p>
      {src === 'failed' && <p className="field-error">{t('calendar.qrFailed')}</p>}
      {src && src !== 'failed' && (
        <img className="cal-panel__img" src={src} width={EVENT_QR_SIZE} height={EVENT_QR_SIZE} alt={t('calendar.qrAlt', { title, date })} />
      )}
    </li>
  );
}
