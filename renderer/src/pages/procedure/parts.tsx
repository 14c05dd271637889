import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlatNamespace, ParseKeys } from 'i18next';
import { Link } from 'wouter';
import { getLanguage, isLanguageCode } from '@core/i18n/languages';
import { getStep, type Duration, type StepId } from '@core/content/procedure';
import type { RulePeriodId } from '@core/rules/periods';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { RichText, Tx, usePlainText } from '../../components/Text';
import { formatNumber } from '../../i18n/format';
import { stringKeyT } from '../../i18n/keys';
import { useSecondLanguage } from '../../i18n/secondLanguage';
import { otherPeriod, PACT_START } from './model';
import { useProcedure } from './state';

import { useFormatDate } from '../../components/useFormatDate';

export { useFormatDate };

/** Numbers in the person's choice of digits. */
export function useFormatNumber(): (n: number) => string {
  const { i18n } = useTranslation();
  const { settings } = useApp();
  const nativeDigits = Boolean(settings.nativeDigits);
  return (n) => formatNumber(n, i18n.language, { nativeDigits });
}

/** "6 months", "17.8 months": the number in the person's digits, the unit with its plural form. */
export function useFormatDuration(): (d: Pick<Duration, 'value' | 'unit'>) => string {
  const { t, i18n } = useTranslation('procedureUi');
  const { settings } = useApp();
  const nativeDigits = Boolean(settings.nativeDigits);
  return ({ value, unit }) => {
    const shown = formatNumber(value, i18n.language, { nativeDigits });
    // A catalog that lacks this language's plural form (e.g. Arabic "few") falls back to "_other" (i18next).
    return t(`units.${unit}`, { count: value, value: shown });
  };
}

/** A step's title, plain (no links): for link texts and headings inside links. */
export function useStepTitle(): (id: StepId) => string {
  const { t } = useTranslation('procedure');
  const plain = usePlainText();
  return (id) => plain(t(`steps.${id}.title`));
}

/**
 * A short inline text (inside a button or a summary) that, in support-worker
 * mode, shows the second language beside it: the inline twin of <Tx>.
 */
export function BiSpan<N extends FlatNamespace>({ k, ns, links = false }: { k: ParseKeys<N>; ns: N; links?: boolean }) {
  const t = stringKeyT(useTranslation(ns).t);
  const second = useSecondLanguage(ns);
  const lang = second && isLanguageCode(second.lng) ? getLanguage(second.lng) : null;
  return (
    <>
      <span>
        <RichText text={t(k)} links={links} />
      </span>
      {second && (
        <span className="proc-bi-second" lang={lang?.intl} dir={lang?.dir}>
          <RichText text={stringKeyT(second.t)(k)} links={links} lng={second.lng} />
        </span>
      )}
    </>
  );
}

/**
 * One step as a link: icon, short title and the Dutch term under it.
 * `number` shows its place on a route; `here` marks the person's current step.
 */
export function StepCard({ id, number, here, off }: { id: StepId; number?: number; here?: boolean; off?: boolean }) {
  const { t } = useTranslation('procedureUi');
  const title = useStepTitle();
  const num = useFormatNumber();
  const step = getStep(id);
  const cls = ['box proc-card', here ? 'proc-card--here' : '', off ? 'proc-card--off' : ''].filter(Boolean).join(' ');
  return (
    <Link href={`/step/${id}`} className={cls} aria-current={here ? 'step' : undefined} data-step={id}>
      {number !== undefined && (
        <span className="proc-card__num" aria-hidden="true">
          {num(number)}
        </span>
      )}
      <span className="proc-card__icon">
        <Icon name={step.icon} size={32} />
      </span>
      <span className="proc-card__text">
        <span className="proc-card__title">{title(id)}</span>
        <bdi lang="nl" className="proc-card__nl">
          {step.dutchTerm}
        </bdi>
        {here && (
          <span className="proc-here">{t('map.youAreHere')}</span>
        )}
      </span>
    </Link>
  );
}

/**
 * Which rule period the page shows, why, and a button for the other one.
 *
 * The other period can always be chosen: people who applied before 12 June
 * 2026 need the old rules, support workers explain both, and the app cannot
 * know every date that counts for a person (a later application, a family
 * member's case). The period that fits the person's own dates is the default,
 * and the bar says so when they look at the other one.
 */
export function PeriodBar() {
  const { t } = useTranslation('procedureUi');
  const st = useProcedure();
  const fmt = useFormatDate();
  const labelId = useId();
  const date = fmt(PACT_START);
  const label = (p: RulePeriodId) => t(`period.label.${p}`, { date });
  const other = otherPeriod(st.period);
  const why =
    st.basis === 'chosen'
      ? t('period.why.chosen', { own: label(st.ownPeriod) })
      : st.basis === 'today'
        ? t('period.why.today')
        : t(`period.why.${st.basis}`, { date: fmt(st.basisDate) });
  return (
    <section className="proc-period" aria-labelledby={labelId} data-period={st.period}>
      <p className="proc-period__label" id={labelId} role="status">
        <Icon name="calendar" /> <strong>{label(st.period)}</strong>
      </p>
      <p className="proc-period__why">{why}</p>
      <button type="button" className="button proc-period__switch" onClick={() => st.setPeriod(other)}>
        {t(`period.show.${other}`, { date })}
      </button>
      <details className="proc-period__more">
        <summary>{t('period.more')}</summary>
        <Tx ns="procedure" k={`periods.${st.period}.summary`} />
      </details>
    </section>
  );
}
