import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DataRequestRecordRowFragment } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { ShowMoreFooter, usePagesShown } from '../components/paged-list';
import { DataRequestsTable } from '../features/privacy/data-requests-table';

const OfficeDataRequestsQuery = graphql(`
  query OfficeDataRequests($first: Int!, $after: String) {
    dataRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DataRequestRecordRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;
const TITLE = 'Data requests';
const SUBTITLE =
  'Every copy of their data people asked for and every account deletion: who, when and how it ended. Never what was in them.';

/** `/office/data-requests` (OFFICE): the record of data exports and account deletions, newest first. */
export default function OfficeDataRequestsRoute() {
  const paging = usePagesShown<DataRequestRecordRowFragment>();
  const [result, refetch] = useQuery({
    query: OfficeDataRequestsQuery,
    variables: { first: PAGE_SIZE, after: paging.after },
    requestPolicy: 'cache-and-network',
  });
  const current = result.data?.dataRequests;
  const pages = paging.shown(current, result.fetching);
  const retry = () => refetch({ requestPolicy: 'network-only' });

  if (paging.after === null && !current) {
    return (
      <Page title={TITLE} subtitle={SUBTITLE}>
        <Loaded result={result} retry={retry}>
          {() => null}
        </Loaded>
      </Page>
    );
  }

  return (
    <Page title={TITLE} subtitle={SUBTITLE}>
      {pages.items.length ? (
        <DataRequestsTable items={pages.items} />
      ) : (
        <Empty>No data requests yet. Exports and account deletions people ask for appear here.</Empty>
      )}
      {!current && result.error && (
        <RetryAlert title="More data requests could not be loaded" error={result.error} retry={retry} />
      )}
      {pages.items.length > 0 && (
        <ShowMoreFooter
          shown={pages.items.length}
          total={current?.totalCount}
          noun={['data request', 'data requests']}
          loadingMore={pages.loadingMore}
          hasMore={pages.hasMore}
          onMore={pages.showMore}
        />
      )}
    </Page>
  );
}
