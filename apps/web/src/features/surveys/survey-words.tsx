import { Badge } from '@mantine/core';
import type { SurveyStatus } from '../../gql/graphql';
import { When } from '../../components/time';

/** A survey's status as its respondents read it. */
export const SURVEY_STATUS_WORDS: Record<SurveyStatus, { label: string; color: string; text: string }> = {
  DRAFT: { label: 'Draft', color: 'gray', text: 'Being prepared: not open for answers yet.' },
  OPEN: { label: 'Open', color: 'green', text: 'Open for answers.' },
  CLOSED: { label: 'Closed', color: 'red', text: 'Closed: no more answers are taken.' },
};

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const words = SURVEY_STATUS_WORDS[status];
  return (
    <Badge color={words.color} variant="light">
      {words.label}
    </Badge>
  );
}

/** Results: the office at any time, members once the survey is closed (surveyResults' rule). */
export function mayReadResults(status: SurveyStatus, viewer: { isMember: boolean; isOffice: boolean }) {
  return viewer.isOffice || (viewer.isMember && status === 'CLOSED');
}

/** An OPEN survey takes answers from its opensAt on. */
export function notOpenYet(s: { status: SurveyStatus; opensAt?: string | null }, now = Date.now()): boolean {
  return s.status === 'OPEN' && !!s.opensAt && Date.parse(s.opensAt) > now;
}

/** The answering window in words. */
export function SurveyWindow({ opensAt, closesAt }: { opensAt?: string | null; closesAt?: string | null }) {
  if (opensAt && closesAt)
    return (
      <>
        Open from <When at={opensAt} /> to <When at={closesAt} />.
      </>
    );
  if (opensAt)
    return (
      <>
        From <When at={opensAt} />, with no closing date.
      </>
    );
  if (closesAt)
    return (
      <>
        Closes <When at={closesAt} />.
      </>
    );
  return <>No opening or closing date set.</>;
}
