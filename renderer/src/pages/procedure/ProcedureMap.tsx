import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { STEPS, trackPath, type StepId, type TrackId } from '@core/content/procedure';
import type { RulePeriodId } from '@core/rules/periods';
import { Icon } from '../../components/Icon';
import { useProgressive } from '../../components/useProgressive';
import { BackLink } from '../../components/Layout';
import { plainText, Tx } from '../../components/Text';
import { existsIn, onTrack, PHASES, phaseOf, stepsNotIn, tracksIn, type Lane } from './model';
import { PeriodBar, StepCard, useFormatNumber, useStepTitle } from './parts';
import { useProcedure } from './state';

/**
 * The procedure map: every step of the chosen rule period, grouped in phases,
 * with the tracks as branches. Choosing a track shows its route in order.
 * Steps are real links in real lists; the lines between them are CSS only.
 */
export function ProcedureMap() {
  const { t } = useTranslation(['procedureUi', 'procedure', 'common']);
  const { period, track } = useProcedure();
  return (
    <div className="proc">
      <BackLink href="/home" label={t('shell.home', { ns: 'common' })} />
      <h1>{t('areas.procedure.title', { ns: 'common' })}</h1>
      <Tx ns="procedureUi" k="map.intro" className="lead" />
      <PeriodBar />
      <Here />
      <div className="proc-tools">
        <TrackChips />
        <Link href="/track" className="box proc-which">
          <Icon name="route-branch" size={32} />
          <span>
            <span className="proc-which__title">{t('map.whichTrack')}</span>
            <span className="proc-which__text">{t('map.whichTrackText')}</span>
          </span>
        </Link>
      </div>
      {/* Says what the map below now shows when a chip is chosen (focus stays on the chip). */}
      <p className="proc-sr" role="status">
        {track
          ? t('map.routeTitle', { track: plainText(t(`tracks.${track}.title`, { ns: 'procedure' })) })
          : t('map.mapTitle')}
      </p>
      {track ? <Route track={track} period={period} /> : <Overview period={period} />}
      <NotInPeriod period={period} />
    </div>
  );
}

/** "You are here": the person's current step from their dates, or how to get one. */
function Here() {
  const { t } = useTranslation('procedureUi');
  const { current, track, period } = useProcedure();
  const headingId = useId();
  if (!current) {
    return (
      <p className="proc-nocase">
        <Icon name="info" /> {t('map.noCase')} <Link href="~/timeline">{t('map.toTimeline')}</Link>
      </p>
    );
  }
  return (
    <section className="proc-herecard" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('map.hereTitle')}</h2>
      <p>{t('map.hereText')}</p>
      <StepCard id={current} here />
      {track && !onTrack(current, track, period) && <p className="proc-muted">{t('map.hereNotOnRoute')}</p>}
    </section>
  );
}

