import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { MeetingDateFragment } from '../../gql/graphql';
import { Empty } from '../../components/page';
import { When } from '../../components/time';
import { minutesText } from './agenda-list';

export const MeetingDateFields = graphql(`
  fragment MeetingDate on MeetingOccurrence {
    startsAt
    endsAt
    originalStartsAt
    cancelled
  }
`);

export function isMoved(o: MeetingDateFragment): boolean {
  return new Date(o.startsAt).getTime() !== new Date(o.originalStartsAt).getTime();
}

/** One occurrence's time: start in the viewer's zone (and the meeting's), and how long. */
export function OccurrenceTime({ occurrence, zone }: { occurrence: MeetingDateFragment; zone: string }) {
  const minutes = Math.round(
    (new Date(occurrence.endsAt).getTime() - new Date(occurrence.startsAt).getTime()) / 60000,
  );
  return (
    <>
      <When at={occurrence.startsAt} eventZone={zone} />
      <Text span c="dimmed" size="sm">
        {' '}
        · {minutesText(minutes)}
      </Text>
    </>
  );
}

/** Occurrences of one meeting, each linking to itself: cancelled ones struck through, moved ones with their old time. */
export function MeetingDates({
  meetingId,
  items,
  zone,
  selected,
}: {
  meetingId: string;
  items: MeetingDateFragment[];
  zone: string;
  selected: string | null;
}) {
  if (!items.length) return <Empty>No meeting in the coming year.</Empty>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((o) => {
        const current =
          selected !== null && new Date(selected).getTime() === new Date(o.originalStartsAt).getTime();
        return (
          <li key={o.originalStartsAt}>
            <Group gap="xs" wrap="wrap">
              <Anchor
                component={Link}
                to={webPaths.meeting(meetingId, o.originalStartsAt)}
                className={o.cancelled ? 'cop-struck' : undefined}
                aria-current={current ? 'true' : undefined}
                fw={current ? 700 : undefined}
              >
                <OccurrenceTime occurrence={o} zone={zone} />
              </Anchor>
              {o.cancelled && (
                <Badge color="red" variant="light" size="sm">
                  Cancelled
                </Badge>
              )}
              {isMoved(o) && (
                <Badge variant="default" size="sm">
                  Moved
                </Badge>
              )}
            </Group>
            {isMoved(o) && (
              <Text size="sm" c="dimmed">
                Moved from <When at={o.originalStartsAt} />
              </Text>
            )}
          </li>
        );
      })}
    </Stack>
  );
}
