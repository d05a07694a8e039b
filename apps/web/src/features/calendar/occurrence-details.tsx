import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CalendarOccurrenceFragment } from '../../gql/graphql';
import { When } from '../../components/time';
import { visibilityWords } from '../../components/visibility-words';
import { OccurrenceActions } from '../meetings/occurrence-actions';
import { occurrenceWords } from './calendar-occurrence';

/**
 * One occurrence opened from the calendar: when, whose, its state, a link to the meeting, and for
 * those who manage the meeting, cancelling or moving just this occurrence.
 */
export function OccurrenceDetails({
  occurrence,
  zone,
  canManage,
  onClose,
}: {
  occurrence: CalendarOccurrenceFragment | null;
  zone: string;
  canManage: boolean;
  onClose: () => void;
}) {
  const o = occurrence;
  const words = o ? occurrenceWords(o, zone) : null;
  return (
    <Modal opened={o !== null} onClose={onClose} title={o?.meeting.title ?? ''} centered>
      {o && words && (
        <Stack gap="sm">
          <Text className={o.cancelled ? 'cop-struck' : undefined}>
            <When at={o.startsAt} eventZone={o.meeting.timeZone} />
            <Text span c="dimmed" size="sm">
              {' '}
              until {words.end}
            </Text>
          </Text>
          {(o.cancelled || words.movedFrom) && (
            <Group gap="xs">
              {o.cancelled && (
                <Badge color="red" variant="light">
                  Cancelled
                </Badge>
              )}
              {words.movedFrom && <Text size="sm">Moved from {words.movedFrom}</Text>}
            </Group>
          )}
          <Text size="sm">
            {o.meeting.workingGroup
              ? `${o.meeting.workingGroup.code} ${o.meeting.workingGroup.name}`
              : 'Community-wide'}
            {' · '}
            {visibilityWords(o.meeting.visibility, o.meeting.workingGroup ? [o.meeting.workingGroup] : [])}
          </Text>
          <Group>
            <Button component={Link} to={words.href} variant="light">
              Open meeting
            </Button>
          </Group>
          {canManage && (
            <OccurrenceActions
              inline
              meetingId={o.meeting.id}
              title={o.meeting.title}
              occurrence={o}
              onChanged={onClose}
            />
          )}
        </Stack>
      )}
    </Modal>
  );
}
