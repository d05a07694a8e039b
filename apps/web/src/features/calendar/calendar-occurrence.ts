import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { CalendarOccurrenceFragment } from '../../gql/graphql';
import { formatInZone } from '../../components/time';

export const CalendarOccurrenceFields = graphql(`
  fragment CalendarOccurrence on MeetingOccurrence {
    originalStartsAt
    startsAt
    endsAt
    cancelled
    meeting {
      id
      title
      timeZone
      visibility
      recurrence
      viewerCanManage
      workingGroup {
        code
        name
      }
    }
  }
`);

export function isMovedOccurrence(
  o: Pick<CalendarOccurrenceFragment, 'startsAt' | 'originalStartsAt'>,
): boolean {
  return new Date(o.startsAt).getTime() !== new Date(o.originalStartsAt).getTime();
}

/** The link to an occurrence: the meeting, at this occurrence when it is one of a series. */
export function occurrenceHref(o: CalendarOccurrenceFragment): string {
  return o.meeting.recurrence
    ? webPaths.meeting(o.meeting.id, o.originalStartsAt)
    : webPaths.meeting(o.meeting.id);
}

/** What the calendar says of an occurrence, in the viewer's zone and, when it differs, the meeting's. */
export function occurrenceWords(o: CalendarOccurrenceFragment, zone: string) {
  const time = formatInZone(o.startsAt, zone, 'time');
  const end = formatInZone(o.endsAt, zone, 'time');
  const there =
    o.meeting.timeZone !== zone
      ? `${formatInZone(o.startsAt, o.meeting.timeZone, 'time')} ${o.meeting.timeZone}`
      : null;
  const movedFrom = isMovedOccurrence(o) ? formatInZone(o.originalStartsAt, zone) : null;
  const tooltip = [
    `${time}–${end} ${o.meeting.title}`,
    there && `(${there})`,
    o.cancelled && '— Cancelled',
    movedFrom && `— moved from ${movedFrom}`,
  ]
    .filter(Boolean)
    .join(' ');
  return { href: occurrenceHref(o), time, end, there, movedFrom, tooltip };
}

/** Whether the viewer may cancel or move this occurrence (the meeting's chair, or the office). */
export function canManageOccurrence(o: CalendarOccurrenceFragment): boolean {
  return o.meeting.viewerCanManage;
}
