import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { PinnedBadge } from './pinned-badge';
import { graphql } from '../../gql';
import type { NewsEntryFragment } from '../../gql/graphql';
import { When } from '../../components/time';

export const NewsEntryFields = graphql(`
  fragment NewsEntry on NewsItem {
    id
    title
    pinned
    publishedAt
    bodyHtml
    author {
      id
      displayName
    }
    workingGroup {
      id
      code
      name
    }
  }
`);

/**
 * The first words of the server's sanitized HTML as plain text. DOMParser's document is inert
 * (no scripts run, nothing loads), and only its text is used: nothing here becomes HTML.
 */
export function excerpt(html: string, max = 240): string {
  const text = (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/** Where a news item belongs: its working group, or the whole community. */
export function NewsSource({ item }: { item: Pick<NewsEntryFragment, 'workingGroup'> }) {
  if (!item.workingGroup) return <>Community</>;
  return (
    <Anchor component={Link} to={webPaths.workingGroup(item.workingGroup.code)} inherit underline="always">
      {item.workingGroup.code} {item.workingGroup.name}
    </Anchor>
  );
}

/** One news item in the list: title linking to it, where it is from, when, the first lines. */
export function NewsEntry({ item }: { item: NewsEntryFragment }) {
  return (
    <Stack gap={4} component="article" aria-labelledby={`news-${item.id}`}>
      <Group gap="xs" wrap="wrap">
        {item.pinned && <PinnedBadge />}
        <Title order={2} size="h4" id={`news-${item.id}`}>
          <Anchor component={Link} to={webPaths.newsItem(item.id)} inherit>
            {item.title}
          </Anchor>
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        <When at={item.publishedAt} kind="date" /> · <NewsSource item={item} /> · {item.author.displayName}
      </Text>
      <Text size="sm">{excerpt(item.bodyHtml)}</Text>
    </Stack>
  );
}
