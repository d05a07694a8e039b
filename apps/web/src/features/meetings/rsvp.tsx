import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AttendanceAnswerFragment, RsvpMeetingFragment, RsvpResponse } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { When } from '../../components/time';
import { signInHref, useShell } from '../viewer/viewer';
import { RESPONSES } from './attendees';

export const RsvpMeetingFields = graphql(`
  fragment RsvpMeeting on Meeting {
    id
    title
    status
    recurrence
    seriesResponse: viewerResponse
  }
`);

const RespondMutation = graphql(`
  mutation RespondToMeeting($meetingId: ID!, $occurrenceStartsAt: DateTime, $response: RsvpResponse!) {
    respondToMeeting(meetingId: $meetingId, occurrenceStartsAt: $occurrenceStartsAt, response: $response) {
      occurrenceStartsAt
      response
      respondedAt
    }
  }
`);

// An answer is no Meeting: name it so the page's query (attendance, viewerResponse) is asked again.
const ANSWERS_CHANGED = { additionalTypenames: ['Meeting', 'Attendance'] };

const BUTTON_WORDS: Record<RsvpResponse, string> = { YES: 'Yes', MAYBE: 'Maybe', NO: 'No' };
const ANSWER_WORDS: Record<RsvpResponse, string> = {
  YES: 'yes, you come',
  MAYBE: 'maybe',
  NO: 'no, you do not come',
};

export type RsvpOccurrence = { originalStartsAt: string; startsAt: string; cancelled: boolean };

/**
 * The viewer's answer to "will you come?": for the occurrence on the page and for the whole
 * series (one answer for a meeting that does not repeat). An answer for one occurrence wins
 * over the series' answer for it. Members only; others are told how to become able to answer.
 */
export function Rsvp({
  meeting,
  occurrence,
  answers,
}: {
  meeting: RsvpMeetingFragment;
  /** The occurrence shown (a series'); null for a meeting that does not repeat or a series that has ended. */
  occurrence: RsvpOccurrence | null;
  answers: readonly AttendanceAnswerFragment[];
}) {
  const { signedIn, isMember, person, providers } = useShell();
  const location = useLocation();
  if (!signedIn) {
    return (
      <Text>
        <Anchor href={signInHref(providers, location.pathname + location.search)} underline="always">
          Sign in
        </Anchor>{' '}
        to say whether you come.
      </Text>
    );
  }
  if (!isMember) {
    return (
      <Text>Members of the community say here whether they come, once the project office admits you.</Text>
    );
  }
  if (meeting.status === 'CANCELLED') {
    return <Text c="dimmed">This meeting was cancelled: there is nothing to answer.</Text>;
  }
  const series = meeting.recurrence !== null;
  const seriesAnswer = meeting.seriesResponse ?? null;
  if (!series) {
    return (
      <AnswerGroup
        meetingId={meeting.id}
        label="This meeting"
        occurrenceStartsAt={null}
        current={seriesAnswer}
        status={seriesAnswer ? `Your answer: ${ANSWER_WORDS[seriesAnswer]}.` : 'You have not answered yet.'}
      />
    );
  }
  const own = occurrence
    ? (answers.find(
        (a) =>
          a.person.id === person?.id &&
          a.occurrenceStartsAt !== null &&
          new Date(a.occurrenceStartsAt).getTime() === new Date(occurrence.originalStartsAt).getTime(),
      )?.response ?? null)
    : null;
  const effective = own ?? seriesAnswer;
  return (
    <Stack gap="md">
      {occurrence &&
        (occurrence.cancelled ? (
          <Text c="dimmed">
            The meeting of <When at={occurrence.startsAt} /> is cancelled: answer for the series or another
            meeting of it.
          </Text>
        ) : (
          <AnswerGroup
            meetingId={meeting.id}
            label={
              <>
                This meeting, <When at={occurrence.startsAt} />
              </>
            }
            occurrenceStartsAt={occurrence.originalStartsAt}
            current={own}
            status={
              effective
                ? `Your answer: ${ANSWER_WORDS[effective]}${own ? '' : ' (your answer for the series)'}.`
                : 'You have not answered for this meeting yet.'
            }
          />
        ))}
      <AnswerGroup
        meetingId={meeting.id}
        label="The whole series"
        occurrenceStartsAt={null}
        current={seriesAnswer}
        status={
          seriesAnswer
            ? `Your answer for the series: ${ANSWER_WORDS[seriesAnswer]}. It holds for every meeting you have not answered one by one.`
            : 'You have not answered for the series yet.'
        }
      />
    </Stack>
  );
}

function AnswerGroup({
  meetingId,
  label,
  occurrenceStartsAt,
  current,
  status,
}: {
  meetingId: string;
  label: ReactNode;
  occurrenceStartsAt: string | null;
  current: RsvpResponse | null;
  status: string;
}) {
  const labelId = useId();
  const [, respond] = useMutation(RespondMutation);
  const [saving, setSaving] = useState<RsvpResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const answer = async (response: RsvpResponse) => {
    setProblem(null);
    setSaving(response);
    const result = await respond({ meetingId, occurrenceStartsAt, response }, ANSWERS_CHANGED);
    setSaving(null);
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Answer saved',
      message: occurrenceStartsAt ? 'Your answer for this meeting was saved.' : 'Your answer was saved.',
    });
  };

  return (
    <Stack gap={6} role="group" aria-labelledby={labelId}>
      <Text fw={600} id={labelId}>
        {label}
      </Text>
      <Group gap="xs" wrap="wrap">
        {RESPONSES.map((r) => (
          <Button
            key={r}
            size="sm"
            variant={current === r ? 'filled' : 'default'}
            aria-pressed={current === r}
            loading={saving === r}
            disabled={saving !== null && saving !== r}
            onClick={() => void answer(r)}
          >
            {BUTTON_WORDS[r]}
          </Button>
        ))}
      </Group>
      <Text size="sm" role="status">
        {status}
      </Text>
      {problem && (
        <Alert color="red" role="alert" title="Your answer was not saved">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
