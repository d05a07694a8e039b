import { Anchor, Button, Card, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { CalendarOccurrenceFragment, CalendarPageQuery } from '../gql/graphql';
import { PageError } from '../components/errors';
import { Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import {
  scopeOf,
  stepDate,
  todayIn,
  useCalendarState,
  visibleWindow,
} from '../features/calendar/calendar-state';
import { CalendarFilters, CalendarNavigation } from '../features/calendar/calendar-controls';
import { CalendarGrid } from '../features/calendar/calendar-grid';
import { canManageOccurrence } from '../features/calendar/calendar-occurrence';
import { OccurrenceDetails } from '../features/calendar/occurrence-details';
import { SubscribePanel } from '../features/calendar/subscribe-panel';
import { schedulableGroups } from '../features/meetings/meeting-form';

const CalendarPageQueryDocument = graphql(`
  query CalendarPage($from: DateTime!, $to: DateTime!, $workingGroupCodes: [String!], $mine: Boolean) {
    calendar(from: $from, to: $to, workingGroupCodes: $workingGroupCodes, mine: $mine) {
      ...CalendarOccurrence
    }
    workingGroups {
      id
      code
      name
      ...MeetingFormGroup
    }
    viewer {
      calendarFeedUrl
    }
  }
`);

/**
 * `/calendar?view=month|week|list&date=YYYY-MM-DD&groups=WG1,WG3|mine=1`: the community's meetings
 * in the viewer's zone, one query per view change, with subscriptions for calendar apps.
 */
export default function CalendarRoute() {
  const shell = useShell();
  const [state, update] = useCalendarState();
  // Small screens open on the list, as a month grid cannot fit 375 px without scrolling sideways.
  const small = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const view = state.view ?? (small ? 'list' : 'month');
  const zone = shell.zone;
  const date = state.date ?? todayIn(zone);
  const scope = scopeOf(state);

  const variables = useMemo(
    () => ({
      ...visibleWindow(view, date, zone),
      workingGroupCodes: scope === 'groups' ? state.groups : null,
      mine: scope === 'mine',
    }),
    [view, date, zone, scope, state.groups],
  );
  // The viewer's zone comes with the shell: wait for it rather than ask twice.
  const shellKnown = shell.result.data !== undefined || shell.result.error !== undefined;
  const [result, refetch] = useQuery({ query: CalendarPageQueryDocument, variables, pause: !shellKnown });

  // While another period loads, the last one stays on screen (no flash of an empty page).
  const [shown, setShown] = useState<CalendarPageQuery | undefined>(result.data);
  if (result.data && result.data !== shown) setShown(result.data);
  const data = result.data ?? shown;

  const [opened, setOpened] = useState<CalendarOccurrenceFragment | null>(null);

  const selectedGroups = useMemo(
    () => (data?.workingGroups ?? []).filter((g) => scope === 'groups' && state.groups.includes(g.code)),
    [data, scope, state.groups],
  );

  // Chairs and the office schedule from here: the group on screen when it is the one they chair.
  const schedulable = data ? schedulableGroups(data.workingGroups, shell.isOffice) : [];
  const scheduleFor = selectedGroups.length === 1 ? selectedGroups[0].code : undefined;
  const canSchedule = shell.isOffice || schedulable.length > 0;

  return (
    <Page
      title="Calendar"
      actions={
        canSchedule ? (
          <Button
            component={Link}
            to={webPaths.newMeeting(
              schedulable.some((g) => g.code === scheduleFor) ? scheduleFor : undefined,
            )}
          >
            Schedule a meeting
          </Button>
        ) : undefined
      }
      subtitle={
        <>
          Times are shown in {zone}
          {shell.person ? (
            <>
              {' '}
              (
              <Anchor component={Link} to={webPaths.settingsProfile()} inherit underline="always">
                change your zone
              </Anchor>
              )
            </>
          ) : (
            ', your browser’s zone'
          )}
          .
        </>
      }
    >
      <Card withBorder padding="md">
        <Stack gap="md">
          <CalendarFilters
            state={state}
            groups={data?.workingGroups ?? []}
            signedIn={shell.signedIn}
            onChange={update}
          />
          <CalendarNavigation
            view={view}
            date={date}
            onView={(v) => update({ view: v, date })}
            onStep={(direction) => update({ view, date: stepDate(view, date, direction) })}
            onToday={() => update({ view, date: todayIn(zone) })}
          />
          <VisuallyHidden role="status">
            {result.fetching
              ? 'Loading meetings…'
              : data
                ? `${data.calendar.length} ${data.calendar.length === 1 ? 'meeting' : 'meetings'} shown`
                : ''}
          </VisuallyHidden>
          {data ? (
            <>
              {!data.calendar.length && view !== 'list' && (
                <Text c="dimmed" fs="italic">
                  No meetings in this {view === 'week' ? 'week' : 'month'}.
                </Text>
              )}
              <CalendarGrid
                view={view}
                date={date}
                zone={zone}
                occurrences={data.calendar}
                onOpen={setOpened}
              />
            </>
          ) : result.error ? (
            <PageError error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : (
            <PageLoader />
          )}
        </Stack>
      </Card>

      <Card withBorder padding="md">
        <SubscribePanel
          groups={selectedGroups}
          personalFeedUrl={data?.viewer?.calendarFeedUrl ?? null}
          signedIn={shell.signedIn}
        />
      </Card>

      <OccurrenceDetails
        occurrence={opened}
        zone={zone}
        canManage={opened !== null && canManageOccurrence(opened)}
        onClose={() => setOpened(null)}
      />
    </Page>
  );
}
