import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { MeetingInput } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { When } from '../../components/time';
import { andList, plural } from '../../components/words';

const MeetingConflictsQuery = graphql(`
  query MeetingConflicts($input: MeetingInput!) {
    meetingConflicts(input: $input) {
      occurrence {
        startsAt
        endsAt
        originalStartsAt
        meeting {
          id
          title
          timeZone
          workingGroup {
            id
            code
          }
        }
      }
      sharedMembers {
        id
        displayName
      }
    }
  }
`);

/** The names of the people two meetings share: all of a few, the first ones of many. */
function sharedWords(names: string[]): string {
  const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
  return `shares ${plural(names.length, 'person', 'people')}: ${andList(shown)}`;
}

/**
 * Meetings of the coming year that overlap the proposed one and share people with it, asked of
 * the server while the chair edits (`input` is already debounced; null while incomplete). It
 * only warns: the chair may still save.
 */
export function MeetingConflicts({
  input,
  ignoreMeetingId,
}: {
  input: MeetingInput | null;
  ignoreMeetingId?: string;
}) {
  const [result] = useQuery({
    query: MeetingConflictsQuery,
    variables: { input: input! },
    pause: input === null,
    requestPolicy: 'cache-and-network',
  });
  if (!input) return null;
  if (result.error) {
    // A BAD_USER_INPUT is shown beside the fields by the preview; say nothing twice.
    const fieldProblem = result.error.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT');
    if (fieldProblem) return null;
    return (
      <Text size="sm" c="dimmed" role="status">
        Conflicts could not be checked: {errorMessage(result.error)}
      </Text>
    );
  }
  if (!result.data) {
    return (
      <Text size="sm" c="dimmed" role="status">
        Checking for conflicts…
      </Text>
    );
  }
  // Editing a meeting: its own occurrences are no conflict.
  const conflicts = result.data.meetingConflicts.filter((c) => c.occurrence.meeting.id !== ignoreMeetingId);
  if (!conflicts.length) {
    return (
      <Text size="sm" role="status">
        No conflicts: no meeting of the coming year that shares people overlaps this one.
      </Text>
    );
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      role="status"
      title={`${plural(conflicts.length, 'meeting overlaps', 'meetings overlap')} this one`}
    >
      <Stack gap="xs">
        <Text size="sm">People in both would have to choose. You can still save.</Text>
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {conflicts.map((c) => {
            const m = c.occurrence.meeting;
            return (
              <li key={`${m.id}-${c.occurrence.originalStartsAt}`}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={webPaths.meeting(m.id, c.occurrence.originalStartsAt)}>
                    {m.title}
                  </Anchor>
                  <Badge variant="light" size="sm">
                    {m.workingGroup?.code ?? 'Community-wide'}
                  </Badge>
                </Group>
                <Text size="sm">
                  <When at={c.occurrence.startsAt} eventZone={m.timeZone} />
                </Text>
                <Text size="sm">{sharedWords(c.sharedMembers.map((p) => p.displayName))}</Text>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Alert>
  );
}
