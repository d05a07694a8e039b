import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { DataRequestRecordRowFragment } from '../../gql/graphql';
import { When } from '../../components/time';
import { KIND_WORDS, OutcomeBadge } from './data-request-words';

export const DataRequestRecordRowFields = graphql(`
  fragment DataRequestRecordRow on DataRequestRecord {
    id
    kind
    person {
      id
      displayName
    }
    personLabel
    requestedAt
    completedAt
    outcome
  }
`);

/** The office's record of data requests: when, what, who (or "former member"), and how it ended. */
export function DataRequestsTable({ items }: { items: readonly DataRequestRecordRowFragment[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>Data exports and account deletions, newest first</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Requested</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Completed</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={500}>
                <When at={r.requestedAt} />
              </Table.Th>
              <Table.Td>{KIND_WORDS[r.kind]}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {r.person ? (
                  <Anchor component={Link} to={webPaths.person(r.person.id)}>
                    {r.person.displayName}
                  </Anchor>
                ) : (
                  <Text span fs="italic">
                    {r.personLabel}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.completedAt ? <When at={r.completedAt} /> : 'Not yet'}</Table.Td>
              <Table.Td>
                <OutcomeBadge outcome={r.outcome} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
