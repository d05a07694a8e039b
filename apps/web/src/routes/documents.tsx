import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { DocumentFilter, DocumentRowFragment } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { plural } from '../components/words';
import { useShell } from '../features/viewer/viewer';
import { DocumentRow } from '../features/documents/document-row';
import { LibraryFilterPanel } from '../features/documents/library-filters';
import { isFiltered, toPageState, useLibraryFilters } from '../features/documents/library-state';
import { SearchBox } from '../features/documents/search-box';

const LibraryPageQuery = graphql(`
  query LibraryPage($filter: DocumentFilter, $first: Int!, $after: String) {
    documents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DocumentRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/**
 * `/documents?groups=WG1&kinds=REPORT&tags=dcache&author=<id>`: the library, newest first, with
 * its filters in the URL (a filtered view can be shared; back undoes a change) and a search box.
 */
export default function DocumentsRoute() {
  const shell = useShell();
  const { filters } = useLibraryFilters();
  return (
    <Page
      title="Documents"
      subtitle="The community's library: reports, slides, papers, datasets, notes and links."
      actions={
        shell.isMember ? (
          <Button
            component={Link}
            to={webPaths.newDocument(filters.groups.length === 1 ? filters.groups[0] : undefined)}
          >
            Post a document
          </Button>
        ) : undefined
      }
    >
      <SearchBox label="Search the library" visibleLabel size="md" filters={toPageState(filters)} />
      <LibraryFilterPanel>
        {(filter, current) => (
          <DocumentList key={JSON.stringify(filter)} filter={filter} filtered={isFiltered(current)} />
        )}
      </LibraryFilterPanel>
    </Page>
  );
}

/** The documents matching one filter, a page at a time; a new filter is a new list (keyed). */
function DocumentList({ filter, filtered }: { filter: DocumentFilter; filtered: boolean }) {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<DocumentRowFragment[]>([]);
  const [result, refetch] = useQuery({
    query: LibraryPageQuery,
    variables: { filter, first: PAGE_SIZE, after },
  });
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const current = result.data?.documents;
  const firstNew = after !== null ? current?.edges[0]?.node.id : undefined;

  // Once more documents arrive, keyboard focus moves to the first new one (the button may be gone).
  useEffect(() => {
    if (firstNew) document.querySelector<HTMLElement>(`#doc-${CSS.escape(firstNew)} a`)?.focus();
  }, [firstNew]);

  if (after === null && !current) {
    return (
      <Loaded result={result} retry={retry}>
        {() => null}
      </Loaded>
    );
  }
  const items = [...earlier, ...(current?.edges.map((e) => e.node) ?? [])];
  const next = current?.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
  const loadingMore = !current && result.fetching;
  return (
    <Stack gap="md" component="section" aria-label="Documents found">
      <Text size="sm" c="dimmed" role="status">
        {loadingMore
          ? 'Loading more documents…'
          : current
            ? items.length < current.totalCount
              ? `Showing ${items.length} of ${plural(current.totalCount, 'document', 'documents')}, most recently updated first.`
              : `${plural(current.totalCount, 'document', 'documents')}, most recently updated first.`
            : ''}
      </Text>
      {items.length ? (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((doc, i) => (
            <li
              key={doc.id}
              id={`doc-${doc.id}`}
              style={
                i > 0
                  ? {
                      borderTop: '1px solid var(--mantine-color-gray-3)',
                      paddingTop: 'var(--mantine-spacing-md)',
                    }
                  : undefined
              }
            >
              <DocumentRow doc={doc} />
            </li>
          ))}
        </Stack>
      ) : (
        <Empty>{filtered ? 'No document matches these filters.' : 'No documents yet.'}</Empty>
      )}
      {!current && result.error && (
        <RetryAlert title="More documents could not be loaded" error={result.error} retry={retry} />
      )}
      {(next || loadingMore) && (
        <Group>
          <Button
            variant="light"
            loading={loadingMore}
            onClick={() => {
              if (!next) return;
              setEarlier(items);
              setAfter(next);
            }}
          >
            Show more documents
          </Button>
        </Group>
      )}
    </Stack>
  );
}
