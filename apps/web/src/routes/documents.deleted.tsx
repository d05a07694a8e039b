import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DeletedDocumentFragment } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { RuledList, ShowMoreFooter, usePagesShown } from '../components/paged-list';
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
  const paging = usePagesShown<DeletedDocumentFragment>();
  const [result, refetch] = useQuery({
    query: DeletedDocumentsPageQuery,
    variables: { first: PAGE_SIZE, after: paging.after },
  });
  const current = result.data?.deletedDocuments;
  const pages = paging.shown(current, result.fetching);
  const retry = () => refetch({ requestPolicy: 'network-only' });

  if (paging.after === null && !current) {
    return (
      <Loaded result={result} retry={retry}>
        {() => null}
      </Loaded>
    );
  }
  // A restored document leaves the list: start again from the first page.
  const restored = () => {
    paging.reset();
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Page title={TITLE} subtitle={SUBTITLE}>
      {pages.items.length ? (
        <RuledList items={pages.items}>
          {(doc) => <DeletedDocumentEntry doc={doc} onRestored={restored} />}
        </RuledList>
      ) : (
        <Empty>
          No deleted documents. Documents deleted by their authors, chairs or the office appear here.
        </Empty>
      )}
      {!current && result.error && (
        <RetryAlert title="More deleted documents could not be loaded" error={result.error} retry={retry} />
      )}
      {pages.items.length > 0 && (
        <ShowMoreFooter
          shown={pages.items.length}
          total={current?.totalCount}
          noun={['deleted document', 'deleted documents']}
          loadingMore={pages.loadingMore}
          hasMore={pages.hasMore}
          onMore={pages.showMore}
        />
      )}
    </Page>
  );
}
