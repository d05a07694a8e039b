import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { DataExportRowFragment } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../components/errors';
import { Empty } from '../../components/page';
import { When } from '../../components/time';
import { OutcomeBadge } from './data-request-words';

export const DataExportRowFields = graphql(`
  fragment DataExportRow on DataExport {
    id
    requestedAt
    readyAt
    expiresAt
    downloaded
    outcome
  }
`);

const RequestDataExportMutation = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      ...DataExportRow
    }
  }
`);

/** What the ZIP holds, in the words of the person reading it. */
const CONTENTS = [
  'your profile: name, affiliation, country, bio, domains and roles;',
  'your seats in working groups and their history;',
  'your answers to meeting invitations;',
  'your answers to surveys, except anonymous ones;',
  'the documents and versions you wrote, and the files you attached to them;',
  'the use cases you wrote or are an expert on;',
  'your newsletter subscription;',
  'your access tokens (names and dates, never the tokens themselves) and sign-in identities;',
  'the e-mails the platform sent you (subjects and times).',
];

/**
 * "Download my data": what the ZIP holds, the request, and the exports asked for so far. A
 * pending export is polled by the page (`onRequested` refetches).
 */
export function DataExports({
  exports,
  onRequested,
}: {
  exports: readonly DataExportRowFragment[];
  onRequested: () => void;
}) {
  const [state, request] = useMutation(RequestDataExportMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const pending = exports.some((e) => e.outcome === 'PENDING');

  const ask = async () => {
    setProblem(null);
    const result = await request({});
    if (result.error) {
      setProblem(
        errorCode(result.error) === 'CONFLICT'
          ? 'An export is already being prepared. Its link will come by e-mail.'
          : errorMessage(result.error),
      );
      onRequested();
      return;
    }
    notifications.show({
      color: 'green',
      title: 'Export requested',
      message: 'We will e-mail you a link when your data is ready.',
    });
    onRequested();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="download-my-data">
      <Stack gap="sm">
        <Title order={3} id="download-my-data">
          Download my data
        </Title>
        <Text>A ZIP file of JSON files with everything the platform holds about you:</Text>
        <List size="sm" spacing={2}>
          {CONTENTS.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
        <Text>
          The platform prepares it in the background and <strong>e-mails you a link</strong>. The link works
          once and expires after 7 days.
        </Text>
        {problem && (
          <Alert color="red" role="alert" title="The export was not requested">
            {problem}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void ask()} loading={state.fetching} disabled={pending}>
            Request my data
          </Button>
          {pending && (
            <Text size="sm" role="status">
              An export is being prepared; its link will come by e-mail.
            </Text>
          )}
        </Group>
        <Title order={4} mt="sm">
          Your exports
        </Title>
        <DataExportTable exports={exports} />
      </Stack>
    </Paper>
  );
}

function DataExportTable({ exports }: { exports: readonly DataExportRowFragment[] }) {
  if (!exports.length) return <Empty>You have not asked for your data yet.</Empty>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>Your data exports, newest first</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Requested</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Ready</Table.Th>
            <Table.Th scope="col">Link expires</Table.Th>
            <Table.Th scope="col">Downloaded</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {exports.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Th scope="row" fw={500}>
                <When at={e.requestedAt} />
              </Table.Th>
              <Table.Td>
                <OutcomeBadge outcome={e.outcome} pendingWords="Being prepared" />
              </Table.Td>
              <Table.Td>{e.readyAt ? <When at={e.readyAt} /> : '—'}</Table.Td>
              <Table.Td>{e.expiresAt ? <When at={e.expiresAt} kind="date" /> : '—'}</Table.Td>
              <Table.Td>{e.downloaded ? 'Yes' : 'No'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
