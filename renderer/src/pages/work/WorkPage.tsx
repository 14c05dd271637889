import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participationFor } from '@core/content/participation';
import { canWork, WORK_SITUATIONS, type WorkAnswer, type WorkSituation, type WorkSituationKind } from '@core/work';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { DatePicker } from '../../components/DatePicker';
import { localToday, partsFromISO, readParts, type DateParts } from '../../components/dateParts';
import { BackLink } from '../../components/Layout';
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
  const { t } = useTranslation([UI, 'work', 'common', 'participation', 'help']);
  const { caseData } = useApp();
  const format = useFormatDate();
  const today = localToday();

  const caseApplication = caseData?.dates.application;
  const [kind, setKind] = useState<WorkSituationKind | null>(() => workSituationFromCase(caseData));
  const [parts, setParts] = useState<DateParts>(() => partsFromISO(caseApplication));
  const picked = readParts(parts);

  let situation: WorkSituation | null = null;
  if (kind === 'asylum-pending') {
    // The track and age from "My case" (when entered) decide whether a date can be given at all.
    situation =
      picked.kind === 'date'
        ? { kind, application: picked.iso, track: caseData?.track, minor: caseData?.unaccompaniedMinor === true }
        : null;
  } else if (kind) {
    situation = { kind };
  }
  const answer = situation ? canWork(situation, today) : null;
  const dateError =
    kind === 'asylum-pending' && picked.kind === 'date' && picked.iso > today ? t('work.futureApplication') : null;
  const values = {
    date: answer?.until ? format(answer.until) : '',
    days: answer?.noticeWorkingDays ?? '',
  };

  return (
    <>
      <BackLink href="/home" label={t('common:shell.home')} />
      <h1>{t('common:areas.work.title')}</h1>
      <p className="lead">{t('work.intro')}</p>

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
      </section>

      {kind && (
        <section aria-labelledby="takepart-h">
          <h2 id="takepart-h">
            <Icon name="people" /> {t('rights.takePartHeading')}
          </h2>
          <p>{t('work.takePartIntro')}</p>
          {participationFor(PHASE_OF[kind]).length === 0 ? (
            <p>{t('rights.noneTakePart')}</p>
          ) : (
            participationFor(PHASE_OF[kind]).map((i) => <ItemCard key={i.id} item={i} ns="participation" />)
          )}
        </section>
      )}
      <p className="area-footer-links">
        <SearchLink />
      </p>
    </>
  );
}
