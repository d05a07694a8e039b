import { List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DocumentFilter } from '../gql/graphql';
import { errorCode, fieldErrors, RetryAlert } from '../components/errors';
import { Empty, Page, PageLoader } from '../components/page';
import { DocumentRow } from '../features/documents/document-row';
import { Headline } from '../features/documents/headline';
import { LibraryFilterPanel } from '../features/documents/library-filters';
import { toPageState, useLibraryFilters } from '../features/documents/library-state';
import { SearchBox, suggestionQuery } from '../features/documents/search-box';
import { searchCountWords } from '../features/documents/search-count';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!, $filter: DocumentFilter) {
    searchDocuments(query: $query, filter: $filter, first: 50) {
      totalCount
      hits {
        headline
        document {
          ...DocumentRow
        }
      }
    }
  }
`);

/** `/search?q=…&groups=WG1`: the best matches first, their headlines highlighted, narrowed by the library's filters. */
export default function SearchRoute() {
  const { filters, q } = useLibraryFilters();
  return (
    <Page
      title={q.trim() ? `Search: ${q.trim()}` : 'Search'}
      subtitle="Documents by their title, summary, text and tags."
    >
      <SearchBox label="Search documents" visibleLabel size="md" initial={q} filters={toPageState(filters)} />
      <SearchHelp />
      <LibraryFilterPanel>
        {(filter) =>
          suggestionQuery(q) ? (
            <Results query={q.trim()} filter={filter} />
          ) : (
            <Empty>Type a word or two to search for.</Empty>
          )
        }
      </LibraryFilterPanel>
    </Page>
  );
}

function Results({ query, filter }: { query: string; filter: DocumentFilter }) {
  const [result, refetch] = useQuery({ query: SearchPageQuery, variables: { query, filter } });
  if (result.error && errorCode(result.error) === 'BAD_USER_INPUT') {
    const message = Object.values(fieldErrors(result.error))[0] ?? result.error.graphQLErrors[0]?.message;
    return (
      <Text c="red.8" role="alert">
        {message ? `The search words ${message}.` : 'The search words were not understood.'}
      </Text>
    );
  }
  if (result.error)
    return (
      <RetryAlert
        title="The search failed"
        error={result.error}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  const found = result.data?.searchDocuments;
  if (!found || result.operation?.variables.query !== query) return <PageLoader />;
  return (
    <Stack gap="md" component="section" aria-label="Results">
      <Text fw={600} role="status">
        {searchCountWords(found.totalCount, found.hits.length)}
      </Text>
      {found.hits.length ? (
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {found.hits.map((hit, i) => (
            <li
              key={hit.document.id}
              style={
                i > 0
                  ? {
                      borderTop: '1px solid var(--mantine-color-gray-3)',
                      paddingTop: 'var(--mantine-spacing-md)',
                    }
                  : undefined
              }
            >
              <DocumentRow doc={hit.document}>
                <Text size="sm" className="cop-headline" style={{ overflowWrap: 'anywhere' }}>
                  <Headline html={hit.headline} />
                </Text>
              </DocumentRow>
            </li>
          ))}
        </Stack>
      ) : (
        <Empty>Nothing matches. Try fewer words, another spelling, or fewer filters.</Empty>
      )}
    </Stack>
  );
}

function SearchHelp() {
  return (
    <details>
      <summary>
        <Text span size="sm">
          How to search
        </Text>
      </summary>
      <Stack gap={4} mt="xs">
        <Title order={2} size="h5">
          Search words
        </Title>
        <List size="sm" spacing={2}>
          <List.Item>
            <code>tape archive</code>: documents with both words (and their forms: archives, archiving).
          </List.Item>
          <List.Item>
            <code>&quot;tape archive&quot;</code>: the words together, in this order.
          </List.Item>
          <List.Item>
            <code>tape -disk</code>: with tape, without disk.
          </List.Item>
          <List.Item>
            <code>tape or disk</code>: either word.
          </List.Item>
          <List.Item>
            The last word also finds words it begins: <code>calib</code> finds calibration.
          </List.Item>
        </List>
      </Stack>
    </details>
  );
}
