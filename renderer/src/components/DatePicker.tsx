import { useId, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseISODate, type ISODate } from '@core/domain/dates';
import { useApp } from '../app/AppContext';
import { dateLocale, intlHasLanguage } from '../i18n/format';
import { NO_DATE, partsFromISO, readParts, type DateParts } from './dateParts';
import { Icon } from './Icon';
import { RichText } from './Text';
import { useFormatDate } from './useFormatDate';
import './DatePicker.css';

/** Month names in the person's language, Gregorian, January first. */
function monthNames(lng: string): string[] {
  // Where the runtime has no month names for the language, numbers (not English names).
  if (!intlHasLanguage(lng)) return Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const f = new Intl.DateTimeFormat(dateLocale(lng), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2001, i, 1))));
}

/**
 * Whether the browser's own date field writes a date the way the app's
 * language does. That field follows the browser's (or the system's) language,
 * not the app's, and shows e.g. "mm/dd/yyyy" in an Arabic or a British English
 * app; where the two differ it is left out, and the lists, which follow the
 * app's language and direction, stay.
 */
export function nativeCalendarFits(lng: string, runtime: string = typeof navigator === 'undefined' ? '' : navigator.language): boolean {
  if (!runtime || !intlHasLanguage(lng)) return false;
  const probe = new Date(Date.UTC(2001, 1, 3));
  const short = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeZone: 'UTC' }).format(probe);
  try {
    return short(`${runtime}-u-ca-gregory-nu-latn`) === short(dateLocale(lng));
  } catch {
    return false; // not a valid language tag
  }
}

/** The years to choose from, newest first: `back` years before this one to `ahead` after, and always the picked one. */
function yearRange(today: ISODate, picked: string, back: number, ahead: number): number[] {
  const thisYear = Number(today.slice(0, 4));
  const p = Number(picked);
  const hasYear = picked !== '' && Number.isInteger(p);
  const top = Math.max(thisYear + ahead, hasYear ? p : -Infinity);
  const bottom = Math.min(thisYear - back, hasYear ? p : Infinity);
  return Array.from({ length: top - bottom + 1 }, (_, i) => top - i);
}

/** One part of the date (day, month or year): a labelled select whose first option is "not chosen". */
function PartSelect({
  label,
  className,
  value,
  onChange,
  options,
  selectProps,
  selectRef,
}: {
  label: string;
  className?: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; text: string }[];
  selectProps: { className: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation('common');
  return (
    <label className={className ? `datepick__part ${className}` : 'datepick__part'}>
      <span className="field__label">{label}</span>
      <select {...selectProps} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('datePicker.notChosen')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The chosen date said back in words, or what is still missing. */
function SaidBack({ state, promptIncomplete, weekday }: { state: ReturnType<typeof readParts>; promptIncomplete: boolean; weekday: boolean }) {
  const { t } = useTranslation('common');
  const format = useFormatDate(weekday ? 'full' : 'long');
  if (state.kind === 'date') {
    return (
      <>
        <Icon name="calendar" /> {t('datePicker.chosen')} <bdi className="datepick__words">{format(state.iso)}</bdi>
      </>
    );
  }
  if (state.kind === 'impossible') return t('datePicker.impossible');
  if (state.kind === 'incomplete' && promptIncomplete) return t('datePicker.incomplete');
  return t('datePicker.none');
}

export interface DatePickerProps {
  /** The question, already translated (may hold [[glossary]] markers). */
  label: string;
  /** A hint under the question, already translated. */
  hint?: string;
  /** Names the field: `data-field` on the fieldset, for the page and its tests. */
  name?: string;
  value: DateParts;
  onChange(value: DateParts): void;
  /** Plain sentences: what is wrong with this date. Shown next to it and linked by aria-describedby. */
  errors?: readonly string[];
  today: ISODate;
  /** How many years before this one the year list goes (older dates: the calendar field, which takes any year). */
  yearsBack?: number;
  /** How many years after this one the year list goes. */
  yearsAhead?: number;
  /** Offer the browser's own calendar beside the lists (only where it writes dates as the app's language does). */
  calendar?: boolean;
  /** Say the chosen date back with its weekday ("Monday 12 January 2026"). */
  weekday?: boolean;
  /**
   * Say at once that a half-chosen date needs the rest. Off where the form
   * asks for the rest itself when it is sent, so nobody is told off mid-choice.
   */
  promptIncomplete?: boolean;
}

/**
 * The ids that tie the field together: the hint and the error box, both named by aria-describedby on every part
 * (the three lists and the calendar field), which are marked invalid while there are errors.
 */
function useFieldAria(hint: string | undefined, invalid: boolean) {
  const uid = useId();
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, aria: { 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined } };
}

type FieldAria = ReturnType<typeof useFieldAria>['aria'];

/** The three lists: day, month (names in the person's language) and year, with the digits the person chose. */
function DateSelects({
  value,
  onChange,
  today,
  yearsBack,
  yearsAhead,
  aria,
  dayRef,
}: {
  value: DateParts;
  onChange(value: DateParts): void;
  today: ISODate;
  yearsBack: number;
  yearsAhead: number;
  aria: FieldAria;
  dayRef: Ref<HTMLSelectElement>;
}) {
  const { t, i18n } = useTranslation('common');
  const { settings } = useApp();
  const lng = i18n.language;
  const nativeDigits = Boolean(settings.nativeDigits);
  const months = useMemo(() => monthNames(lng), [lng]);
  const num = useMemo(() => new Intl.NumberFormat(dateLocale(lng, { nativeDigits }), { useGrouping: false }), [lng, nativeDigits]);
  // The year list always holds the picked year, however far off.
  const years = yearRange(today, value.y, yearsBack, yearsAhead);
  const set = (patch: Partial<DateParts>) => onChange({ ...value, ...patch });
  const common = { className: 'select datepick__select', ...aria };
  return (
    <div className="datepick__parts">
      <PartSelect
        label={t('datePicker.day')}
        selectProps={common}
        selectRef={dayRef}
        value={value.d}
        onChange={(d) => set({ d })}
        options={Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), text: num.format(i + 1) }))}
      />
      <PartSelect
        label={t('datePicker.month')}
        className="datepick__part--month"
        selectProps={common}
        value={value.m}
        onChange={(m) => set({ m })}
        options={months.map((month, i) => ({ value: String(i + 1), text: month }))}
      />
      <PartSelect
        label={t('datePicker.year')}
        selectProps={common}
        value={value.y}
        onChange={(y) => set({ y })}
        options={years.map((y) => ({ value: String(y), text: num.format(y) }))}
      />
    </div>
  );
}

