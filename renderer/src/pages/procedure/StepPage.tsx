import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ACTORS } from '@core/content/actors';
import {
  durationsFor,
  figuresFor,
  getStep,
  isStepId,
  type Duration,
  type DurationKind,
  type Step,
  type StepId,
  type TrackId,
} from '@core/content/procedure';
import type { PublishedFigure } from '@core/rules/statistics';
import { formatSourceRef, type SourceRef } from '@core/sources/registry';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { BackLink } from '../../components/Layout';
import { plainText, Tx } from '../../components/Text';
import { formatNumber } from '../../i18n/format';
import { existsIn, neighbours, onTrack, tracksIn } from './model';
import { dataKey } from '../../i18n/keys';
import { BiSpan, PeriodBar, useFormatDate, useFormatDuration, useFormatNumber, useStepTitle } from './parts';
import { useProcedure } from './state';

/** Issue 15: the nareis step leads to the step-by-step guide. */
function NareisGuideLink() {
  const { t } = useTranslation('nareis');
  return (
    <p>
      <Link href="~/nareis" className="button button--primary">
        <Icon name="check" /> {t('open')}
      </Link>
    </p>
  );
}

/** A step of the procedure: what happens, what to do, rights, times, questions and sources. */
export function StepPage({ id }: { id: string }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  if (!isStepId(id)) {
    return (
      <div className="proc">
        <BackLink href="/procedure" label={t('step.backToMap')} />
        <h1>{t('step.notFound')}</h1>
        <p>
          <Link href="/">{t('step.backToMap')}</Link>
        </p>
      </div>
    );
  }
  return <StepView step={getStep(id)} />;
}

function StepView({ step }: { step: Step }) {
  // All the catalogs the step's parts read, loaded here at once: a part that waited for its own would hide the page.
  const { t } = useTranslation(['procedureUi', 'procedure', 'help']);
  const st = useProcedure();
  const { period } = st;
  const key = `steps.${step.id}` as const;

  // The track along which "previous / next" is shown: the chosen one, else the person's own,
  // else the only track this step belongs to.
  const stepTracks = tracksIn(period).filter((tr) => onTrack(step.id, tr, period));
  const track: TrackId | null =
    (st.track && stepTracks.includes(st.track) ? st.track : null) ??
    (st.caseTrack && stepTracks.includes(st.caseTrack) ? st.caseTrack : null) ??
    (stepTracks.length === 1 ? (stepTracks[0] ?? null) : null);

  return (
    <article className="proc proc-step" data-step={step.id}>
      <BackLink href="/procedure" label={t('step.backToMap')} />
      <StepHeader step={step} here={st.current === step.id} />
      <Tx ns="procedure" k={`${key}.summary`} className="lead" />
      {step.id === 'nareis' && <NareisGuideLink />}
      <PeriodBar />
      {!existsIn(step.id, period) && (
        <p className="proc-warn">
          <Icon name="warning" /> {t('step.notInPeriod')}
        </p>
      )}
      <Who step={step} />
      {step.periodNotes?.includes(period) && (
        <Section title={t('step.periodNote')} icon="calendar" className="proc-note">
          <Tx ns="procedure" k={dataKey('procedure', `${key}.periodNotes.${period}`)} />
        </Section>
      )}
      <Section title={t('step.whatHappens')} icon="info">
        <Tx ns="procedure" k={`${key}.whatHappens`} />
      </Section>
      <Section title={t('step.whatToDo')} icon="check">
        <Tx ns="procedure" k={`${key}.whatToDo`} reference />
      </Section>
      <Section title={t('step.rights')} icon="shield">
        <Tx ns="procedure" k={`${key}.rights`} />
      </Section>
      <Durations step={step} track={track} />
      <Figures step={step} track={track} />
      <Faq step={step} />
      <Along step={step} track={track} stepTracks={stepTracks} />
      <StepSources step={step} />
    </article>
  );
}

/** The step's name in the person's language with the official Dutch term beside it. */
function StepHeader({ step, here }: { step: Step; here: boolean }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  return (
    <header className="proc-step__head">
      <span className="proc-step__icon">
        <Icon name={step.icon} size={48} />
      </span>
      <div>
        <h1>
          {plainText(t(`steps.${step.id}.title`, { ns: 'procedure' }))}{' '}
          <bdi lang="nl" className="proc-step__nl">
            {step.dutchTerm}
          </bdi>
        </h1>
        {here && <p className="proc-here">{t('step.youAreHere')}</p>}
      </div>
    </header>
  );
}

