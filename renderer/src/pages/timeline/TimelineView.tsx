import { Fragment, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TFunction } from 'i18next';
import { daysBetween, type ISODate } from '@core/domain/dates';
import { RULE_PERIODS } from '@core/rules';
import { formatSourceRef, isSourceId, type SourceRef } from '@core/sources/registry';
import {
  decisionOverdue,
  MILESTONE_KINDS,
  OVERDUE_REFS,
  type Milestone,
  type Timeline,
} from '@core/timeline';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { canPrint, printPage } from '../../components/PrintButton';
import { BackLink } from '../../components/Layout';
import { Tx } from '../../components/Text';
import { localToday } from '../../components/dateParts';
import { isolate, useDateTexts, type DateTexts } from './dates';
import { useIssueText } from './issues';
import { useCaseView } from './useCaseView';
import { QrPanel } from './QrPanel';

// Issue 15: deadlines into the person's calendar (.ics) and one QR code per date; its own chunk.
const CalendarPanel = lazy(() => import('../nareis/CalendarPanel').then((m) => ({ default: m.CalendarPanel })));
import { useFixedT } from './useFixedT';
import { aboutSpan, nextSteps } from './nextSteps';

/** "My timeline": the person's dates and what follows from them, or a start card when there are none. */
export function TimelineView() {
  const { t } = useTranslation('timeline');
  const view = useCaseView();
  const [deleted, setDeleted] = useState(false);
  const today = view?.today ?? localToday();
  const timeline = view?.timeline ?? null;

  return (
    <div className="timeline-page">
      <BackLink href="/home" label={t('shell.home', { ns: 'common' })} />
      <h1>{t('ui.title')}</h1>
      <Tx ns="timeline" k="ui.intro" className="lead" />
      {deleted && (
        <p className="tl-status-msg" role="status" tabIndex={-1} ref={(el) => el?.focus()}>
          <Icon name="check" /> {t('ui.actions.deleted')}
        </p>
      )}
      {timeline ? (
        <Filled timeline={timeline} today={today} onDeleted={() => setDeleted(true)} />
      ) : (
        <section className="card start-card" aria-labelledby="start-h">
          <h2 id="start-h">
            <Icon name="calendar" /> {t('ui.start.title')}
          </h2>
          <Tx ns="timeline" k="ui.start.text" />
          <Tx ns="timeline" k="ui.start.privacy" />
          <Link href="/case" className="button button--primary button--big">
            <Icon name="arrow-forward" /> {t('ui.start.button')}
          </Link>
        </section>
      )}
      <Tx ns="timeline" k="ui.disclaimer" className="tl-disclaimer" />
    </div>
  );
}

function Filled({ timeline, today, onDeleted }: { timeline: Timeline; today: ISODate; onDeleted(): void }) {
  const { t } = useTranslation('timeline');
  const dates = useDateTexts();
  const nlT = useFixedT('nl');
  const dutch = dates.lng === 'nl' ? null : nlT;
  const issueText = useIssueText();
  const view = useCaseView();
  const overdue = view ? view.overdue : decisionOverdue(timeline, today);
  const next = nextSteps(timeline);
  const notices = timeline.issues.map(issueText).filter((s, i, all) => all.indexOf(s) === i);

  return (
    <>
      <NextCard next={next} overdue={overdue} today={today} dates={dates} />

      {notices.length > 0 && (
        <section className="card tl-notices" aria-labelledby="notices-h">
          <h2 id="notices-h">
            <Icon name="info" /> {t('ui.issues.title')}
          </h2>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <Link href="/case" className="button no-print">
            <Icon name="calendar" /> {t('ui.actions.edit')}
          </Link>
        </section>
      )}

      <section aria-labelledby="list-h" className="tl-section">
        <h2 id="list-h">{t('ui.list.title')}</h2>
        <Legend />
        <ol className="tl">
          {timeline.milestones.map((m, i) => {
            const before = timeline.milestones[i - 1];
            const markToday = m.status !== 'past' && (!before || before.status === 'past');
            return (
              <Fragment key={`${m.id}-${i}`}>
                {markToday && <TodayMark today={today} dates={dates} />}
                <MilestoneItem m={m} dates={dates} dutch={dutch} />
              </Fragment>
            );
          })}
          {(timeline.milestones.length === 0 || timeline.milestones.every((m) => m.status === 'past')) && (
            <TodayMark today={today} dates={dates} />
          )}
        </ol>
      </section>

      <RuleSet id={timeline.ruleSet} dates={dates} />

      <Suspense fallback={null}>
        <CalendarPanel timeline={timeline} />
      </Suspense>

      <Actions timeline={timeline} today={today} dates={dates} onDeleted={onDeleted} />
    </>
  );
}

