import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
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

/** "My case": the dates and answers the person knows; everything is optional but the procedure. */
/** One radio group of the form: the options side by side, each a large target. */
function Choices<T extends string>(props: {
  name: string;
  options: readonly T[];
  value: T | undefined;
  onChange: (value: T) => void;
  label: (value: T) => ReactNode;
}) {
  return (
    <div className="case-choices">
      {props.options.map((o) => (
        <label key={o} className="box case-choice">
          <input type="radio" name={props.name} value={o} checked={props.value === o} onChange={() => props.onChange(o)} />
          <span>{props.label(o)}</span>
        </label>
      ))}
    </div>
  );
}

export function CaseForm() {
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
  const fields = visibleDateFields(draft);

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

  /** One date of the case. The year list reaches next year: a date after today gets its own plain message. */
  const caseDate = (field: CaseDateField) => (
    <DatePicker
      key={field}
      name={field}
      label={t(`ui.form.fields.${field}.label`)}
      hint={t(`ui.form.fields.${field}.hint`)}
      value={draft.dates[field]}
      onChange={setDate(field)}
      errors={fieldErrors(field)}
      today={today}
      yearsAhead={field === 'permitEnd' ? 6 : 1}
      promptIncomplete={false}
    />
  );

  const formErrors = (check.errors.form ?? []).map((i) => issueText(i));
  const showSummary = (submitted && !check.ok) || saveFailed;

  return (
    <div className="timeline-page case-form">
      <BackLink href="/timeline" label={t('ui.form.back')} />
      <h1>{t('ui.form.title')}</h1>
      <Tx ns="timeline" k="ui.form.intro" className="lead" />

      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <div ref={summaryRef} tabIndex={-1} className="form-summary">
          {showSummary && (
            <div className="form-summary__box" role="alert">
              <Icon name="warning" />
              <div>
                {saveFailed ? <p>{t('ui.form.saveFailed')}</p> : <p>{t('ui.form.errors')}</p>}
                {formErrors.map((m, i) => (
                  <p key={i}>{m}</p>
                ))}
              </div>
            </div>
          )}
        </div>

        <fieldset className="choice-group card">
          <legend className="choice-group__legend">{t('ui.form.procedure.legend')}</legend>
          <Choices
            name="procedure"
            options={['asylum', 'temporary-protection'] as const}
            value={draft.procedure}
            onChange={(p) => update({ procedure: p })}
            label={(p) => <RichText text={t(`ui.form.procedure.${p}`)} links={false} />}
          />
        </fieldset>

        <section className="card" aria-labelledby="case-dates-h">
          <h2 id="case-dates-h">{t('ui.form.datesTitle')}</h2>
          {(['registration', 'application'] as const).map(caseDate)}
        </section>

        {draft.procedure === 'asylum' && (
          <>
            <fieldset className="choice-group card">
              <legend className="choice-group__legend">
                <RichText text={t('ui.form.track.legend')} links={false} />
              </legend>
              <p className="choice-group__hint">{t('ui.form.track.hint')}</p>
              <Choices
                name="track"
                options={TRACK_CHOICES}
                value={draft.track}
                onChange={(tr) => update({ track: tr })}
                label={(tr) => <RichText text={t(`ui.form.track.${tr}`)} links={false} />}
              />
            </fieldset>

            <section className="card" aria-labelledby="case-decision-h">
              <fieldset className="choice-group">
                <legend className="choice-group__legend" id="case-decision-h">
                  <RichText text={t('ui.form.outcome.legend')} links={false} />
                </legend>
                <Choices
                  name="outcome"
                  options={OUTCOMES}
                  value={draft.outcome}
                  onChange={(o) => update({ outcome: o })}
                  label={(o) => t(`ui.form.outcome.${o}`)}
                />
              </fieldset>
              {(['decision', 'appealLodged', 'pip', 'permitEnd'] as const)
                .filter((f) => fields.includes(f))
                .map(caseDate)}
              {draft.outcome === 'rejected' &&
                REJECTION_QUESTIONS.map((q) => (
                  <fieldset key={q} className="choice-group">
                    <legend className="choice-group__legend">
                      <RichText text={t(`ui.form.${q}.legend`)} links={false} />
                    </legend>
                    <p className="choice-group__hint">{t(`ui.form.${q}.hint`)}</p>
                    <Choices
                      name={q}
                      options={ANSWERS}
                      value={draft[q]}
                      onChange={(a) => update({ [q]: a })}
                      label={(a) => t(`ui.form.answers.${a}`)}
                    />
                  </fieldset>
                ))}
            </section>

            <div className="card">
              <label className="check">
                <input type="checkbox" checked={draft.minor} onChange={(e) => update({ minor: e.target.checked })} />
                <span>
                  <RichText text={t('ui.form.minor')} links={false} />
                </span>
              </label>
            </div>
          </>
        )}

        <div className="form-actions">
          <button type="submit" className="button button--primary button--big" disabled={saving}>
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