/** The browser's own calendar field, only where it writes dates as the app's language does (`nativeCalendarFits`). */
function CalendarField({ state, onChange, aria }: { state: ReturnType<typeof readParts>; onChange(value: DateParts): void; aria: FieldAria }) {
  const { t, i18n } = useTranslation('common');
  const lng = i18n.language;
  const fits = useMemo(() => nativeCalendarFits(lng), [lng]);
  if (!fits) return null;
  return (
    <label className="datepick__native">
      <span>{t('datePicker.calendar')}</span>
      <input
        type="date"
        className="input"
        value={state.kind === 'date' ? state.iso : ''}
        {...aria}
        onChange={(e) => {
          // Only a whole, real date: a half-typed one leaves the selects as they are.
          if (parseISODate(e.target.value)) onChange(partsFromISO(e.target.value));
        }}
      />
    </label>
  );
}

/** The chosen date said back, and a button to clear it (shown once anything is chosen). */
function ChosenDate({
  state,
  promptIncomplete,
  weekday,
  onClear,
}: {
  state: ReturnType<typeof readParts>;
  promptIncomplete: boolean;
  weekday: boolean;
  onClear(): void;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="datepick__result">
      <p className="datepick__chosen">
        <SaidBack state={state} promptIncomplete={promptIncomplete} weekday={weekday} />
      </p>
      {state.kind !== 'empty' && (
        <button type="button" className="button datepick__clear" onClick={onClear}>
          <Icon name="close" /> {t('datePicker.clear')}
        </button>
      )}
    </div>
  );
}

/** What is wrong with the date, in the page's words: always in the page (aria-live), so a new error is announced. */
function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  return (
    <div id={id} className="datepick__errors" aria-live="polite">
      {errors.map((e, i) => (
        <p key={i} className="field-error">
          <Icon name="warning" /> <span>{e}</span>
        </p>
      ))}
    </div>
  );
}

/**
 * A date without typing a format: day, month (names in the person's
 * language, Gregorian) and year from big selects, or the browser's own
 * calendar. The chosen date is said back in words, so a mistake is easy to
 * see; what is wrong with it stands next to the field.
 */
export function DatePicker({
  label,
  hint,
  name,
  value,
  onChange,
  errors = [],
  today,
  yearsBack = 15,
  yearsAhead = 0,
  calendar = true,
  weekday = true,
  promptIncomplete = true,
}: DatePickerProps) {
  const dayRef = useRef<HTMLSelectElement>(null);
  const state = readParts(value);
  const invalid = errors.length > 0;
  const { hintId, errorId, aria } = useFieldAria(hint, invalid);
  const clear = () => {
    onChange({ ...NO_DATE });
    // The button goes away with the date: keep the focus in the field.
    dayRef.current?.focus();
  };

  return (
    <fieldset className={invalid ? 'datepick datepick--invalid' : 'datepick'} data-field={name}>
      <legend className="datepick__legend">
        <RichText text={label} links={false} />
      </legend>
      {hint && (
        <p id={hintId} className="datepick__hint">
          <RichText text={hint} links={false} />
        </p>
      )}
      <DateSelects value={value} onChange={onChange} today={today} yearsBack={yearsBack} yearsAhead={yearsAhead} aria={aria} dayRef={dayRef} />
      {calendar && <CalendarField state={state} onChange={onChange} aria={aria} />}
      <ChosenDate state={state} promptIncomplete={promptIncomplete} weekday={weekday} onClear={clear} />
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
