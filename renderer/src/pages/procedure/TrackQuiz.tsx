import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ASK_LAWYER, trackPath, walkTrackQuestions, type TrackQuestion, type TrackResult } from '@core/content/procedure';
import { Icon } from '../../components/Icon';
import { BackLink } from '../../components/Layout';
import { plainText, Tx } from '../../components/Text';
import { dataKey } from '../../i18n/keys';
import { BiSpan, PeriodBar, useStepTitle } from './parts';
import { useProcedure } from './state';

/**
 * "Which track am I in?": one question at a time, big answer buttons, a back
 * button, and a result. After every answer (and after "back") focus moves to
 * the new question or the result, so a screen reader reads it out at once.
 */
export function TrackQuiz() {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  const [answers, setAnswers] = useState<string[]>([]);
  const focusRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const moved = useRef(false);

  useEffect(() => {
    // Not on arrival (the page itself gets focus then); after every answer or step back.
    if (!moved.current) return;
    focusRef.current?.focus();
  }, [answers]);

  const go = (next: string[]) => {
    moved.current = true;
    setAnswers(next);
  };

  const state = walkTrackQuestions(answers);
  return (
    <div className="proc proc-quiz">
      <BackLink href="/procedure" label={t('quiz.toMap')} />
      <h1>{t('quiz.title')}</h1>
      <Tx ns="procedureUi" k="quiz.intro" className="lead" />
      <PeriodBar />
      {/* The focus target: named by the question or the result inside it. */}
      <section
        key={answers.length}
        ref={focusRef}
        tabIndex={-1}
        className={`card ${state.kind === 'result' ? 'proc-result' : 'proc-question'}`}
        aria-labelledby={headingId}
      >
        {state.kind === 'question' && (
          <Question
            question={state.question}
            n={answers.length + 1}
            headingId={headingId}
            onAnswer={(a) => go([...answers, a])}
            onBack={answers.length > 0 ? () => go(answers.slice(0, -1)) : undefined}
          />
        )}
        {state.kind === 'result' && (
          <Result
            result={state.result}
            headingId={headingId}
            onBack={() => go(answers.slice(0, -1))}
            onRestart={() => go([])}
          />
        )}
        {state.kind === 'invalid' && (
          <>
            <h2 id={headingId}>{t('quiz.title')}</h2>
            <button type="button" className="button" onClick={() => go([])}>
              {t('quiz.restart')}
            </button>
          </>
        )}
      </section>
    </div>
  );
}

function Question(props: {
  question: TrackQuestion;
  n: number;
  headingId: string;
  onAnswer(id: string): void;
  onBack?: () => void;
}) {
  const { t } = useTranslation('procedureUi');
  const q = props.question;
  return (
    <div data-question={q.id}>
      <p className="proc-question__count">{t('quiz.question', { n: props.n })}</p>
      <Tx as="h2" ns="procedure" k={`questions.${q.id}.text`} id={props.headingId} />
      <ul className="proc-answers">
        {q.answers.map((a) => (
          <li key={a.id}>
            <button type="button" className="box proc-answer" data-answer={a.id} onClick={() => props.onAnswer(a.id)}>
              <BiSpan ns="procedure" k={dataKey('procedure', `questions.${q.id}.answers.${a.id}`)} />
            </button>
          </li>
        ))}
      </ul>
      {props.onBack && (
        <button type="button" className="button" onClick={props.onBack}>
          <Icon name="arrow-back" /> {t('quiz.back')}
        </button>
      )}
    </div>
  );
}

function Result(props: { result: TrackResult; headingId: string; onBack(): void; onRestart(): void }) {
  const { t } = useTranslation(['procedureUi', 'procedure']);
  const { period, setTrack } = useProcedure();
  const title = useStepTitle();
  const { headingId } = props;
  const r = props.result;
  const first = r === ASK_LAWYER ? undefined : trackPath(r, period)[0];
  return (
    <div data-result={r}>
      {r === ASK_LAWYER ? (
        <>
          <h2 id={headingId}>
            <Icon name="lawyer" /> {t('quiz.askLawyerTitle')}
          </h2>
          <Tx ns="procedure" k="results.ask-lawyer" />
          <p>
            <Link href="~/help" className="button">
              <Icon name="help" /> {t('quiz.help')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="proc-result__pre">{t('quiz.resultTitle')}</p>
          <h2 id={headingId}>
            <Icon name="route" /> {plainText(t(`tracks.${r}.title`, { ns: 'procedure' }))}
          </h2>
          <Tx ns="procedure" k={`tracks.${r}.summary`} />
          <p className="proc-result__links">
            <Link href="/" className="button button--primary" onClick={() => setTrack(r)}>
              <Icon name="route-branch" /> {t('quiz.showOnMap')}
            </Link>
            {first && (
              <Link href={`/step/${first}`} className="button" onClick={() => setTrack(r)}>
                <Icon name="arrow-forward" /> {t('quiz.firstStep', { step: title(first) })}
              </Link>
            )}
          </p>
        </>
      )}
      <Tx ns="procedureUi" k="quiz.note" className="proc-muted" />
      <p className="proc-result__links">
        <button type="button" className="button" onClick={props.onBack}>
          <Icon name="arrow-back" /> {t('quiz.back')}
        </button>
        <button type="button" className="button" onClick={props.onRestart}>
          <Icon name="repeat" /> {t('quiz.restart')}
        </button>
      </p>
    </div>
  );
}
