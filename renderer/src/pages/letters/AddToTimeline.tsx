import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Letter } from '@core/content/letters';
import type { ISODate } from '@core/domain/dates';
import { useApp } from '../../app/AppContext';
import { DatePicker } from '../../components/DatePicker';
import { localToday, NO_DATE, partsFromISO, readParts, type DateParts } from '../../components/dateParts';
import { Icon } from '../../components/Icon';
import { RichText } from '../../components/Text';
import { useFormatDate } from '../../components/useFormatDate';
import { UI } from '../../components/AreaParts';
import { withLetterDate } from './addDate';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; date: string } | { kind: 'failed' };

/**
 * "Add this letter's date to my timeline": pick the date printed on the letter, and save it into the case.
 * With `suggested` (the date the letter reader read), the form opens with that date filled in; the person
 * still checks it and saves.
 */
export function AddToTimeline({ letter, suggested }: { letter: Letter; suggested?: ISODate }) {
  const { t } = useTranslation([UI, 'common']);
  const { caseData, saveCase } = useApp();
  const format = useFormatDate();
  const today = localToday();
  const [open, setOpen] = useState(Boolean(suggested));
  const formId = useId();
  const [parts, setParts] = useState<DateParts>(() => (suggested ? partsFromISO(suggested) : { ...NO_DATE }));
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const field = letter.addsDate;
  if (!field) return null;

  const picked = readParts(parts);
  const existing = caseData?.dates[field];
  const error =
    picked.kind === 'date' && picked.iso > today
      ? t('letters.add.future')
      : tried && picked.kind !== 'date'
        ? t(picked.kind === 'impossible' ? 'common:datePicker.impossible' : 'letters.add.needDate')
        : null;

  async function save() {
    setTried(true);
    if (picked.kind !== 'date' || picked.iso > today) return;
    const next = withLetterDate(caseData, letter, picked.iso);
    if (!next) return;
    setStatus({ kind: 'saving' });
    try {
      await saveCase(next);
      setStatus({ kind: 'saved', date: picked.iso });
    } catch {
      setStatus({ kind: 'failed' });
    }
  }

  return (
    <section className="card add-date" aria-labelledby="add-date-h">
      <h2 id="add-date-h">
        <Icon name="calendar" /> {t('letters.add.heading')}
      </h2>
      <p>
        <RichText text={t(`letters.add.explain.${field}`)} />
      </p>
      <button
        type="button"
        className={open ? 'button' : 'button button--primary'}
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="calendar" /> {t('letters.add.button')}
      </button>
      {open && (
        <form
          id={formId}
          className="add-date__form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DatePicker
            name={field}
            label={t('letters.add.label')}
            hint={t('letters.add.hint')}
            value={parts}
            onChange={(p) => {
              setParts(p);
              setStatus({ kind: 'idle' });
            }}
            today={today}
            yearsBack={12}
            weekday={false}
            errors={error ? [error] : []}
          />
          {existing && picked.kind === 'date' && picked.iso !== existing && (
            <p className="note">{t('letters.add.replaces', { date: format(existing) })}</p>
          )}
          {letter.decisionOutcome && <p className="note">{t(`letters.add.outcome.${letter.decisionOutcome}`)}</p>}
          <button type="submit" className="button button--primary" disabled={status.kind === 'saving'}>
            <Icon name="check" /> {t('letters.add.save')}
          </button>
        </form>
      )}
      <div aria-live="polite" className="add-date__status">
        {status.kind === 'saved' && (
          <p className="saved" role="status">
            <Icon name="check" /> <span>{t('letters.add.saved', { date: format(status.date) })}</span>{' '}
            <Link href="~/timeline" className="button">
              <Icon name="clock" /> <span>{t('letters.add.toTimeline')}</span>
            </Link>
          </p>
        )}
        {status.kind === 'failed' && (
          <p className="field-error">
            <Icon name="warning" /> <span>{t('letters.add.failed')}</span>
          </p>
        )}
      </div>
    </section>
  );
}
