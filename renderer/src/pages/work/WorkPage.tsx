import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participationFor } from '@core/content/participation';
import { canWork, WORK_SITUATIONS, type WorkAnswer, type WorkSituation, type WorkSituationKind } from '@core/work';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { DatePicker } from '../../components/DatePicker';
import { localToday, partsFromISO, readParts, type DateParts } from '../../components/dateParts';
import { AreaHead } from '../../components/Layout';
import { SituationChoice } from '../../components/SituationChoice';
import { Tx } from '../../components/Text';
import { useFormatDate } from '../../components/useFormatDate';
import { SearchLink, Sources, UI } from '../../components/AreaParts';
import { ItemCard } from '../rights/ItemCard';
import { PHASE_OF, workSituationFromCase } from './situation';

const ICONS: Record<WorkSituationKind, string> = {
  'asylum-pending': 'clock',
  'permit-holder': 'id-card',
  'temporary-protection': 'ukraine',
  rejected: 'decision',
};

const ANSWER_ICON: Record<WorkAnswer['answer'], string> = { yes: 'check', from: 'calendar', no: 'close', unknown: 'help' };

export function WorkPage() {
  // All the catalogs the page's parts read, loaded here at once: a part that waited for its own would hide the page.
  const { t } = useTranslation([UI, 'work', 'common', 'participation', 'help']);
  const { caseData } = useApp();
  const today = localToday();

  const caseApplication = caseData?.dates.application;
  const [kind, setKind] = useState<WorkSituationKind | null>(() => workSituationFromCase(caseData));
  const [parts, setParts] = useState<DateParts>(() => partsFromISO(caseApplication));
  const picked = readParts(parts);
  const situation = situationFor(kind, picked, caseData);
  const dateError =
    kind === 'asylum-pending' && picked.kind === 'date' && picked.iso > today ? t('work.futureApplication') : null;

  return (
    <>
      <AreaHead title={t('common:areas.work.title')} lead={t('work.intro')} />

      <section className="card checker" aria-labelledby="checker-h">
        <h2 id="checker-h">
          <Icon name="work" /> {t('work:title')}
        </h2>
        <SituationChoice
          legend={t('work:question')}
          options={WORK_SITUATIONS}
          value={kind}
          onChange={setKind}
          icons={ICONS}
          label={(s) => t(`work:situations.${s}`)}
        />

        {kind === 'asylum-pending' && (
          <>
            <DatePicker
              name="application"
              label={t('work.applicationDate')}
              hint={t('work.applicationDateHint')}
              value={parts}
              onChange={setParts}
              today={today}
              yearsBack={12}
              weekday={false}
              errors={dateError ? [dateError] : []}
            />
            {caseApplication && picked.kind === 'date' && picked.iso === caseApplication && (
              <p className="note">{t('work.fromCase')}</p>
            )}
          </>
        )}
        <Answer kind={kind} situation={situation} />
      </section>

      {kind && <TakePart kind={kind} />}
      <p className="area-footer-links">
        <SearchLink />
      </p>
    </>
  );
}

/**
 * The situation the rules are asked about: for an asylum seeker only once the application date is picked,
 * with the track and age from "My case" (when entered), which decide whether a date can be given at all.
 */
function situationFor(kind: WorkSituationKind | null, picked: ReturnType<typeof readParts>, caseData: ReturnType<typeof useApp>['caseData']): WorkSituation | null {
  if (kind === 'asylum-pending') {
    return picked.kind === 'date'
      ? { kind, application: picked.iso, track: caseData?.track, minor: caseData?.unaccompaniedMinor === true }
      : null;
  }
  return kind ? { kind } : null;
}

/** The short answer (announced when it changes), then its conditions and sources. */
function Answer({ kind, situation }: { kind: WorkSituationKind | null; situation: WorkSituation | null }) {
  const { t } = useTranslation([UI, 'work']);
  const format = useFormatDate();
  const answer = situation ? canWork(situation, localToday()) : null;
  const values = {
    date: answer?.until ? format(answer.until) : '',
    days: answer?.noticeWorkingDays ?? '',
  };
  return (
    <>
      {/* Only the short answer is announced when it changes; the conditions follow it on the page. */}
      <div className="answer-live" aria-live="polite">
        {!kind && <p className="note note--prompt">{t('work.chooseFirst')}</p>}
        {kind === 'asylum-pending' && !situation && (
          <Tx k="conditions.application-date-needed" ns="work" className="note note--prompt" />
        )}
        {answer && (
          <p className={`answer__big answer__big--${answer.answer}`} data-answer={answer.answer}>
            <Icon name={ANSWER_ICON[answer.answer]} size={40} />
            <span>
              {answer.answer === 'from' && answer.from
                ? t('work:answers.from', { date: format(answer.from) })
                : t(`work:answers.${answer.answer}`)}
            </span>
          </p>
        )}
      </div>
      {answer && answer.conditions.length > 0 && (
        <>
          <h3>{t('work.conditionsHeading')}</h3>
          <ul className="conditions">
            {answer.conditions.map((c) => (
              <li key={c}>
                <Tx k={`conditions.${c}`} ns="work" values={values} />
              </li>
            ))}
          </ul>
        </>
      )}
      {answer && <Sources refs={answer.refs} />}
    </>
  );
}

/** The ways to take part (participation.json) open to a person in this situation. */
function TakePart({ kind }: { kind: WorkSituationKind }) {
  const { t } = useTranslation([UI, 'participation', 'help']);
  const items = participationFor(PHASE_OF[kind]);
  return (
    <section aria-labelledby="takepart-h">
      <h2 id="takepart-h">
        <Icon name="people" /> {t('rights.takePartHeading')}
      </h2>
      <p>{t('work.takePartIntro')}</p>
      {items.length === 0 ? <p>{t('rights.noneTakePart')}</p> : items.map((i) => <ItemCard key={i.id} item={i} ns="participation" />)}
    </section>
  );
}
