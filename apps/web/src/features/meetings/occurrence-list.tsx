import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { OccurrenceItemFragment } from '../../gql/graphql';
import { When } from '../../components/time';
import { Empty } from '../../components/page';

export const OccurrenceItem = graphql(`
  fragment OccurrenceItem on MeetingOccurrence {
    startsAt
    endsAt
    originalStartsAt
    cancelled
    meeting {
      id
      title
      timeZone
      visibility
      workingGroup {
        code
      }
    }
  }
`);

/** Occurrences as a list: title linking to the meeting, its group, the time in the viewer's zone. */
export function OccurrenceList({ items, empty }: { items: OccurrenceItemFragment[]; empty: string }) {
  if (!items.length) return <Empty>{empty}</Empty>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((o) => (
        <li key={`${o.meeting.id}-${o.originalStartsAt}`}>
          <Group gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to={webPaths.meeting(o.meeting.id, o.originalStartsAt)}
              className={o.cancelled ? 'cop-struck' : undefined}
            >
              {o.meeting.title}
            </Anchor>
            {o.meeting.workingGroup && (
              <Badge variant="light" size="sm">
                {o.meeting.workingGroup.code}
              </Badge>
            )}
            {o.cancelled && (
              <Badge color="red" variant="light" size="sm">
                Cancelled
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            <When at={o.startsAt} eventZone={o.meeting.timeZone} />
          </Text>
        </li>
      ))}
    </Stack>
  );
}