function TrackChips() {
  const { t } = useTranslation('procedureUi');
  const { period, track, setTrack } = useProcedure();
  const labelId = useId();
  return (
    <div className="proc-chips" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="proc-chips__label">
        {t('map.filterLabel')}
      </p>
      <ul>
        <li>
          <button type="button" className="proc-chip" aria-pressed={track === null} onClick={() => setTrack(null)}>
            {t('map.allTracks')}
          </button>
        </li>
        {tracksIn(period).map((id) => (
          <li key={id}>
            <button type="button" className="proc-chip" aria-pressed={track === id} onClick={() => setTrack(id)}>
              {t(`chips.${id}`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The whole map: phases, and in each phase its lanes (branches) of steps. The phases render in idle time
 * right after the screen (its heading, tools and chips), two at a time: the map's first visit waited on
 * them, and most of its time was laying out their words. The first phase begins about 710 px down the
 * page: below the fold of a 720-pixel-high window, and on a 1080-pixel-high one it shows a moment after
 * the screen (29–87 ms after the switch, measured here: README).
 */
function Overview({ period }: { period: RulePeriodId }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  const { current } = useProcedure();
  const headingId = useId();
  const { count } = useProgressive(PHASES.length, 0, 2);
  return (
    <section className="proc-map" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('map.mapTitle')}</h2>
      {PHASES.slice(0, count).map((phase) => {
        const lanes = phase.lanes
          .map((l) => ({ ...l, steps: l.steps.filter((s) => existsIn(s, period)) }))
          .filter((l) => l.steps.length > 0);
        if (lanes.length === 0) return null;
        return (
          <section key={phase.id} className={`proc-phase proc-phase--${phase.id}`} aria-labelledby={`phase-${phase.id}`}>
            <h3 id={`phase-${phase.id}`}>{t(`phases.${phase.id}`)}</h3>
            <div className={lanes.length > 1 ? 'proc-lanes proc-lanes--branches' : 'proc-lanes'}>
              {lanes.map((lane) => (
                <LaneList key={lane.id} lane={lane} phaseHeading={`phase-${phase.id}`} current={current} />
              ))}
            </div>
          </section>
        );
      })}
    </section>
  );
}

function LaneList({ lane, phaseHeading, current }: { lane: Lane; phaseHeading: string; current: StepId | null }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  const labelId = `lane-${lane.id}`;
  const label = lane.track
    ? plainText(t(`tracks.${lane.track}.title`, { ns: 'procedure' }))
    : lane.label
      ? t(`lanes.${lane.label}`)
      : null;
  return (
    <div className="proc-lane">
      {label && (
        <h4 id={labelId} className="proc-lane__label">
          {label}
        </h4>
      )}
      <ol className="proc-line" aria-labelledby={label ? labelId : phaseHeading}>
        {lane.steps.map((id) => (
          <li key={id}>
            <StepCard id={id} here={id === current} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** One track's route, in order, with the phase named where it changes; the other steps folded away. */
function Route({ track, period }: { track: TrackId; period: RulePeriodId }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  const { current } = useProcedure();
  const num = useFormatNumber();
  const headingId = useId();
  const path = trackPath(track, period);
  const others = STEPS.filter((s) => s.periods.includes(period) && !path.includes(s.id));
  return (
    <section className="proc-map proc-map--route" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('map.routeTitle', { track: plainText(t(`tracks.${track}.title`, { ns: 'procedure' })) })}</h2>
      <Tx ns="procedure" k={`tracks.${track}.summary`} />
      <Tx ns="procedureUi" k="map.routeIntro" className="proc-muted" />
      {path.length === 0 ? (
        <p>{t('map.noRoute')}</p>
      ) : (
        <ol className="proc-line proc-line--route" aria-labelledby={headingId}>
          {path.map((id, i) => {
            const phase = phaseOf(id);
            const before = i > 0 ? path[i - 1] : undefined;
            return (
              <li key={id}>
                {(!before || phaseOf(before) !== phase) && (
                  <span className="proc-line__phase">{t(`phases.${phase}`)}</span>
                )}
                <StepCard id={id} number={i + 1} here={id === current} />
              </li>
            );
          })}
        </ol>
      )}
      {others.length > 0 && (
        <details className="proc-others">
          <summary>
            {t('map.otherSteps')} ({num(others.length)})
          </summary>
          <ul className="proc-grid">
            {others.map((s) => (
              <li key={s.id}>
                <StepCard id={s.id} off here={s.id === current} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Steps the chosen rules do not have: named, so nobody wonders where they went. */
function NotInPeriod({ period }: { period: RulePeriodId }) {
  const { t } = useTranslation('procedureUi');
  const title = useStepTitle();
  const missing = stepsNotIn(period);
  if (missing.length === 0) return null;
  return (
    <p className="proc-missing">
      <Icon name="info" /> {t('map.notInPeriod')}{' '}
      {missing.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 && ', '}
          <Link href={`/step/${s.id}`}>{title(s.id)}</Link>{' '}
          (<bdi lang="nl">{s.dutchTerm}</bdi>)
        </Fragment>
      ))}
    </p>
  );
}
