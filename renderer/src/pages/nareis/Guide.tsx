import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  NAREIS_TASKS,
  NAREIS_TASKS_BY_ID,
  checkKey,
  isNareisTaskId,
  mvvDurations,
  nareisTermOn,
  progress,
  type NareisFact,
  type NareisTask,
  type NareisValue,
} from '@core/content/nareis';
import type { Duration as RuleDuration } from '@core/rules/types';
import { formatSourceRef } from '@core/sources/registry';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { BackLink } from '../../components/Layout';
import { plainText, RichText, Tx } from '../../components/Text';
import { useFormatDate } from '../../components/useFormatDate';
import { useFormatDuration, useFormatNumber } from '../procedure/parts';
import { isolate } from '../timeline/dates';
import { CalendarPanel } from './CalendarPanel';
import { useNareisDeadline } from './useNareisDeadline';
import { dataKey } from '../../i18n/keys';

const UNITS = ['years', 'months', 'weeks', 'days'] as const;

/** A rule's duration ({ months: 3 }) as the procedure's { value, unit } for the unit texts. */
function single(d: RuleDuration): { value: number; unit: (typeof UNITS)[number] } {
  for (const unit of UNITS) {
    const value = d[unit];
    if (value) return { value, unit };
  }
  return { value: 0, unit: 'days' };
}

/** The values fact texts take, from the rule and the step (never written in the texts). */
function useFactValues(): Record<NareisValue, string> {
  const duration = useFormatDuration();
  const { caseData } = useApp();
  const { today } = useNareisDeadline();
  const { collect, travel } = mvvDurations();
  return {
    term: isolate(duration(single(nareisTermOn(caseData?.dates.decision ?? today)))),
    collect: isolate(duration(collect)),
    travel: isolate(duration(travel)),
  };
}

/** Where the ticks live: encrypted with the case, with the case unencrypted, or (kiosk) in memory only. The browser preview has its own banner. */
function SaveNote() {
  const { info } = useApp();
  if (info.mode === 'preview') return null;
  const k = info.mode === 'kiosk' || info.encryption === 'memory' ? 'savedKiosk' : info.encryption === 'os' ? 'saved' : 'savedPlain';
  return <Tx ns="nareis" k={k} className="nareis-saved" />;
}

/** The guide's start: the deadline, the tasks with their ticks, the progress. */
export function NareisOverview() {
  const { t } = useTranslation(['nareis', 'procedure']);
  const { nareisDone } = useApp();
  const num = useFormatNumber();
  const all = progress(nareisDone);
  return (
    <div className="nareis">
      <BackLink href="/procedure/step/nareis" label={plainText(t('steps.nareis.title', { ns: 'procedure' }))} />
      <h1>{t('title')}</h1>
      <Tx ns="nareis" k="intro" className="lead" />
      <DeadlineCard />
      <h2>{t('overview')}</h2>
      <p className="nareis-progress" data-done={all.done}>
        {t('progress', { done: num(all.done), total: num(all.total) })}
      </p>
      <ol className="nareis-tasks">
        {NAREIS_TASKS.map((task) => {
          const p = taskProgress(task, nareisDone);
          return (
            <li key={task.id}>
              <Link href={`/${task.id}`}>
                <Icon name={p.done === p.total ? 'check' : task.icon} />
                <span>{plainText(t(`tasks.${task.id}.title`))}</span>
                <span className="nareis-tasks__count">{t('progress', { done: num(p.done), total: num(p.total) })}</span>
              </Link>
            </li>
          );
        })}
      </ol>
      <SaveNote />
      <Tx ns="nareis" k="advice" className="tl-disclaimer" />
    </div>
  );
}

function taskProgress(task: NareisTask, done: readonly string[]): { done: number; total: number } {
  const set = new Set(done);
  return { done: task.checks.filter((c) => set.has(checkKey(task.id, c))).length, total: task.checks.length };
}

/** The person's last day (from the timeline) and the days left, or how to get it. */
function DeadlineCard({ withCalendar = false }: { withCalendar?: boolean }) {
  const { t } = useTranslation('nareis');
  const fmt = useFormatDate();
  const { milestone, daysLeft, timeline } = useNareisDeadline();
  return (
    <section className="card nareis-deadline" aria-labelledby="nareis-deadline-h">
      <h2 id="nareis-deadline-h">
        <Icon name="clock" /> {t('deadline.title')}
      </h2>
      {milestone && daysLeft !== null ? (
        <>
          <p className="nareis-deadline__date">{t('deadline.date', { date: isolate(fmt(milestone.date)) })}</p>
          {daysLeft > 0 && (
            <p className="nareis-deadline__days" data-days={daysLeft}>
              {t('deadline.left', { count: daysLeft })}
            </p>
          )}
          {daysLeft === 0 && <p className="nareis-deadline__days">{t('deadline.today')}</p>}
          {daysLeft < 0 && <Tx ns="nareis" k="deadline.past" />}
          <p className="tl-cite">
            {t('deadline.fromTimeline')} <Link href="~/timeline">{t('reminder.open')}</Link>
          </p>
          {withCalendar && timeline && daysLeft >= 0 && <CalendarPanel timeline={timeline} ids={[milestone.id]} headingLevel={3} />}
        </>
      ) : (
        <>
          <Tx ns="nareis" k="deadline.noCase" />
          <Link href="~/timeline/case" className="button">
            <Icon name="calendar" /> {t('deadline.toCase')}
          </Link>
        </>
      )}
    </section>
  );
}

