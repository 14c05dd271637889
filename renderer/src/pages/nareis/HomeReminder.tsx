import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { nextDeadline } from '@core/calendar/reminder';
import { daysBetween } from '@core/domain/dates';
import { computeTimeline } from '@core/timeline';
import { useApp } from '../../app/AppContext';
import { Icon } from '../../components/Icon';
import { plainText } from '../../components/Text';
import { localToday } from '../../components/dateParts';
import { useFormatDate } from '../../components/useFormatDate';
import { isolate } from '../timeline/dates';
import './nareis.css';

/**
 * Issue 15: on the person's own computer, the home screen shows the next legal
 * deadline when it is at most REMINDER_DAYS away. Nothing runs in the
 * background and nothing is sent: it is computed when the screen opens.
 */
function HomeReminder() {
  const { t } = useTranslation(['nareis', 'timeline']);
  const { caseData } = useApp();
  const fmt = useFormatDate();
  const today = localToday();
  const next = useMemo(() => (caseData ? nextDeadline(computeTimeline(caseData, today), today) : null), [caseData, today]);
  if (!next) return null;
  const days = daysBetween(today, next.date);
  return (
    <section className="card home-reminder" aria-labelledby="home-reminder-h" data-id={next.id}>
      <h2 id="home-reminder-h">
        <Icon name="clock" /> {t('reminder.title')}
      </h2>
      <p>{t('reminder.text', { title: plainText(t(`milestones.${next.id}.title`, { ns: 'timeline' })), date: isolate(fmt(next.date)) })}</p>
      <p className="home-reminder__days">{days === 0 ? t('deadline.today') : t('deadline.left', { count: days })}</p>
      <Link href="/timeline" className="button">
        <Icon name="arrow-forward" /> {t('reminder.open')}
      </Link>
    </section>
  );
}

export default HomeReminder;
