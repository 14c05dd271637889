import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getGlossaryTerm } from '@core/content/glossary';
import { getLetter, letterTextValues } from '@core/content/letters';
import type { ISODate } from '@core/domain/dates';
import { getStep } from '@core/content/procedure';
import { Icon } from '../../components/Icon';
import { BackLink } from '../../components/Layout';
import { DutchTerm, Tx } from '../../components/Text';
import { ActorName, LangList, Sources, UI } from '../../components/AreaParts';
import { AddToTimeline } from './AddToTimeline';
import { localToday } from '../../components/dateParts';

/**
 * One letter: what it is, what it means, what to do, which deadline starts, and its date into the timeline.
 * The letter reader shows it `embedded` (its own back link) with the date it read as `suggestedDate`.
 */
export function LetterPage({ id, suggestedDate, embedded }: { id: string; suggestedDate?: ISODate; embedded?: boolean }) {
  const { t } = useTranslation([UI, 'letters', 'procedure', 'glossary', 'help']);
  const letter = getLetter(id);
  const back = embedded ? null : <BackLink href="/letters" label={t('letters.allLetters')} />;
  if (!letter) {
    return (
      <>
        {back}
        <h1>{t('common.notFoundTitle')}</h1>
        <p className="lead">{t('common.notFound')}</p>
      </>
    );
  }
  const k = <P extends 'title' | 'what' | 'means' | 'todo' | 'deadline'>(part: P) => `items.${letter.id}.${part}` as const;
  // Numbers in the texts come from the rules (e.g. {{weeks}} until reception ends), never from words.
  const values = letterTextValues(letter.id, localToday());

  return (
    <>
      {back}
      <article className="letter" data-letter={letter.id}>
        <header className="letter__head">
          <Icon name={letter.icon} size={48} />
          <div>
            <p className="letter__label">{t('letters.printed')}</p>
            <h1 className="letter__title" tabIndex={embedded ? -1 : undefined}>
              <bdi lang="nl">{letter.dutchTitle}</bdi>
            </h1>
            <p className="letter__plain">{t(`letters:${k('title')}`)}</p>
            <p className="letter__from">
              {t('letters.from')} <ActorName id={letter.from} />
            </p>
          </div>
        </header>
        {letter.alsoPrinted && letter.alsoPrinted.length > 0 && (
          <p className="letter__also">
            {t('letters.alsoPrinted')}{' '}
            <LangList
              items={letter.alsoPrinted.map((w) => (
                <bdi key={w} lang="nl" className="nl-term">
                  {w}
                </bdi>
              ))}
            />
          </p>
        )}

        <section aria-labelledby="l-what">
          <h2 id="l-what">{t('letters.what')}</h2>
          <Tx k={k('what')} ns="letters" values={values} />
        </section>
        <section aria-labelledby="l-means">
          <h2 id="l-means">{t('letters.means')}</h2>
          <Tx k={k('means')} ns="letters" values={values} />
        </section>
        <section aria-labelledby="l-todo">
          <h2 id="l-todo">{t('letters.todo')}</h2>
          <Tx k={k('todo')} ns="letters" values={values} reference />
        </section>
        <section aria-labelledby="l-deadline" className={letter.startsDeadline ? 'deadline deadline--starts' : 'deadline'}>
          <h2 id="l-deadline">
            <Icon name={letter.startsDeadline ? 'warning' : 'clock'} /> {t('letters.deadline')}
          </h2>
          <Tx k={k('deadline')} ns="letters" values={values} reference />
          {letter.startsDeadline && !letter.addsDate && (
            <p>
              <Link href="~/timeline" className="target-link">
                {t('letters.seeTimeline')}
              </Link>
            </p>
          )}
        </section>

        <AddToTimeline letter={letter} suggested={suggestedDate} />

        <section aria-labelledby="l-steps">
          <h2 id="l-steps">{t('letters.steps')}</h2>
          <ul className="link-list">
            {letter.steps.map((s) => (
              <li key={s}>
                <Link href={`~/procedure/step/${s}`}>
                  <Icon name={getStep(s).icon} /> <span>{t(`procedure:steps.${s}.title`)}</span>
                </Link>{' '}
                (<bdi lang="nl" className="nl-term">{getStep(s).dutchTerm}</bdi>)
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="l-words">
          <h2 id="l-words">{t('letters.words')}</h2>
          <dl className="word-list">
            {letter.glossary.map((g) => (
              <div key={g} className="word-list__row">
                <dt>{getGlossaryTerm(g) ? <DutchTerm id={g} /> : g}</dt>
                <dd>
                  <Tx k={`terms.${g}.meaning`} ns="glossary" />
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <Sources refs={letter.sources} />
      </article>
    </>
  );
}
