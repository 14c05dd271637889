import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseISODate, toISODate, type ISODate } from '@core/domain/dates';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { RichText } from '../../components/Text';
import { dateLocale, formatDate } from '../../i18n/format';
import { UI } from '../help/shared';

/** Today on this computer's calendar, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): ISODate {
  return toISODate({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

/** A date as picked: day, month and year as select values ('' = not chosen). */
export interface DateParts {
  d: string;
  m: string;
  y: string;
}

export const NO_DATE: DateParts = { d: '', m: '', y: '' };

export function partsFromISO(iso: string | undefined): DateParts {
  const p = parseISODate(iso);
  return p ? { d: String(p.d), m: String(p.m), y: String(p.y) } : { ...NO_DATE };
}

export type PartsState = { kind: 'empty' } | { kind: 'incomplete' } | { kind: 'impossible' } | { kind: 'date'; iso: ISODate };

/** What the picked parts amount to: nothing yet, half a date, a day that does not exist, or a real date. */
export function readParts(p: DateParts): PartsState {
  const chosen = [p.d, p.m, p.y].filter((v) => v !== '').length;
  if (chosen === 0) return { kind: 'empty' };
  if (chosen < 3) return { kind: 'incomplete' };
  const ymd = { y: Number(p.y), m: Number(p.m), d: Number(p.d) };
  const iso = toISODate(ymd);
  return parseISODate(iso) ? { kind: 'date', iso } : { kind: 'impossible' };
}

/** Dates in the person's language and digits: one place for every page of these areas. */
export function useFormatDate(): (iso: ISODate) => string {
  const { i18n } = useTranslation();
  const { settings } = useApp();
  const lng = i18n.language;
  const nativeDigits = Boolean(settings.nativeDigits);
  return (iso) => formatDate(iso, lng, { nativeDigits });
}

interface Props {
  /** The question, from the areasUi namespace (may hold [[glossary]] markers). */
  labelKey: string;
  hintKey?: string;
  value: DateParts;
  onChange(value: DateParts): void;
  today: ISODate;
  /** How many years back the year list goes. */
  yearsBack?: number;
  /** A plain sentence about what is wrong with the date, if anything. */
  error?: string | null;
}

/**
 * A date without typing a format: day, month (by name, in the person's
 * language) and year from big selects. The chosen date is said back in
 * words, so a mistake is easy to see.
 */
export function DateSelect({ labelKey, hintKey, value, onChange, today, yearsBack = 12, error }: Props) {
  const { t, i18n } = useTranslation(UI);
  const { settings } = useApp();
  const uid = useId();
  const lng = i18n.language;
  const nativeDigits = Boolean(settings.nativeDigits);
  const format = useFormatDate();
  const months = useMemo(() => {
    const f = new Intl.DateTimeFormat(dateLocale(lng), { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2001, i, 1))));
  }, [lng]);
  const num = useMemo(() => new Intl.NumberFormat(dateLocale(lng, { nativeDigits }), { useGrouping: false }), [lng, nativeDigits]);

  const thisYear = Number(today.slice(0, 4));
  const picked = Number(value.y);
  const years: number[] = [];
  const bottom = Math.min(thisYear - yearsBack, value.y && Number.isInteger(picked) ? picked : Infinity);
  for (let y = thisYear; y >= bottom; y--) years.push(y);

  const state = readParts(value);
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const describedBy = [hintKey ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const set = (patch: Partial<DateParts>) => onChange({ ...value, ...patch });
  const common = { className: 'select', 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };

  return (
    <fieldset className={error ? 'dateselect dateselect--invalid' : 'dateselect'}>
      <legend className="dateselect__legend">
        <RichText text={t(labelKey)} links={false} />
      </legend>
      {hintKey && (
        <p id={hintId} className="dateselect__hint">
          <RichText text={t(hintKey)} links={false} />
        </p>
      )}
      <div className="dateselect__parts">
        <label className="field">
          <span className="field__label">{t('date.day')}</span>
          <select {...common} value={value.d} onChange={(e) => set({ d: e.target.value })}>
            <option value="">{t('date.notChosen')}</option>
            {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
              <option key={d} value={String(d)}>
                {num.format(d)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('date.month')}</span>
          <select {...common} value={value.m} onChange={(e) => set({ m: e.target.value })}>
            <option value="">{t('date.notChosen')}</option>
            {months.map((label, i) => (
              <option key={i} value={String(i + 1)}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('date.year')}</span>
          <select {...common} value={value.y} onChange={(e) => set({ y: e.target.value })}>
            <option value="">{t('date.notChosen')}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {num.format(y)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="dateselect__chosen">
        {state.kind === 'date' ? (
          <>
            <Icon name="calendar" /> {t('date.chosen')} <bdi className="dateselect__words">{format(state.iso)}</bdi>
          </>
        ) : state.kind === 'impossible' ? (
          t('date.impossible')
        ) : state.kind === 'incomplete' ? (
          t('date.incomplete')
        ) : (
          t('date.none')
        )}
      </p>
      <div id={errorId} aria-live="polite">
        {error && (
          <p className="field-error">
            <Icon name="warning" /> <span>{error}</span>
          </p>
        )}
      </div>
    </fieldset>
  );
}
