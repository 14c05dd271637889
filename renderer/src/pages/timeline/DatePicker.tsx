import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseISODate, type ISODate } from '@core/domain/dates';
import { Icon } from '../../components/Icon';
import { RichText } from '../../components/Text';
import { dateLocale } from '../../i18n/format';
import { useApp } from '../../app/AppContext';
import { EMPTY_PARTS, partsFromISO, partsToRealISO, type DateParts } from './caseForm';
import { useDateTexts } from './dates';

/** How many years back the year list goes (older dates: the calendar field, which takes any year). */
const YEARS_BACK = 15;

function monthNames(lng: string): string[] {
  const f = new Intl.DateTimeFormat(dateLocale(lng), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2001, i, 1))));
}

interface Props {
  /** Used for element ids. */
  name: string;
  /** Key of the question (may hold [[glossary]] markers). */
  labelKey: string;
  /** Key of a hint under the question. */
  hintKey?: string;
  value: DateParts;
  onChange(value: DateParts): void;
  /** Plain sentences: what is wrong with this date. */
  errors: string[];
  today: ISODate;
}

/**
 * A date without typing a format: day, month (names in the person's language)
 * and year from big selects, or the browser's own calendar. The chosen date is
 * said back in words, so a mistake is easy to see.
 */
export function DatePicker({ name, labelKey, hintKey, value, onChange, errors, today }: Props) {
  const { t } = useTranslation('timeline');
  const { settings } = useApp();
  const dates = useDateTexts();
  const uid = useId();
  const hintId = `${uid}-${name}-hint`;
  const errorId = `${uid}-${name}-error`;
  const nativeDigits = Boolean(settings.nativeDigits);
  const months = useMemo(() => monthNames(dates.lng), [dates.lng]);
  const num = useMemo(
    () => new Intl.NumberFormat(dateLocale(dates.lng, { nativeDigits }), { useGrouping: false }),
    [dates.lng, nativeDigits],
  );

  const thisYear = Number(today.slice(0, 4));
  const picked = Number(value.y);
  const top = Math.max(thisYear + 1, Number.isInteger(picked) && value.y ? picked : 0);
  const bottom = Math.min(thisYear - YEARS_BACK, Number.isInteger(picked) && value.y ? picked : Infinity);
  const years: number[] = [];
  for (let y = top; y >= bottom; y--) years.push(y);

  const real = partsToRealISO(value);
  const anyChosen = value.d !== '' || value.m !== '' || value.y !== '';
  const invalid = errors.length > 0;
  const describedBy = [hintKey ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  const set = (patch: Partial<DateParts>) => onChange({ ...value, ...patch });
  const common = {
    className: 'select datepick__select',
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
  };

  return (
    <fieldset className={invalid ? 'datepick datepick--invalid' : 'datepick'} data-field={name}>
      <legend className="datepick__legend">
        <RichText text={t(labelKey)} links={false} />
      </legend>
      {hintKey && (
        <p id={hintId} className="datepick__hint">
          <RichText text={t(hintKey)} links={false} />
        </p>
      )}
      <div className="datepick__parts">
        <label className="datepick__part">
          <span className="field__label">{t('ui.form.day')}</span>
          <select {...common} value={value.d} onChange={(e) => set({ d: e.target.value })}>
            <option value="">{t('ui.form.notChosen')}</option>
            {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
              <option key={d} value={String(d)}>
                {num.format(d)}
              </option>
            ))}
          </select>
        </label>
        <label className="datepick__part datepick__part--month">
          <span className="field__label">{t('ui.form.month')}</span>
          <select {...common} value={value.m} onChange={(e) => set({ m: e.target.value })}>
            <option value="">{t('ui.form.notChosen')}</option>
            {months.map((label, i) => (
              <option key={i} value={String(i + 1)}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="datepick__part">
          <span className="field__label">{t('ui.form.year')}</span>
          <select {...common} value={value.y} onChange={(e) => set({ y: e.target.value })}>
            <option value="">{t('ui.form.notChosen')}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {num.format(y)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="datepick__native">
        <span>{t('ui.form.calendar')}</span>
        <input
          type="date"
          className="input"
          value={real ?? ''}
          aria-describedby={describedBy}
          onChange={(e) => {
            // Only a whole, real date: a half-typed one leaves the selects as they are.
            if (parseISODate(e.target.value)) onChange(partsFromISO(e.target.value));
          }}
        />
      </label>
      <div className="datepick__result">
        <p className="datepick__chosen">
          {real ? (
            <>
              <Icon name="calendar" /> {t('ui.form.chosen')}{' '}
              <bdi className="datepick__words">{dates.full(real)}</bdi>
            </>
          ) : (
            t('ui.form.noDate')
          )}
        </p>
        {anyChosen && (
          <button type="button" className="button datepick__clear" onClick={() => onChange({ ...EMPTY_PARTS })}>
            <Icon name="close" /> {t('ui.form.clear')}
          </button>
        )}
      </div>
      <div id={errorId} className="datepick__errors" aria-live="polite">
        {errors.map((e, i) => (
          <p key={i} className="field-error">
            <Icon name="warning" /> <span>{e}</span>
          </p>
        ))}
      </div>
    </fieldset>
  );
}
