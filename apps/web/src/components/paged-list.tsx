import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { listPagesShown } from './list-pages';
import { plural } from './words';

/** A connection's page as the generated types give it. */
interface PageOf<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: T }[];
}

/**
 * "Show more" over a cursor connection. `after` is what the page's query asks for; `shown`
 * gives the items shown so far from its latest answer (the pages already seen are kept here
 * while the next one loads); `reset` starts again from the first page.
 */
export function usePagesShown<T>() {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<T[]>([]);
  const reset = () => {
    setEarlier([]);
    setAfter(null);
  };
  const shown = (current: PageOf<T> | undefined, fetching: boolean) => {
    const items = [...earlier, ...(current?.edges.map((e) => e.node) ?? [])];
    const next = current?.pageInfo.hasNextPage ? (current.pageInfo.endCursor ?? null) : null;
    return {
      items,
      loadingMore: !current && fetching,
      hasMore: next !== null,
      showMore: () => {
        if (!next) return;
        setEarlier(items);
        setAfter(next);
      },
    };
  };
  return { after, shown, reset };
}

/**
 * "Show more" over a plain list paged by its last item's id (list-pages.ts): `after` is what the
 * page's query asks for; `shown` gives the items so far from its latest answer.
 */
export function useListPages<T extends { id: string }>(pageSize: number) {
  const [pages, setPages] = useState<{ earlier: T[]; after: string | null }>({ earlier: [], after: null });
  const shown = (current: readonly T[] | undefined, fetching: boolean) => {
    const { items, next } = listPagesShown(pages.earlier, current, pageSize);
    return {
      items,
      loadingMore: !current && fetching,
      hasMore: next !== null,
      showMore: () => {
        if (next) setPages({ earlier: items, after: next });
      },
    };
  };
  return { after: pages.after, shown };
}

/** A plain list whose entries are separated by a rule. */
export function RuledList<T extends { id: string }>({
  items,
  children,
}: {
  items: readonly T[];
  children: (item: T) => ReactNode;
}) {
  return (
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
          {children(item)}
        </li>
      ))}
    </Stack>
  );
}

/**
 * "Showing 20 of 45 things." and the button for more (`noun`: one and many, "deleted document");
 * `summary` says it instead where the list has no total.
 */
export function ShowMoreFooter({
  shown,
  total,
  summary,
  noun,
  loadingMore,
  hasMore,
  onMore,
}: {
  shown: number;
  total: number | undefined;
  summary?: string;
  noun: [string, string];
  loadingMore: boolean;
  hasMore: boolean;
  onMore: () => void;
}) {
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" c="dimmed" role="status">
        {loadingMore
          ? `Loading more ${noun[1]}…`
          : total !== undefined
            ? `Showing ${shown} of ${plural(total, noun[0], noun[1])}.`
            : (summary ?? '')}
      </Text>
      {(hasMore || loadingMore) && (
        <Button variant="light" loading={loadingMore} onClick={onMore}>
          Show more {noun[1]}
        </Button>
      )}
    </Group>
  );
}
