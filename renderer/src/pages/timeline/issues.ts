import { useTranslation } from 'react-i18next';
import { ISSUE_CODES, type TimelineIssue } from '@core/timeline';
import { usePlainText } from '../../components/Text';

/** Field names the texts know (`timeline:fields.<name>`); anything else is named generically. */
const FIELDS = [
  'registration',
  'application',
  'decision',
  'appealLodged',
  'pip',
  'permitEnd',
  'today',
  'procedure',
  'track',
  'decisionOutcome',
  'unaccompaniedMinor',
  'dates',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (name: string | undefined): name is Field => (FIELDS as readonly (string | undefined)[]).includes(name);

/** A plain sentence for an engine issue, e.g. "The date for asylum application does not exist. Please check it." */
export function useIssueText(): (issue: TimelineIssue) => string {
  const { t } = useTranslation('timeline');
  const plainText = usePlainText();
  return (issue) => {
    const code = (ISSUE_CODES as readonly string[]).includes(issue.code) ? issue.code : 'invalid-input';
    if (code === 'work-unknown') {
      const reason = issue.field === 'minor' || issue.field === 'track' || issue.field === 'newLaw' ? issue.field : null;
      return plainText(reason ? t(`workReasons.${reason}`) : t('issues.work-unknown'));
    }
    const field = isField(issue.field) ? issue.field : 'dates';
    return plainText(t(`issues.${code}`, { field: t(`fields.${field}`) }));
  };
}
