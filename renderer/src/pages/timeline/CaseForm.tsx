import { useMemo, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { CaseDateField } from '@core/domain/case';
import type { TimelineIssue } from '@core/timeline';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { BackLink } from '../../components/Layout';
import { RichText, Tx } from '../../components/Text';
import { DatePicker } from '../../components/DatePicker';
import { localToday } from '../../components/dateParts';
import {
  ANSWERS,
  OUTCOMES,
  REJECTION_QUESTIONS,
  TRACK_CHOICES,
  checkDraft,
  draftFromCase,
  toCaseData,
  visibleDateFields,
  type Draft,
} from './caseForm';
import { useIssueText } from './issues';

/** One question of the form with radio answers: the question as legend, a hint, the options side by side, each a large target. */
function ChoiceGroup<T extends string>(props: {
  className: string;
  legend: ReactNode;
  legendId?: string;
  hint?: string;
  name: string;
  options: readonly T[];
  value: T | undefined;
  onChange: (value: T) => void;
  label: (value: T) => ReactNode;
}) {
  return (
    <fieldset className={props.className}>
      <legend className="choice-group__legend" id={props.legendId}>
        {props.legend}
      </legend>
      {props.hint !== undefined && <p className="choice-group__hint">{props.hint}</p>}
      <div className="case-choices">
        {props.options.map((o) => (
          <label key={o} className="box case-choice">
            <input type="radio" name={props.name} value={o} checked={props.value === o} onChange={() => props.onChange(o)} />
            <span>{props.label(o)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The form's state: the draft, its check against today, and sending. A failed check or save moves the focus to
 * the summary at the top, which says what is wrong.
 */
function useCaseForm() {
  const { t } = useTranslation('timeline');
  const { caseData, saveCase } = useApp();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<Draft>(() => draftFromCase(caseData));
  const [submitted, setSubmitted] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const issueText = useIssueText();
  const today = localToday();
  const check = useMemo(() => checkDraft(draft, today), [draft, today]);

  const update = (patch: Partial<Draft>) => {
    setSaveFailed(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setDate = (f: CaseDateField) => (value: Draft['dates'][CaseDateField]) => {
    setSaveFailed(false);
    setDraft((d) => ({ ...d, dates: { ...d.dates, [f]: value } }));
  };

  function fieldErrors(f: CaseDateField): string[] {
    const out = (check.errors[f] ?? []).map((i: TimelineIssue) => issueText(i));
    if (submitted && check.incomplete.includes(f)) out.push(t('ui.form.incomplete'));
    return out;
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    setSaveFailed(false);
    if (!check.ok) {
      summaryRef.current?.focus();
      return;
    }
    const data = toCaseData(check.input);
    if (!data) {
      setSaveFailed(true);
      summaryRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await saveCase(data);
      navigate('~/timeline');
    } catch {
      setSaveFailed(true);
      setSaving(false);
      summaryRef.current?.focus();
    }
  }

  return {
    draft,
    today,
    saving,
    summaryRef,
    update,
    setDate,
    fieldErrors,
    onSubmit,
    formErrors: (check.errors.form ?? []).map((i) => issueText(i)),
    showSummary: (submitted && !check.ok) || saveFailed,
    saveFailed,
  };
}

type CaseFormState = ReturnType<typeof useCaseForm>;

/** The summary at the top of the form: focused (tabIndex -1) and announced (role alert) when the form cannot be saved. */
function FormSummary({
  summaryRef,
  show,
  saveFailed,
  errors,
}: {
  summaryRef: RefObject<HTMLDivElement | null>;
  show: boolean;
  saveFailed: boolean;
  errors: readonly string[];
}) {
  const { t } = useTranslation('timeline');
  return (
    <div ref={summaryRef} tabIndex={-1} className="form-summary">
      {show && (
        <div className="form-summary__box" role="alert">
          <Icon name="warning" />
          <div>
            {saveFailed ? <p>{t('ui.form.saveFailed')}</p> : <p>{t('ui.form.errors')}</p>}
            {errors.map((m, i) => (
              <p key={i}>{m}</p>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

/** One date of the case. The year list reaches next year: a date after today gets its own plain message. */
function CaseDate({ field, form }: { field: CaseDateField; form: CaseFormState }) {
  const { t } = useTranslation('timeline');
  return (
    <DatePicker
      name={field}
      label={t(`ui.form.fields.${field}.label`)}
      hint={t(`ui.form.fields.${field}.hint`)}
      value={form.draft.dates[field]}
      onChange={form.setDate(field)}
      errors={form.fieldErrors(field)}
      today={form.today}
      yearsAhead={field === 'permitEnd' ? 6 : 1}
      promptIncomplete={false}
    />
  );
}

/** Which procedure: asylum or temporary protection (the only answer the form needs). */
function ProcedureChoice({ form }: { form: CaseFormState }) {
  const { t } = useTranslation('timeline');
  return (
    <ChoiceGroup
      className="choice-group card"
      legend={t('ui.form.procedure.legend')}
      name="procedure"
      options={['asylum', 'temporary-protection'] as const}
      value={form.draft.procedure}
      onChange={(p) => form.update({ procedure: p })}
      label={(p) => <RichText text={t(`ui.form.procedure.${p}`)} links={false} />}
    />
  );
}

/** Asylum: the track the IND put the application in. */
function TrackChoice({ form }: { form: CaseFormState }) {
  const { t } = useTranslation('timeline');
  return (
    <ChoiceGroup
      className="choice-group card"
      legend={<RichText text={t('ui.form.track.legend')} links={false} />}
      hint={t('ui.form.track.hint')}
      name="track"
      options={TRACK_CHOICES}
      value={form.draft.track}
      onChange={(tr) => form.update({ track: tr })}
      label={(tr) => <RichText text={t(`ui.form.track.${tr}`)} links={false} />}
    />
  );
}

/** Asylum: the decision (outcome), the dates that follow from it, and after a rejection what the letter says. */
function DecisionSection({ form }: { form: CaseFormState }) {
  const { t } = useTranslation('timeline');
  const { draft, update } = form;
  const fields = visibleDateFields(draft);
  return (
    <section className="card" aria-labelledby="case-decision-h">
      <ChoiceGroup
        className="choice-group"
        legend={<RichText text={t('ui.form.outcome.legend')} links={false} />}
        legendId="case-decision-h"
        name="outcome"
        options={OUTCOMES}
        value={draft.outcome}
        onChange={(o) => update({ outcome: o })}
        label={(o) => t(`ui.form.outcome.${o}`)}
      />
      {(['decision', 'appealLodged', 'pip', 'permitEnd'] as const)
        .filter((f) => fields.includes(f))
        .map((f) => (
          <CaseDate key={f} field={f} form={form} />
        ))}
      {draft.outcome === 'rejected' &&
        REJECTION_QUESTIONS.map((q) => (
          <ChoiceGroup
            key={q}
            className="choice-group"
            legend={<RichText text={t(`ui.form.${q}.legend`)} links={false} />}
            hint={t(`ui.form.${q}.hint`)}
            name={q}
            options={ANSWERS}
            value={draft[q]}
            onChange={(a) => update({ [q]: a })}
            label={(a) => t(`ui.form.answers.${a}`)}
          />
        ))}
    </section>
  );
}

/** Asylum: an unaccompanied minor (changes reception and work). */
function MinorCheck({ form }: { form: CaseFormState }) {
  const { t } = useTranslation('timeline');
  return (
    <div className="card">
      <label className="check">
        <input type="checkbox" checked={form.draft.minor} onChange={(e) => form.update({ minor: e.target.checked })} />
        <span>
          <RichText text={t('ui.form.minor')} links={false} />
        </span>
      </label>
    </div>
  );
}

/** "My case": the dates and answers the person knows; everything is optional but the procedure. */
export function CaseForm() {
  const { t } = useTranslation('timeline');
  const form = useCaseForm();

  return (
    <div className="timeline-page case-form">
      <BackLink href="/timeline" label={t('ui.form.back')} />
      <h1>{t('ui.form.title')}</h1>
      <Tx ns="timeline" k="ui.form.intro" className="lead" />

      <form noValidate onSubmit={(e) => void form.onSubmit(e)}>
        <FormSummary summaryRef={form.summaryRef} show={form.showSummary} saveFailed={form.saveFailed} errors={form.formErrors} />
        <ProcedureChoice form={form} />

        <section className="card" aria-labelledby="case-dates-h">
          <h2 id="case-dates-h">{t('ui.form.datesTitle')}</h2>
          {(['registration', 'application'] as const).map((f) => (
            <CaseDate key={f} field={f} form={form} />
          ))}
        </section>

        {form.draft.procedure === 'asylum' && (
          <>
            <TrackChoice form={form} />
            <DecisionSection form={form} />
            <MinorCheck form={form} />
          </>
        )}

        <div className="form-actions">
          <button type="submit" className="button button--primary button--big" disabled={form.saving}>
            <Icon name="check" /> {t('ui.form.save')}
          </button>
          <Link href="/" className="button">
            <Icon name="arrow-back" /> {t('ui.form.back')}
          </Link>
        </div>
      </form>
    </div>
  );
}
