import { Stack, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MeetingInput } from '../../gql/graphql';
import { errorCode, errorMessage, fieldErrors } from '../../components/errors';
import { When } from '../../components/time';
import { minutesText } from './agenda-list';

const MeetingOccurrencesPreviewQuery = graphql(`
  query MeetingOccurrencesPreview($input: MeetingInput!) {
    meetingOccurrencesPreview(input: $input, first: 5) {
      startsAt
      endsAt
    }
  }
`);

/**
 * The next five meetings of a proposed series, expanded by the server in the meeting's zone
 * (`input` is debounced; null while incomplete), and its field messages by input field
 * (`recurrence`, `timeZone`, `endsAt`, …) for the form to show beside its inputs.
 */
export function useOccurrencesPreview(input: MeetingInput | null) {
  const [result] = useQuery({
    query: MeetingOccurrencesPreviewQuery,
    variables: { input: input! },
    pause: input === null,
  });
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(result.error)))
    fields[path.split('.').pop() ?? path] = message;
  return { result: input ? result : null, fields };
}

export function OccurrencesPreview({
  preview,
  zone,
}: {
  preview: ReturnType<typeof useOccurrencesPreview>['result'];
  zone: string;
}) {
  if (!preview) {
    return (
      <Text size="sm" c="dimmed">
        Fill in the start, length and time zone to see the next meetings.
      </Text>
    );
  }
  if (preview.error) {
    const fields = Object.values(fieldErrors(preview.error));
    return (
      <Text size="sm" role="status" c={errorCode(preview.error) === 'BAD_USER_INPUT' ? undefined : 'dimmed'}>
        {fields.length
          ? `No meetings to show yet: ${fields.join(' ')}`
          : `The next meetings could not be shown: ${errorMessage(preview.error)}`}
      </Text>
    );
  }
  if (!preview.data) {
    return (
      <Text size="sm" c="dimmed" role="status">
        Working out the next meetings…
      </Text>
    );
  }
  const items = preview.data.meetingOccurrencesPreview;
  if (!items.length) return <Text size="sm">No meeting of this series is still to come.</Text>;
  return (
    <Stack gap={4} component="ol" aria-label="Next meetings" style={{ paddingLeft: '1.25rem', margin: 0 }}>
      {items.map((o) => (
        <li key={o.startsAt}>
          <Text size="sm" span>
            <When at={o.startsAt} eventZone={zone} />
            <Text span c="dimmed" size="sm">
              {' '}
              ·{' '}
              {minutesText(
                Math.round((new Date(o.endsAt).getTime() - new Date(o.startsAt).getTime()) / 60000),
              )}
            </Text>
          </Text>
        </li>
      ))}
    </Stack>
  );
}
