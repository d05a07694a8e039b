import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { PinnedBadge } from '../news/pinned-badge';
import { graphql } from '../../gql';
import type { NewsListItemFragment } from '../../gql/graphql';
import { Ago } from '../../components/time';
import { Empty } from '../../components/page';

export const NewsListItem = graphql(`
  fragment NewsListItem on NewsItem {
    id
    title
    pinned
    publishedAt
    workingGroup {
      code
    }
  }
`);

export function NewsList({ items, empty }: { items: NewsListItemFragment[]; empty: string }) {
  if (!items.length) return <Empty>{empty}</Empty>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((n) => (
        <li key={n.id}>
          <Group gap="xs" wrap="wrap">
            {n.pinned && <PinnedBadge />}
            <Anchor component={Link} to={webPaths.newsItem(n.id)} fw={500}>
              {n.title}
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            <Ago at={n.publishedAt} />
            {n.workingGroup ? ` · ${n.workingGroup.code}` : ' · community'}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
