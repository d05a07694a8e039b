import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../components/errors';

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!) {
    cancelMeeting(id: $id) {
      id
      status
    }
  }
`);

// Every occurrence changes: name the occurrences too so lists and calendars are asked again.
const MEETING_CHANGED = { additionalTypenames: ['Meeting', 'MeetingOccurrence'] };

/** Cancels a whole meeting (every occurrence of a series), after the chair confirms. */
export function CancelMeetingButton({
  meetingId,
  title,
  series,
}: {
  meetingId: string;
  title: string;
  series: boolean;
}) {
  const [opened, setOpened] = useState(false);
  const [state, cancel] = useMutation(CancelMeetingMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const what = series ? 'series' : 'meeting';

  const confirm = async () => {
    setProblem(null);
    const result = await cancel({ id: meetingId }, MEETING_CHANGED);
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    setOpened(false);
    notifications.show({
      color: 'teal',
      title: series ? 'Series cancelled' : 'Meeting cancelled',
      message: `${title} will not take place.`,
    });
  };

  return (
    <>
      <Button variant="outline" color="red.9" onClick={() => setOpened(true)}>
        Cancel the {what}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Cancel the whole ${what}?`} centered>
        <Stack gap="md">
          <Text>
            {series ? (
              <>
                The whole series <strong>{title}</strong> is cancelled: none of its meetings takes place.
              </>
            ) : (
              <>
                <strong>{title}</strong> will not take place.
              </>
            )}{' '}
            The page stays, marked cancelled, and calendar subscriptions show the change.
          </Text>
          {problem && (
            <Alert color="red" role="alert" title={`The ${what} was not cancelled`}>
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setOpened(false)}>
              Keep it
            </Button>
            <Button color="red.9" loading={state.fetching} onClick={() => void confirm()}>
              Yes, cancel the {what}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
