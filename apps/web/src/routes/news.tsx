import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { NewsActionsItemFragment, NewsEntryFragment } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { NewsEntry } from '../features/news/news-entry';
import { NewsActions } from '../features/news/news-actions';
import { schedulableGroups } from '../features/meetings/meeting-form';
import { useShell } from '../features/viewer/viewer';
import { plural } from '../components/words';

const NewsPageQuery = graphql(`
  query NewsPage($first: Int!, $after: String) {
    news(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NewsEntry
          ...NewsActionsItem
        }
      }
    }
    # Whether the viewer chairs a group (and so may write news), as the scheduling form asks.
    workingGroups {
      ...MeetingFormGroup
    }
  }
`);

const PAGE_SIZE = 10;

/**
 * `/news`: pinned first, then newest (the API's order), ten at a time. "Show more news" asks for
 * the page after the last item shown; the items already shown are kept here.
 */
export default function NewsRoute() {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<(NewsEntryFragment & NewsActionsItemFragment)[]>([]);
  const [result, refetch] = useQuery({ query: NewsPageQuery, variables: { first: PAGE_SIZE, after } });
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const current = result.data?.news;
  const shell = useShell();
  const groups = result.data?.workingGroups;
  const mayWrite = shell.isOffice || (groups !== undefined && schedulableGroups(groups, false).length > 0);
  const actions = mayWrite ? (
    <Button component={Link} to={webPaths.newNews()}>
      Write news
    </Button>
  ) : undefined;
  const firstNew = after !== null ? current?.edges[0]?.node.id : undefined;

  // Once more news arrives, keyboard focus moves to the first new item (the button may be gone).
  useEffect(() => {
    if (firstNew) document.querySelector<HTMLElement>(`#news-${CSS.escape(firstNew)} a`)?.focus();
  }, [firstNew]);

  if (after === null && !current) {
    return (
      <Page title="News" subtitle="From the community and its working groups." actions={actions}>
        <Loaded result={result} retry={retry}>
          {() => null}
        </Loaded>
      </Page>
    );
  }

  const items = [...earlier, ...(current?.edges.map((e) => e.node) ?? [])];
  const next = current?.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
  const loadingMore = !current && result.fetching;
  return (
    <Page title="News" subtitle="From the community and its working groups." actions={actions}>
      {items.length ? (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item, i) => (
            <li
              key={item.id}
              style={
                i > 0
                  ? {
                      borderTop: '1px solid var(--mantine-color-gray-3)',
                      paddingTop: 'var(--mantine-spacing-md)',
                    }
                  : undefined
              }
            >
              <Stack gap="xs">
                <NewsEntry item={item} />
                <NewsActions
                  item={item}
                  named
                  onChanged={() => {
                    // The order changed (pinned first): the list starts again from its first page.
                    setEarlier([]);
                    setAfter(null);
                  }}
                />
              </Stack>
            </li>
          ))}
        </Stack>
      ) : (
        <Empty>No news yet.</Empty>
      )}
      {!current && result.error && (
        <RetryAlert title="More news could not be loaded" error={result.error} retry={retry} />
      )}
      {items.length > 0 && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed" role="status">
            {loadingMore
              ? 'Loading more news…'
              : current
                ? `Showing ${items.length} of ${plural(current.totalCount, 'news item', 'news items')}.`
                : ''}
          </Text>
          {(next || loadingMore) && (
            <Button
              variant="light"
              loading={loadingMore}
              onClick={() => {
                if (!next) return;
                setEarlier(items);
                setAfter(next);
              }}
            >
              Show more news
            </Button>
          )}
        </Group>
      )}
    </Page>
  );
}