/** The organisations the person deals with at this step; their Dutch names beside, unless the app is in Dutch. */
function Who({ step }: { step: Step }) {
  const { t, i18n } = useTranslation(['procedureUi', 'help']);
  const showDutchNames = !i18n.language.startsWith('nl');
  return (
    <Section title={t('step.who')} icon="people">
      <ul className="proc-actors">
        {step.actors.map((a) => (
          <li key={a}>
            <span className="proc-actors__name">{t(`actors.${a}.name`, { ns: 'help' })}</span>
            {showDutchNames && (
              <>
                {' '}
                <bdi lang="nl" className="proc-actors__nl">
                  {ACTORS[a].dutchName}
                </bdi>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The step's common questions, each opened on its own. */
function Faq({ step }: { step: Step }) {
  const { t } = useTranslation('procedureUi');
  if (step.faqCount === 0) return null;
  return (
    <Section title={t('step.faq')} icon="help">
      {Array.from({ length: step.faqCount }, (_, i) => (
        <details key={i} className="proc-faq">
          <summary>
            <BiSpan ns="procedure" k={dataKey('procedure', `steps.${step.id}.faq.q${i + 1}`)} />
          </summary>
          <Tx ns="procedure" k={dataKey('procedure', `steps.${step.id}.faq.a${i + 1}`)} />
        </details>
      ))}
    </Section>
  );
}

/** Where the step's facts come from, and when they were last checked. */
function StepSources({ step }: { step: Step }) {
  const { t } = useTranslation('procedureUi');
  const fmtDate = useFormatDate();
  const num = useFormatNumber();
  return (
    <section className="proc-sources" aria-label={t('step.sources')}>
      <details>
        <summary>
          <Icon name="book" /> {t('step.sources')} ({num(step.sources.length)})
        </summary>
        <ul>
          {step.sources.map((s, i) => (
            <li key={i}>
              <SourceText refs={[s]} />
            </li>
          ))}
        </ul>
      </details>
      <p className="proc-muted">{t('step.lastChecked', { date: fmtDate(step.lastChecked) })}</p>
    </section>
  );
}

function Section(props: { title: string; icon: string; className?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={`proc-section ${props.className ?? ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Icon name={props.icon} /> {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** Source titles are Dutch and never translated. */
function SourceText({ refs }: { refs: readonly SourceRef[] }) {
  return <bdi lang="nl">{refs.map(formatSourceRef).join('; ')}</bdi>;
}

const KIND_ORDER: readonly DurationKind[] = ['legal', 'target', 'average'];
const KIND_ICON: Record<DurationKind, string> = { legal: 'shield', target: 'calendar', average: 'clock' };

/** Legal terms (with their law), agreed aims, and published averages (with their year): each visibly its own kind. */
function Durations({ step, track }: { step: Step; track: TrackId | null }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  const { period } = useProcedure();
  const fmt = useFormatDuration();
  const list = durationsFor(step, { period, ...(track ? { track } : {}) });
  return (
    <Section title={t('step.durations')} icon="clock">
      {list.length === 0 && <p>{t('step.noDurations')}</p>}
      {KIND_ORDER.map((kind) => {
        const items = list.filter((d) => d.kind === kind);
        if (items.length === 0) return null;
        return (
          <div key={kind} className={`proc-durgroup proc-durgroup--${kind}`}>
            <h3>
              <Icon name={KIND_ICON[kind]} /> {t(`kinds.${kind}Title`)}
            </h3>
            <p className="proc-muted">{t(`kinds.${kind}Hint`)}</p>
            <ul className="proc-durs">
              {items.map((d) => (
                <DurationItem key={d.id} d={d} value={fmt(d)} />
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}

function DurationItem({ d, value }: { d: Duration; value: string }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  const kindLabel = d.kind === 'average' ? t('kinds.average', { year: d.year }) : t(`kinds.${d.kind}`);
  return (
    <li className={`proc-dur proc-dur--${d.kind}`} data-duration={d.id}>
      <p className="proc-dur__top">
        <span className="proc-dur__value">{value}</span>
        <span className="proc-dur__kind">
          <Icon name={KIND_ICON[d.kind]} size={18} /> {kindLabel}
        </span>
      </p>
      <Tx ns="procedure" k={dataKey('procedure', `durations.${d.id}`)} className="proc-dur__label" />
      {d.tracks && (
        <p className="proc-dur__meta">
          {t('step.appliesTo')} {d.tracks.map((tr) => plainText(t(`tracks.${tr}.title`, { ns: 'procedure' }))).join(' · ')}
        </p>
      )}
      <p className="proc-dur__meta">
        {t('step.source')} <SourceText refs={d.sources} />
      </p>
    </li>
  );
}

/**
 * Published figures about all people in one past year (core/rules/statistics.ts), each with its
 * year and source, and said plainly to be no prediction for this person's case.
 */
function Figures({ step, track }: { step: Step; track: TrackId | null }) {
  const { t, i18n } = useTranslation(['procedureUi', 'procedure']);
  const { settings } = useApp();
  const fmtDuration = useFormatDuration();
  const list = figuresFor(step, track ? { track } : {});
  if (list.length === 0) return null;
  const nativeDigits = Boolean(settings.nativeDigits);
  const show = (f: PublishedFigure): string =>
    f.unit === 'months'
      ? fmtDuration({ value: f.value, unit: 'months' })
      : f.unit === 'percent'
        ? formatNumber(f.value / 100, i18n.language, { nativeDigits }, { style: 'percent' })
        : formatNumber(f.value, i18n.language, { nativeDigits });
  const year = (y: number) => formatNumber(y, i18n.language, { nativeDigits }, { useGrouping: false });
  return (
    <Section title={t('figures.title')} icon="info" className="proc-figures">
      <p className="proc-muted">{t('figures.hint')}</p>
      <ul className="proc-durs">
        {list.map((f) => (
          <li key={f.id} className="proc-dur proc-dur--average" data-figure={f.id}>
            <p className="proc-dur__top">
              <span className="proc-dur__value">{show(f)}</span>
              <span className="proc-dur__kind">{t('figures.year', { year: year(f.year) })}</span>
            </p>
            <Tx
              ns="procedure"
              k={dataKey('procedure', `figures.${f.id}`)}
              values={{ value: show(f), year: year(f.year) }}
              className="proc-dur__label"
            />
            <p className="proc-dur__meta">
              {t('step.source')} <SourceText refs={f.sources} />
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The tracks this step belongs to, and the step before and after along the chosen one. */
function Along({ step, track, stepTracks }: { step: Step; track: TrackId | null; stepTracks: TrackId[] }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  const { period } = useProcedure();
  const alongId = useId();
  const trackTitle = useTrackTitle();
  const n = track ? neighbours(step.id, track, period) : null;
  const nextSteps = step.next.filter((s) => existsIn(s, period));

  return (
    <>
      <TrackChips track={track} stepTracks={stepTracks} />
      {(n || nextSteps.length > 0 || stepTracks.length > 1) && (
        <section className="proc-section" aria-labelledby={alongId}>
          <h2 id={alongId}>
            <Icon name="route" /> {track ? t('step.along', { track: trackTitle(track) }) : t('step.canComeNext')}
          </h2>
          {n ? (
            <Pager prev={n.prev} next={n.next} />
          ) : (
            <>
              {stepTracks.length > 1 && <p className="proc-muted">{t('step.chooseTrack')}</p>}
              {nextSteps.length > 0 && <NextSteps steps={nextSteps} />}
            </>
          )}
        </section>
      )}
    </>
  );
}

function useTrackTitle() {
  const { t } = useTranslation('procedure');
  return (tr: TrackId) => plainText(t(`tracks.${tr}.title`));
}

/** The tracks this step is on, as buttons that choose the track to follow. */
function TrackChips({ track, stepTracks }: { track: TrackId | null; stepTracks: TrackId[] }) {
  const { t } = useTranslation('procedureUi');
  const { setTrack } = useProcedure();
  const tracksId = useId();
  const trackTitle = useTrackTitle();
  return (
    <section className="proc-section" aria-labelledby={tracksId}>
      <h2 id={tracksId}>
        <Icon name="route-branch" /> {t('step.tracks')}
      </h2>
      {stepTracks.length === 0 ? (
        <p>{t('step.noTracks')}</p>
      ) : (
        <div role="group" aria-label={t('step.showTrack')} className="proc-chips">
          <ul>
            {stepTracks.map((tr) => (
              <li key={tr}>
                <button type="button" className="proc-chip" aria-pressed={track === tr} onClick={() => setTrack(tr)}>
                  {trackTitle(tr)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The step before and after this one on the chosen track, or a note that there is none. */
function Pager({ prev, next }: { prev: StepId | null; next: StepId | null }) {
  const { t } = useTranslation('procedureUi');
  const title = useStepTitle();
  return (
    <ul className="proc-pager">
      <li>
        {prev ? (
          <Link href={`/step/${prev}`} className="proc-pager__link" rel="prev">
            <Icon name="arrow-back" />
            <span>
              <span className="proc-pager__dir">{t('step.prev')}</span>
              <span className="proc-pager__title">{title(prev)}</span>
            </span>
          </Link>
        ) : (
          <p className="proc-muted">{t('step.firstOnTrack')}</p>
        )}
      </li>
      <li>
        {next ? (
          <Link href={`/step/${next}`} className="proc-pager__link proc-pager__link--next" rel="next">
            <span>
              <span className="proc-pager__dir">{t('step.next')}</span>
              <span className="proc-pager__title">{title(next)}</span>
            </span>
            <Icon name="arrow-forward" />
          </Link>
        ) : (
          <p className="proc-muted">{t('step.lastOnTrack')}</p>
        )}
      </li>
    </ul>
  );
}

/** Without a chosen track: the steps that can come after this one. */
function NextSteps({ steps }: { steps: readonly StepId[] }) {
  const title = useStepTitle();
  return (
    <ul className="proc-grid">
      {steps.map((s) => (
        <li key={s}>
          <Link href={`/step/${s}`} className="proc-pager__link">
            <Icon name={getStep(s).icon} />
            <span className="proc-pager__title">{title(s)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
