import { Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { SeatEventKind, OfficeGroupHistoryQuery } from '../../gql/graphql';
import { RetryAlert } from '../../components/errors';
import { Empty } from '../../components/page';
import { ShowMoreFooter, usePagesShown } from '../../components/paged-list';
import { When } from '../../components/time';

const PAGE_SIZE = 20;

const OfficeGroupHistoryQuery = graphql(`
  query OfficeGroupHistory($code: String!, $first: Int, $after: String) {
    workingGroup(code: $code) {
      id
      seatHistory(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            role
            occurredAt
            person {
              id
              displayName
            }
            actor {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

type SeatEventRow = NonNullable<
  OfficeGroupHistoryQuery['workingGroup']
>['seatHistory']['edges'][number]['node'];

const KIND_WORDS: Record<SeatEventKind, string> = {
  REQUESTED: 'Asked to join',
  JOINED: 'Joined',
  APPROVED: 'Approved',
  ADDED: 'Added',
  ROLE_CHANGED: 'Role changed',
  LEFT: 'Left',
  REMOVED: 'Removed',
  REJECTED: 'Request declined',
};

/** The group's seat history, newest first: who, what, as which role, when and by whom. */
export function GroupsHistory({ code }: { code: string }) {
  const { after, shown } = usePagesShown<SeatEventRow>();
  const [result, refetch] = useQuery({
    query: OfficeGroupHistoryQuery,
    variables: { code, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const page = result.data?.workingGroup?.seatHistory;
  const { items, loadingMore, hasMore, showMore } = shown(page, result.fetching);
  if (result.error && !items.length)
    return (
      <RetryAlert
        title="The seat history could not be loaded"
        error={result.error}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!items.length) return result.fetching ? null : <Empty>No seat has changed yet.</Empty>;
  return (
    <>
      {/* A region of its own that takes focus, so the keyboard can scroll it on a narrow screen. */}
      <div role="region" aria-label="Seat events, newest first" tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table striped verticalSpacing="xs" miw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">What</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">By</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Th scope="row" fw="normal">
                  {e.person.displayName}
                </Table.Th>
                <Table.Td>{KIND_WORDS[e.kind]}</Table.Td>
                <Table.Td>{e.role === 'CHAIR' ? 'Chair' : 'Member'}</Table.Td>
                <Table.Td>
                  <When at={e.occurredAt} />
                </Table.Td>
                <Table.Td>
                  {e.actor ? (
                    e.actor.displayName
                  ) : (
                    <Text span c="dimmed">
                      The platform
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <ShowMoreFooter
        shown={items.length}
        total={page?.totalCount}
        noun={['seat event', 'seat events']}
        loadingMore={loadingMore}
        hasMore={hasMore}
        onMore={showMore}
      />
    </>
  );
}