function TodayMark({ today, dates }: { today: ISODate; dates: DateTexts }) {
  const { t } = useTranslation('timeline');
  return (
    <li className="tl-today" aria-current="date">
      <span className="tl-marker tl-marker--today" aria-hidden="true" />
      <p className="tl-today__text">
        <Icon name="arrow-forward" /> {t('ui.list.today', { date: isolate(dates.long(today)) })}
      </p>
    </li>
  );
}

function Legend() {
  const { t } = useTranslation('timeline');
  return (
    <details className="tl-legend" open>
      <summary>{t('ui.legend.title')}</summary>
      <ul>
        {MILESTONE_KINDS.map((k) => (
          <li key={k} className={`tl-legend__item tl-legend__item--${k}`}>
            <span className={`tl-glyph tl-glyph--${k}`} aria-hidden="true" />
            <span>{t(`ui.legend.${k}`)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function KindLabel({ m }: { m: Milestone }) {
  const { t } = useTranslation('timeline');
  return (
    <span className={`tl-kind tl-kind--${m.kind}`}>
      <span className={`tl-glyph tl-glyph--${m.kind}`} aria-hidden="true" />
      {t(`kinds.${m.kind}`)}
      {m.kind === 'estimate' && m.statYear !== undefined && <> · {t('ui.item.average', { year: m.statYear })}</>}
    </span>
  );
}

function DateLine({ m, dates }: { m: Milestone; dates: DateTexts }) {
  const { t } = useTranslation('timeline');
  const local = dates.local(m.date);
  // A conditional or not-yet-known date: the earliest is the date to act on; the later one is shown after it.
  const actOn = m.kind === 'conditional-deadline' || m.kind === 'not-yet-known';
  const range = !actOn && m.earliest && m.latest && m.earliest !== m.latest;
  return (
    <p className="tl-item__date">
      <Icon name="calendar" />{' '}
      {range ? (
        <span>{t('ui.item.range', { from: isolate(dates.long(m.earliest!)), to: isolate(dates.long(m.latest!)) })}</span>
      ) : (
        <bdi className="tl-date">{dates.long(m.date)}</bdi>
      )}
      {local && !range && (
        <span className="tl-item__local">
          {' '}
          ({t('ui.item.localCalendar', { date: isolate(local) })})
        </span>
      )}
      {actOn && m.latest && m.latest !== m.date && (
        <span className="tl-item__later"> {t('ui.item.later', { date: isolate(dates.long(m.latest)) })}</span>
      )}
    </p>
  );
}

/** Deadlines (also those with a condition) show the Dutch sentence beside them in an unreviewed language. */
function isDeadline(m: Milestone): boolean {
  return m.kind === 'legal-deadline' || m.kind === 'conditional-deadline';
}

function sourceRefs(m: Milestone): SourceRef[] {
  if (m.refs && m.refs.length > 0) return m.refs;
  return m.sources.filter(isSourceId).map((id) => ({ id }));
}

function MilestoneItem({ m, dates, dutch }: { m: Milestone; dates: DateTexts; dutch: TFunction<'timeline'> | null }) {
  const { t } = useTranslation('timeline');
  const values = {
    ...m.values,
    date: isolate(dates.long(m.date)),
    year: m.statYear,
    latest: m.latest ? isolate(dates.long(m.latest)) : '',
  };
  const refs = sourceRefs(m);
  const legal = isDeadline(m);
  return (
    <li className={`tl-item tl-item--${m.kind} tl-item--${m.status}`} data-kind={m.kind} data-status={m.status} data-id={m.id}>
      <span className={`tl-marker tl-marker--${m.kind}`} aria-hidden="true" />
      <article className="tl-card" aria-labelledby={`tl-${m.id}-title`}>
        <p className="tl-item__meta">
          <KindLabel m={m} />
          <span className="tl-item__status">
            {m.status === 'past' && <Icon name="check" size={18} />} {t(`status.${m.status}`)}
          </span>
        </p>
        <Tx ns="timeline" as="h3" k={`milestones.${m.id}.title`} className="tl-item__title" id={`tl-${m.id}-title`} reference={legal} />
        {dutch && (
          <p className="tl-item__nl">
            {t('ui.item.dutch')}{' '}
            <bdi lang="nl" className="nl-term">
              {dutch(`milestones.${m.id}.title`)}
            </bdi>
          </p>
        )}
        <DateLine m={m} dates={dates} />
        <Tx ns="timeline" k={`milestones.${m.id}.explain`} values={values} reference={legal} />
        {m.adjusted && <Tx ns="timeline" k={`adjusted.${m.adjusted}`} className="tl-note" />}
        {m.notes && m.notes.length > 0 && (
          <div className="tl-notes">
            {m.notes.map((n) => (
              <Tx key={n} ns="timeline" k={`notes.${n}`} values={values} className="tl-note" />
            ))}
          </div>
        )}
        <div className="tl-item__links">
          {m.step && (
            <Link href={`~/procedure/step/${m.step}`} className="tl-link">
              <span>{t('ui.item.step')}</span> <Icon name="arrow-forward" />
            </Link>
          )}
          {refs.length > 0 && (
            <details className="tl-sources">
              <summary>{t('ui.item.sources')}</summary>
              <ul>
                {refs.map((r, i) => (
                  <li key={i}>
                    <bdi lang="nl">{formatSourceRef(r)}</bdi>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </article>
    </li>
  );
}

/** "That is in 5 days." / "That is in about 4 years and 3 months." */
function InTime({ today, date }: { today: ISODate; date: ISODate }) {
  const { t } = useTranslation('timeline');
  const days = daysBetween(today, date);
  const span = aboutSpan(today, date);
  let text: string;
  if (days === 0) text = t('ui.next.isToday');
  else if (!span) text = t('ui.next.inDays', { count: days });
  else {
    const years = span.years > 0 ? t('ui.next.years', { count: span.years }) : null;
    const months = span.months > 0 ? t('ui.next.months', { count: span.months }) : null;
    text =
      years && months
        ? t('ui.next.inAboutBoth', { years, months })
        : t('ui.next.inAbout', { span: years ?? months ?? '' });
  }
  return <p className="next-card__days">{text}</p>;
}

function NextCard({ next, overdue, today, dates }: { next: Milestone[]; overdue: boolean; today: ISODate; dates: DateTexts }) {
  const { t } = useTranslation('timeline');
  return (
    <section
      className={overdue ? 'card next-card next-card--overdue' : 'card next-card'}
      aria-labelledby={overdue ? 'overdue-h' : 'next-h'}
    >
      {overdue && (
        <div className="overdue">
          <h2 id="overdue-h">
            <Icon name="warning" /> {t('overdue.title')}
          </h2>
          <Tx ns="timeline" k="overdue.explain" reference />
          <Tx ns="timeline" k="overdue.lawyer" reference />
          <ol className="overdue__steps">
            <li>
              <Tx ns="timeline" k="overdue.ingebrekestelling" />
              <p className="tl-cite">
                <bdi lang="nl">
                  {t('ui.item.law', { ref: `${formatSourceRef(OVERDUE_REFS[0]!)}; ${formatSourceRef(OVERDUE_REFS[1]!)}` })}
                </bdi>
              </p>
            </li>
            <li>
              <Tx ns="timeline" k="overdue.beroep" />
              <p className="tl-cite">
                <bdi lang="nl">{t('ui.item.law', { ref: formatSourceRef(OVERDUE_REFS[0]!) })}</bdi>
              </p>
            </li>
          </ol>
          <Tx ns="timeline" k="overdue.dwangsom" />
          <p className="tl-cite">
            <bdi lang="nl">{t('ui.item.law', { ref: formatSourceRef(OVERDUE_REFS[2]!) })}</bdi>
          </p>
        </div>
      )}
      <h2 id="next-h">
        <Icon name="clock" /> {t('ui.next.title')}
      </h2>
      {next.length > 0 ? (
        // The nearest date and those within two weeks of it, the ones that need an action first (nextSteps).
        next.map((m) => {
          const legal = isDeadline(m);
          const values = { ...m.values, date: isolate(dates.long(m.date)), year: m.statYear, latest: m.latest ? isolate(dates.long(m.latest)) : '' };
          return (
            <div className="next-card__body" data-id={m.id} key={m.id}>
              <p className="tl-item__meta">
                <KindLabel m={m} />
              </p>
              <Tx ns="timeline" k={`milestones.${m.id}.title`} className="next-card__title" reference={legal} />
              <DateLine m={m} dates={dates} />
              <InTime today={today} date={m.date} />
              <Tx ns="timeline" k={`milestones.${m.id}.explain`} values={values} reference={legal} />
            </div>
          );
        })
      ) : (
        <Tx ns="timeline" k="ui.next.none" />
      )}
    </section>
  );
}

function RuleSet({ id, dates }: { id: string; dates: DateTexts }) {
  const { t } = useTranslation('timeline');
  const period = RULE_PERIODS.find((p) => p.id === id);
  let line: string;
  if (!period) line = t('ui.ruleSet.unknown');
  else if (period.from) line = t('ui.ruleSet.from', { date: isolate(dates.long(period.from)), name: t(`ruleSets.${period.id}`) });
  else if (period.until) line = t('ui.ruleSet.until', { date: isolate(dates.long(period.until)), name: t(`ruleSets.${period.id}`) });
  else line = t(`ruleSets.${period.id}`);
  return (
    <section className="tl-ruleset" data-ruleset={id}>
      <p>
        <Icon name="book" /> {line}
      </p>
      <Tx ns="timeline" k="ui.ruleSet.why" />
    </section>
  );
}

function Actions({ timeline, today, dates, onDeleted }: { timeline: Timeline; today: ISODate; dates: DateTexts; onDeleted(): void }) {
  const { t } = useTranslation('timeline');
  const { info, deleteAll } = useApp();
  const [qrOpen, setQrOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<'printSaved' | 'printFailed' | 'deleteFailed' | null>(null);
  const printable = canPrint(info);

  async function print() {
    setMessage(null);
    const outcome = await printPage(`${t('ui.title')} – ${dates.long(today)}`);
    if (outcome === 'saved') setMessage('printSaved');
    else if (outcome === 'failed' || outcome === 'refused') setMessage('printFailed');
  }

  async function remove() {
    setMessage(null);
    try {
      await deleteAll();
      onDeleted();
    } catch {
      setMessage('deleteFailed');
      setConfirming(false);
    }
  }

  return (
    <section className="card tl-actions no-print" aria-labelledby="actions-h">
      <h2 id="actions-h">{t('ui.actions.title')}</h2>
      <div className="tl-actions__row">
        <Link href="/case" className="button">
          <Icon name="calendar" /> {t('ui.actions.edit')}
        </Link>
        {printable && (
          <button type="button" className="button" onClick={() => void print()}>
            <Icon name="print" /> {t('ui.actions.print')}
          </button>
        )}
        <button type="button" className="button" aria-expanded={qrOpen} aria-controls="tl-qr" onClick={() => setQrOpen((o) => !o)}>
          <Icon name="arrow-forward" /> {qrOpen ? t('ui.actions.qrHide') : t('ui.actions.qr')}
        </button>
        {!confirming && (
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            <Icon name="trash" /> {t('ui.actions.delete')}
          </button>
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="tl-confirm-h" className="confirm tl-confirm">
          <p id="tl-confirm-h">{t('ui.actions.deleteConfirm')}</p>
          <button type="button" className="button button--danger" autoFocus onClick={() => void remove()}>
            <Icon name="trash" /> {t('ui.actions.deleteYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('ui.actions.deleteNo')}
          </button>
        </div>
      )}
      <p className="tl-status-msg" role="status">
        {message && t(`ui.actions.${message}`)}
      </p>
      {qrOpen && <QrPanel id="tl-qr" timeline={timeline} today={today} />}
    </section>
  );
}
