import { Alert, Anchor, Button, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { apiPaths, webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { MeetingPageQuery as MeetingPageData } from '../gql/graphql';
import { NotFound } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { ServerHtml } from '../components/server-html';
import { When } from '../components/time';
import { useWindowFromNow } from '../components/now';
import { visibilityWords } from '../components/visibility-words';
import { useShell } from '../features/viewer/viewer';
import { AgendaEditor } from '../features/meetings/agenda-editor';
import { AgendaList } from '../features/meetings/agenda-list';
import { Attendees } from '../features/meetings/attendees';
import { CancelMeetingButton } from '../features/meetings/cancel-meeting';
import { MeetingDates, OccurrenceTime, isMoved } from '../features/meetings/meeting-dates';
import { MinutesEditor } from '../features/meetings/minutes-editor';
import { OccurrenceActions } from '../features/meetings/occurrence-actions';
import { Rsvp } from '../features/meetings/rsvp';
import { describeSeries } from '../features/meetings/series-text';

const MeetingPageQuery = graphql(`
  query MeetingPage(
    $id: ID!
    $from: DateTime!
    $to: DateTime!
    $around: DateTime!
    $aroundEnd: DateTime!
    $withOccurrence: Boolean!
  ) {
    meeting(id: $id) {
      id
      title
      description
      status
      visibility
      timeZone
      startsAt
      endsAt
      recurrence
      location
      videoConferenceUrl
      minutesHtml
      viewerCanManage
      organizer {
        id
        displayName
      }
      workingGroup {
        id
        code
        name
      }
      upcoming: occurrences(from: $from, to: $to) {
        ...MeetingDate
      }
      selected: occurrences(from: $around, to: $aroundEnd) @include(if: $withOccurrence) {
        ...MeetingDate
      }
      agenda {
        ...AgendaEntry
      }
      attendance {
        ...AttendanceAnswer
      }
      ...RsvpMeeting
      ...MinutesSource
    }
  }
`);

type MeetingData = NonNullable<MeetingPageData['meeting']>;

const HALF_YEAR_MS = 183 * 86400_000;

/** `?occurrence=<ISO start>`: the occurrence's original start, or null when absent or not a time. */
function useOccurrenceParam(): { occurrence: string | null; invalid: boolean } {
  const [params] = useSearchParams();
  const raw = params.get('occurrence');
  return useMemo(() => {
    if (!raw) return { occurrence: null, invalid: false };
    const t = new Date(raw);
    return Number.isNaN(t.getTime())
      ? { occurrence: null, invalid: true }
      : { occurrence: t.toISOString(), invalid: false };
  }, [raw]);
}

/** `/meetings/:id`: a meeting, or one occurrence of a series with `?occurrence=` (else its next one). */
export default function MeetingRoute() {
  const { id = '' } = useParams();
  const { occurrence, invalid } = useOccurrenceParam();
  const window = useWindowFromNow(365);
  const variables = useMemo(() => {
    const at = occurrence ? new Date(occurrence).getTime() : Date.now();
    return {
      id,
      ...window,
      // A moved occurrence is listed at its new time: look half a year either side of its old one.
      around: new Date(at - HALF_YEAR_MS).toISOString(),
      aroundEnd: new Date(at + HALF_YEAR_MS).toISOString(),
      withOccurrence: occurrence !== null,
    };
  }, [id, window, occurrence]);
  const [result, refetch] = useQuery({ query: MeetingPageQuery, variables });
  const again = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Loaded result={result} retry={again}>
      {(data) =>
        data.meeting ? (
          <MeetingView m={data.meeting} occurrence={occurrence} invalid={invalid} refresh={again} />
        ) : (
          <NotFound what="meeting" />
        )
      }
    </Loaded>
  );
}

function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" wrap="wrap" gap="xs" mb="xs">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

function MeetingView({
  m,
  occurrence,
  invalid,
  refresh,
}: {
  m: MeetingData;
  occurrence: string | null;
  invalid: boolean;
  refresh: () => void;
}) {
  const { person, isMember } = useShell();
  const [editing, setEditing] = useState<'agenda' | 'minutes' | null>(null);
  const series = m.recurrence !== null;
  const cancelled = m.status === 'CANCELLED';
  const manage = m.viewerCanManage && !cancelled;

  const chosen =
    occurrence && m.selected
      ? (m.selected.find((o) => new Date(o.originalStartsAt).getTime() === new Date(occurrence).getTime()) ??
        null)
      : null;
  // Without ?occurrence=, a series is about its next meeting that takes place.
  const next = series && !chosen ? (m.upcoming.find((o) => !o.cancelled) ?? m.upcoming[0] ?? null) : null;
  const current = chosen ?? next;
  const first = {
    __typename: 'MeetingOccurrence' as const,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    originalStartsAt: m.startsAt,
    cancelled,
  };
  const shown = current ?? first;
  const upcoming = m.upcoming.slice(0, 5);
  const rule = m.recurrence ? describeSeries(m.recurrence, m.startsAt, m.timeZone) : null;
  const length = Math.round((new Date(m.endsAt).getTime() - new Date(m.startsAt).getTime()) / 60000);
  // Answers are for the occurrence on the page; a meeting that does not repeat has series answers only.
  const answersAt = series ? (current?.originalStartsAt ?? null) : null;

  return (
    <Page
      title={m.title}
      subtitle={
        <>
          {m.workingGroup ? (
            <Anchor component={Link} to={webPaths.workingGroup(m.workingGroup.code)} underline="always">
              {m.workingGroup.code} {m.workingGroup.name}
            </Anchor>
          ) : (
            'Community-wide'
          )}
          {' · '}organised by {m.organizer.displayName}
        </>
      }
      actions={
        manage && (
          <>
            <Button component={Link} to={webPaths.editMeeting(m.id)} variant="default">
              {series ? 'Edit series' : 'Edit meeting'}
            </Button>
            <CancelMeetingButton meetingId={m.id} title={m.title} series={series} />
          </>
        )
      }
    >
      {cancelled && (
        <Alert color="red" variant="light" title="Cancelled" role="status">
          This meeting {series ? 'series ' : ''}was cancelled.
        </Alert>
      )}
      {invalid && (
        <Alert color="yellow" variant="light" role="status">
          The link names no valid time, so the {series ? 'next' : ''} meeting is shown.
        </Alert>
      )}
      {occurrence && !chosen && (
        <Alert color="yellow" variant="light" role="status">
          This meeting has no occurrence at <When at={occurrence} />;{' '}
          {next ? 'the next one' : 'the first one'} is shown.
        </Alert>
      )}
      {chosen?.cancelled && !cancelled && (
        <Alert color="red" variant="light" title="This meeting was cancelled" role="status">
          The meeting of <When at={chosen.originalStartsAt} eventZone={m.timeZone} /> does not take place.
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Section id="meeting-when" title="When">
          <Stack gap={6}>
            <Text className={shown.cancelled ? 'cop-struck' : undefined}>
              {!chosen && series ? (next ? 'Next meeting: ' : 'First meeting: ') : ''}
              <OccurrenceTime occurrence={shown} zone={m.timeZone} />
            </Text>
            {current && isMoved(current) && (
              <Text size="sm">
                Moved from <When at={current.originalStartsAt} eventZone={m.timeZone} />
              </Text>
            )}
            {m.recurrence && <Text size="sm">Repeats: {rule ?? <Code>{m.recurrence}</Code>}</Text>}
            <Text size="sm" c="dimmed">
              {visibilityWords(m.visibility, m.workingGroup ? [m.workingGroup] : [])}
            </Text>
            <CalendarLinks
              meetingId={m.id}
              occurrence={series ? (current?.originalStartsAt ?? null) : null}
              series={series}
            />
            {manage && series && current && (
              <OccurrenceActions meetingId={m.id} title={m.title} occurrence={current} onChanged={refresh} />
            )}
          </Stack>
        </Section>
        <Section id="meeting-where" title="Where">
          <Stack gap="xs">
            {m.location ? <Text style={{ overflowWrap: 'anywhere' }}>{m.location}</Text> : null}
            {m.videoConferenceUrl && (
              <Group>
                <Button component="a" href={m.videoConferenceUrl} target="_blank" rel="noopener noreferrer">
                  Join the video call
                </Button>
              </Group>
            )}
            {!m.location && !m.videoConferenceUrl && (
              <Empty>{isMember ? 'No place or video link given.' : 'No place given.'}</Empty>
            )}
            {!isMember && !m.videoConferenceUrl && (
              <Text size="sm" c="dimmed">
                Members of the community see the video link.
              </Text>
            )}
          </Stack>
        </Section>
      </SimpleGrid>

      <Section id="meeting-rsvp" title="Will you come?">
        <Rsvp meeting={m} occurrence={series ? current : null} answers={m.attendance} />
      </Section>

      {m.description && (
        <Section id="meeting-about" title="About">
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.description}</Text>
        </Section>
      )}

      {series && (
        <Section id="meeting-next" title="Next meetings">
          <MeetingDates
            meetingId={m.id}
            items={upcoming}
            zone={m.timeZone}
            selected={current?.originalStartsAt ?? null}
          />
        </Section>
      )}

      <Section
        id="meeting-agenda"
        title="Agenda"
        action={
          manage &&
          editing !== 'agenda' && (
            <Button size="sm" variant="default" onClick={() => setEditing('agenda')}>
              Edit the agenda
            </Button>
          )
        }
      >
        {editing === 'agenda' ? (
          <AgendaEditor meetingId={m.id} items={m.agenda} length={length} onDone={() => setEditing(null)} />
        ) : (
          <AgendaList items={m.agenda} length={length} />
        )}
      </Section>

      <Section
        id="meeting-minutes"
        title="Minutes"
        action={
          manage &&
          editing !== 'minutes' && (
            <Button size="sm" variant="default" onClick={() => setEditing('minutes')}>
              {m.minutes ? 'Edit the minutes' : 'Write the minutes'}
            </Button>
          )
        }
      >
        {editing === 'minutes' ? (
          <MinutesEditor meeting={m} onDone={() => setEditing(null)} />
        ) : m.minutesHtml ? (
          // Under the section's h2: the minutes' own headings start at h3.
          <ServerHtml html={m.minutesHtml} headingOffset={2} />
        ) : (
          <Empty>No minutes recorded yet.</Empty>
        )}
      </Section>

      {isMember && (
        <Section id="meeting-attendance" title="Who is coming">
          {series && current && (
            <Text size="sm" c="dimmed" mb="xs">
              For the meeting of <When at={current.startsAt} />; an answer for the series counts unless the
              person answered for this meeting.
            </Text>
          )}
          <Attendees answers={m.attendance} occurrence={answersAt} viewerId={person?.id ?? null} />
        </Section>
      )}
    </Page>
  );
}

/** "Add to my calendar": this occurrence (or the meeting) and, for a series, all of it, as .ics files. */
function CalendarLinks({
  meetingId,
  occurrence,
  series,
}: {
  meetingId: string;
  occurrence: string | null;
  series: boolean;
}) {
  return (
    <Group gap="md" wrap="wrap">
      {(!series || occurrence) && (
        <Anchor
          href={apiPaths.meetingCalendar(meetingId, occurrence ?? undefined)}
          download
          size="sm"
          underline="always"
        >
          {series ? 'Add this meeting to my calendar (.ics)' : 'Add to my calendar (.ics)'}
        </Anchor>
      )}
      {series && (
        <Anchor href={apiPaths.meetingCalendar(meetingId)} download size="sm" underline="always">
          Add the whole series to my calendar (.ics)
        </Anchor>
      )}
    </Group>
  );
}