function Fact({ task, fact, values }: { task: NareisTask; fact: NareisFact; values: Record<NareisValue, string> }) {
  const { t } = useTranslation('nareis');
  const picked = Object.fromEntries((fact.values ?? []).map((v) => [v, values[v]]));
  return (
    <div className="nareis-fact">
      <Tx ns="nareis" k={dataKey('nareis', `tasks.${task.id}.facts.${fact.id}`)} values={picked} />
      <p className="nareis-fact__cite tl-cite">
        {t('sources')}: <bdi lang="nl">{[...new Set(fact.sources.map(formatSourceRef))].join('; ')}</bdi>
      </p>
    </div>
  );
}

/** One task per screen: facts with sources, what is not known, the checklist, previous / next. */
export function NareisTaskPage({ id }: { id: string }) {
  const { t } = useTranslation('nareis');
  const num = useFormatNumber();
  const values = useFactValues();
  const { nareisDone, saveNareisDone } = useApp();
  const [failed, setFailed] = useState(false);
  if (!isNareisTaskId(id)) {
    return (
      <div className="nareis">
        <BackLink href="/nareis" label={t('overview')} />
        <h1>{t('title')}</h1>
      </div>
    );
  }
  const task = NAREIS_TASKS_BY_ID[id];
  const index = NAREIS_TASKS.indexOf(task);
  const prev = NAREIS_TASKS[index - 1];
  const next = NAREIS_TASKS[index + 1];
  const done = new Set(nareisDone);

  async function tick(key: string, on: boolean) {
    setFailed(false);
    const nextDone = on ? [...nareisDone.filter((k) => k !== key), key] : nareisDone.filter((k) => k !== key);
    try {
      await saveNareisDone(nextDone);
    } catch {
      setFailed(true);
    }
  }

  return (
    <article className="nareis nareis-task" data-task={task.id}>
      <BackLink href="/nareis" label={t('overview')} />
      <p className="nareis-task__n">{t('task', { n: num(index + 1), total: num(NAREIS_TASKS.length) })}</p>
      <h1>
        <Icon name={task.icon} size={40} /> <RichText text={t(`tasks.${task.id}.title`)} links={false} />
      </h1>
      {task.facts.map((f) => (
        <Fact key={f.id} task={task} fact={f} values={values} />
      ))}
      {task.unknown && (
        <div className="nareis-unknown">
          <p>
            <strong>{t('notKnown')}</strong>
          </p>
          <Tx ns="nareis" k={dataKey('nareis', `tasks.${task.id}.unknown`)} />
        </div>
      )}
      {task.showsDeadline && <DeadlineCard withCalendar />}
      {task.id === 'help' && (
        <p>
          <Link href="~/help" className="button">
            <Icon name="help" /> {t('tasks.help.link')}
          </Link>
        </p>
      )}
      <section className="card" aria-labelledby="nareis-checklist-h">
        <h2 id="nareis-checklist-h">
          <Icon name="check" /> {t('checklist')}
        </h2>
        <ul className="nareis-checklist">
          {task.checks.map((c) => {
            const key = checkKey(task.id, c);
            return (
              <li key={key}>
                <label className="check">
                  <input type="checkbox" name={key} checked={done.has(key)} onChange={(e) => void tick(key, e.target.checked)} />
                  <span>
                    <RichText text={t(dataKey('nareis', `tasks.${task.id}.checks.${c}`))} links={false} />
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {failed && (
          <p className="field-error" role="alert">
            {t('saveFailed')}
          </p>
        )}
        <SaveNote />
      </section>
      <nav className="nareis-nav" aria-label={t('overview')}>
        {prev && (
          <Link href={`/${prev.id}`} className="button">
            <Icon name="arrow-back" /> {t('previous')}
          </Link>
        )}
        {next ? (
          <Link href={`/${next.id}`} className="button button--primary">
            {t('next')} <Icon name="arrow-forward" />
          </Link>
        ) : (
          <Link href="/" className="button button--primary">
            {t('overview')}
          </Link>
        )}
      </nav>
      <Tx ns="nareis" k="advice" className="tl-disclaimer" />
    </article>
  );
}
