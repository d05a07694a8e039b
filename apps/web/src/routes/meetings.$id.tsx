import { ServerHtml } from '../components/server-html';
import { Alert, Anchor, Button, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { NotFound } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { When, formatInZone } from '../components/time';
import { useWindowFromNow } from '../components/now';
import { visibilityWords } from '../components/visibility-words';
import { useShell } from '../features/viewer/viewer';
import { AgendaList } from '../features/meetings/agenda-list';
import { AttendanceSummary } from '../features/meetings/attendance-summary';
import { MeetingDates, OccurrenceTime, isMoved } from '../features/meetings/meeting-dates';
import { describeRecurrence } from '../features/meetings/recurrence-text';

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
    }
  }
`);

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

/** `/meetings/:id`: a meeting (one occurrence of it with `?occurrence=`), read-only for now. */
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
  const { person, isMember } = useShell();

  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const m = data.meeting;
        if (!m) return <NotFound what="meeting" />;
        const chosen =
          occurrence && m.selected
            ? (m.selected.find(
                (o) => new Date(o.originalStartsAt).getTime() === new Date(occurrence).getTime(),
              ) ?? null)
            : null;
        const first = {
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          originalStartsAt: m.startsAt,
          cancelled: m.status === 'CANCELLED',
        };
        const shown = chosen ?? first;
        const upcoming = m.upcoming.slice(0, 5);
        const rule = m.recurrence ? describeRecurrence(m.recurrence, m.timeZone) : null;
        // Attendance is counted for the occurrence on the page, else the next one of a series.
        const attendanceOf = chosen ?? (m.recurrence ? (upcoming[0] ?? null) : null);
        const attendanceFor = attendanceOf?.originalStartsAt ?? null;

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
          >
            {m.status === 'CANCELLED' && (
              <Alert color="red" variant="light" title="Cancelled" role="status">
                This meeting {m.recurrence ? 'series ' : ''}was cancelled.
              </Alert>
            )}
            {invalid && (
              <Alert color="yellow" variant="light" role="status">
                The link names no valid time, so the first meeting of the series is shown.
              </Alert>
            )}
            {occurrence && !chosen && (
              <Alert color="yellow" variant="light" role="status">
                This meeting has no occurrence at <When at={occurrence} />; the first one is shown.
              </Alert>
            )}
            {chosen?.cancelled && m.status !== 'CANCELLED' && (
              <Alert color="red" variant="light" title="This meeting was cancelled" role="status">
                The meeting of <When at={chosen.originalStartsAt} eventZone={m.timeZone} /> does not take
                place.
              </Alert>
            )}

            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Card withBorder component="section" aria-labelledby="meeting-when">
                <Title order={2} size="h3" id="meeting-when" mb="xs">
                  When
                </Title>
                <Stack gap={6}>
                  <Text className={shown.cancelled ? 'cop-struck' : undefined}>
                    {!chosen && m.recurrence ? 'First meeting: ' : ''}
                    <OccurrenceTime occurrence={shown} zone={m.timeZone} />
                  </Text>
                  {chosen && isMoved(chosen) && (
                    <Text size="sm">
                      Moved from <When at={chosen.originalStartsAt} eventZone={m.timeZone} />
                    </Text>
                  )}
                  {m.recurrence && (
                    <Text size="sm">
                      Repeats:{' '}
                      {rule ? (
                        <>
                          {rule}, at {formatInZone(m.startsAt, m.timeZone, 'time')} {m.timeZone} time
                        </>
                      ) : (
                        <Code>{m.recurrence}</Code>
                      )}
                    </Text>
                  )}
                  <Text size="sm" c="dimmed">
                    {visibilityWords(m.visibility, m.workingGroup ? [m.workingGroup] : [])}
                  </Text>
                </Stack>
              </Card>
              <Card withBorder component="section" aria-labelledby="meeting-where">
                <Title order={2} size="h3" id="meeting-where" mb="xs">
                  Where
                </Title>
                <Stack gap="xs">
                  {m.location ? <Text style={{ overflowWrap: 'anywhere' }}>{m.location}</Text> : null}
                  {m.videoConferenceUrl && (
                    <Group>
                      <Button
                        component="a"
                        href={m.videoConferenceUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
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
              </Card>
            </SimpleGrid>

            {m.description && (
              <Card withBorder component="section" aria-labelledby="meeting-about">
                <Title order={2} size="h3" id="meeting-about" mb="xs">
                  About
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.description}</Text>
              </Card>
            )}

            {m.recurrence && (
              <Card withBorder component="section" aria-labelledby="meeting-next">
                <Title order={2} size="h3" id="meeting-next" mb="xs">
                  Next meetings
                </Title>
                <MeetingDates
                  meetingId={m.id}
                  items={upcoming}
                  zone={m.timeZone}
                  selected={chosen?.originalStartsAt ?? null}
                />
              </Card>
            )}

            <Card withBorder component="section" aria-labelledby="meeting-agenda">
              <Title order={2} size="h3" id="meeting-agenda" mb="xs">
                Agenda
              </Title>
              <AgendaList items={m.agenda} />
            </Card>

            <Card withBorder component="section" aria-labelledby="meeting-minutes">
              <Title order={2} size="h3" id="meeting-minutes" mb="xs">
                Minutes
              </Title>
              {m.minutesHtml ? (
                // Under the section's h2: the minutes' own headings start at h3.
                <ServerHtml html={m.minutesHtml} headingOffset={2} />
              ) : (
                <Empty>No minutes recorded yet.</Empty>
              )}
            </Card>

            {isMember && (
              <Card withBorder component="section" aria-labelledby="meeting-attendance">
                <Title order={2} size="h3" id="meeting-attendance" mb={4}>
                  Attendance
                </Title>
                {attendanceOf && (
                  <Text size="sm" c="dimmed" mb="xs">
                    For the meeting of <When at={attendanceOf.startsAt} />
                  </Text>
                )}
                <AttendanceSummary
                  answers={m.attendance}
                  occurrence={attendanceFor}
                  viewerId={person?.id ?? null}
                />
              </Card>
            )}
          </Page>
        );
      }}
    </Loaded>
  );
}
