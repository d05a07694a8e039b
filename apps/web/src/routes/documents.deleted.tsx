import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DeletedDocumentFragment } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { plural } from '../components/words';
import { DeletedDocumentEntry } from '../features/documents/deleted-document-entry';

const DeletedDocumentsPageQuery = graphql(`
  query DeletedDocumentsPage($first: Int!, $after: String) {
    deletedDocuments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DeletedDocument
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;
const TITLE = 'Deleted documents';
const SUBTITLE =
  'Most recently deleted first. Restoring a document brings it back with its versions and files, for the same people as before.';

/**
 * `/documents/deleted`: the office's list of deleted documents, with Restore. Others meet the
 * query's refusal as a page: sign in (anonymous) or not allowed (members, chairs).
 */
export default function DeletedDocumentsRoute() {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<DeletedDocumentFragment[]>([]);
  const [result, refetch] = useQuery({
    query: DeletedDocumentsPageQuery,
    variables: { first: PAGE_SIZE, after },
  });
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const current = result.data?.deletedDocuments;

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
  // A restored document leaves the list: start again from the first page.
  const restored = () => {
    setEarlier([]);
    setAfter(null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Page title={TITLE} subtitle={SUBTITLE}>
      {items.length ? (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((doc, i) => (
            <li
              key={doc.id}
              style={
                i > 0
                  ? {
                      borderTop: '1px solid var(--mantine-color-gray-3)',
                      paddingTop: 'var(--mantine-spacing-md)',
                    }
                  : undefined
              }
            >
              <DeletedDocumentEntry doc={doc} onRestored={restored} />
            </li>
          ))}
        </Stack>
      ) : (
        <Empty>
          No deleted documents. Documents deleted by their authors, chairs or the office appear here.
        </Empty>
      )}
      {!current && result.error && (
        <RetryAlert title="More deleted documents could not be loaded" error={result.error} retry={retry} />
      )}
      {items.length > 0 && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed" role="status">
            {loadingMore
              ? 'Loading more deleted documents…'
              : current
                ? `Showing ${items.length} of ${plural(current.totalCount, 'deleted document', 'deleted documents')}.`
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
              Show more deleted documents
            </Button>
          )}
        </Group>
      )}
    </Page>
  );
}
