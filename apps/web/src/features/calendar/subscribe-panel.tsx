import { Anchor, Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { apiPaths, webPaths } from '@cop/web-routes';

/** A feed's https link (absolute: the API is served from the page's own origin) and its webcal:// twin. */
export function feedLinks(pathOrUrl: string): { https: string; webcal: string } {
  const https = new URL(pathOrUrl, window.location.origin).href;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

/** One feed: what it holds, a Subscribe link that opens the calendar app, and the https link to copy. */
function FeedRow({
  title,
  name,
  what,
  https,
  webcal,
}: {
  title: string;
  /** How the buttons name it: "Subscribe to {name}". */
  name: string;
  what: string;
  https: string;
  webcal: string;
}) {
  const inputId = useId();
  return (
    <Stack gap={6} component="li">
      <Text fw={600}>{title}</Text>
      <Text size="sm">{what}</Text>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Button component="a" href={webcal} size="sm" aria-label={`Subscribe to ${name}`}>
          Subscribe
        </Button>
        <TextInput
          id={inputId}
          aria-label={`Link of ${name}`}
          value={https}
          readOnly
          size="sm"
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: '1 1 14rem', minWidth: 0 }}
        />
        <CopyButton value={https} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="sm"
              onClick={copy}
              aria-label={`${copied ? 'Copied link' : 'Copy link'} of ${name}`}
            >
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/**
 * Subscribing from a calendar app: the public feed, the feed of each group the page is filtered
 * to, and (signed in) the viewer's own secret feed.
 */
export function SubscribePanel({
  groups,
  personalFeedUrl,
  signedIn,
}: {
  groups: readonly { code: string; name: string }[];
  /** The viewer's secret feed (https); null when not signed in. */
  personalFeedUrl: string | null;
  signedIn: boolean;
}) {
  const headingId = useId();
  const publicFeed = feedLinks(apiPaths.publicCalendar());
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Subscribe
      </Title>
      <Text size="sm">
        Your calendar app checks a subscribed link for changes, so new, moved and cancelled meetings show up
        there by themselves; meetings you may not see never appear in it.
      </Text>
      <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {personalFeedUrl && (
          <FeedRow
            title="Your personal calendar"
            name="your personal calendar"
            what="The meetings of your working groups and the community-wide ones, as you see them here. The link is secret: keep it to yourself."
            {...feedLinks(personalFeedUrl)}
          />
        )}
        <FeedRow
          title="Public calendar"
          name="the public calendar"
          what="The community's public meetings, for anyone."
          https={publicFeed.https}
          webcal={publicFeed.webcal}
        />
        {groups.map((g) => (
          <FeedRow
            key={g.code}
            title={`${g.code} calendar`}
            name={`the ${g.code} calendar`}
            what={`The public meetings of ${g.code} ${g.name}.`}
            {...feedLinks(apiPaths.groupCalendar(g.code))}
          />
        ))}
      </Stack>
      <Text size="sm" c="dimmed">
        {signedIn ? (
          <>
            A new secret link, if yours was shared by mistake:{' '}
            <Anchor component={Link} to={webPaths.settingsCalendar()} inherit underline="always">
              calendar settings
            </Anchor>
            .
          </>
        ) : (
          'Sign in for your personal calendar, with the meetings of your working groups.'
        )}
      </Text>
    </Stack>
  );
}
