import { Alert, Anchor, Button, CopyButton, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { errorMessage } from '../components/errors';
import { SettingsSection, ViewerLoaded } from '../features/settings/section';

const SettingsCalendarQuery = graphql(`
  query SettingsCalendar {
    viewer {
      calendarFeedUrl
      calendarFeedWebcalUrl
    }
  }
`);

const RotateCalendarFeedMutation = graphql(`
  mutation RotateCalendarFeedUrl {
    rotateCalendarFeedUrl
  }
`);

/** `/settings/calendar`: the viewer's secret calendar feed, and a way to replace its link. */
export default function SettingsCalendarRoute() {
  const [result, refetch] = useQuery({ query: SettingsCalendarQuery });
  const [rotation, rotate] = useMutation(RotateCalendarFeedMutation);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirmRotate = async () => {
    setProblem(null);
    const res = await rotate({});
    if (res.error) {
      setProblem(errorMessage(res.error));
      return;
    }
    // The mutation answers a bare URL, which urql's cache cannot tie to the query: ask again.
    refetch({ requestPolicy: 'network-only' });
    setConfirming(false);
    notifications.show({
      color: 'green',
      title: 'New calendar link made',
      message: 'The old link stopped working. Subscribe again with the new one.',
    });
  };

  return (
    <SettingsSection title="Calendar feed" description="Your meetings in the calendar app you already use.">
      <ViewerLoaded result={result} refetch={refetch}>
        {({ calendarFeedUrl: feed, calendarFeedWebcalUrl: webcal }) => {
          return (
            <Stack gap="md">
              <Text>
                The feed holds the meetings you may see in your working groups, and the community-wide ones,
                from a year ago to two years ahead, with their changes and cancellations. Your calendar app
                keeps it up to date.
              </Text>
              <Group align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  label="Calendar feed address"
                  value={feed}
                  readOnly
                  onFocus={(e) => e.currentTarget.select()}
                  style={{ flex: '1 1 18rem', minWidth: 0 }}
                />
                <CopyButton value={feed} timeout={2000}>
                  {({ copied, copy }) => (
                    <Button onClick={copy} variant="light">
                      {copied ? 'Copied' : 'Copy link'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Group>
                <Button component="a" href={webcal}>
                  Subscribe in your calendar app
                </Button>
              </Group>
              <List size="sm" spacing={4}>
                <List.Item>
                  The subscribe button opens your calendar app (Apple Calendar, Outlook, Thunderbird) with the
                  feed.
                </List.Item>
                <List.Item>
                  In Google Calendar, choose &quot;Other calendars&quot;, then &quot;From URL&quot;, and paste
                  the address.
                </List.Item>
              </List>
              <Alert color="yellow" variant="light" title="Keep the link to yourself">
                Anyone who has the link sees these meetings, including their video links, without signing in.
                If it has been shared by mistake, make a new one: the old link stops working at once.
              </Alert>
              <Group>
                <Button
                  color="red.9"
                  variant="outline"
                  onClick={() => {
                    setProblem(null);
                    setConfirming(true);
                  }}
                >
                  Rotate the link
                </Button>
              </Group>
              <Modal
                opened={confirming}
                onClose={() => setConfirming(false)}
                title="Make a new calendar link?"
                centered
              >
                <Stack gap="md">
                  <Text>
                    The current link stops working at once, in every calendar subscribed to it. You then
                    subscribe again with the new link.
                  </Text>
                  {problem && (
                    <Alert color="red" role="alert">
                      {problem}
                    </Alert>
                  )}
                  <Group justify="flex-end">
                    <Button variant="default" onClick={() => setConfirming(false)}>
                      Keep the current link
                    </Button>
                    <Button color="red.9" onClick={() => void confirmRotate()} loading={rotation.fetching}>
                      Make a new link
                    </Button>
                  </Group>
                </Stack>
              </Modal>
              <Text size="sm" c="dimmed">
                <Anchor href={feed} underline="always">
                  Download the feed
                </Anchor>{' '}
                as an iCalendar file instead.
              </Text>
            </Stack>
          );
        }}
      </ViewerLoaded>
    </SettingsSection>
  );
}
