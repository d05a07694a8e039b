import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { UseCaseStatus } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../components/errors';
import { PARTS, STATUS_ORDER, STATUS_WORDS, partAnchor } from './use-case-words';

const SetUseCaseStatusMutation = graphql(`
  mutation SetUseCaseStatus($id: ID!, $status: UseCaseStatus!) {
    setUseCaseStatus(id: $id, status: $status) {
      id
      status
      updatedAt
    }
  }
`);

/** The parts a refused COMPLETE names in extensions.fields, in the template's order. */
function emptyPartsOf(error: CombinedError): (typeof PARTS)[number][] {
  const fields = error.graphQLErrors[0]?.extensions?.fields;
  if (errorCode(error) !== 'CONFLICT' || !fields || typeof fields !== 'object') return [];
  return PARTS.filter((p) => p.key in fields);
}

/**
 * The office moves a use case one step at a time, forward or back (the API refuses more). A
 * refused COMPLETE lists the empty parts, each a link to its section.
 */
export function StatusControl({ id, status }: { id: string; status: UseCaseStatus }) {
  const [{ fetching }, move] = useMutation(SetUseCaseStatusMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const i = STATUS_ORDER.indexOf(status);
  const next = STATUS_ORDER[i + 1];
  const previous = STATUS_ORDER[i - 1];

  const go = async (to: UseCaseStatus) => {
    setRefusal(null);
    const result = await move({ id, status: to }, { additionalTypenames: ['UseCase'] });
    if (result.error) {
      setRefusal(result.error);
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Status changed',
      message: `The use case is now ${STATUS_WORDS[to].toLowerCase()}.`,
    });
  };

  const empty = refusal ? emptyPartsOf(refusal) : [];
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {next && (
          <Button onClick={() => void go(next)} loading={fetching}>
            Move to {STATUS_WORDS[next].toLowerCase()}
          </Button>
        )}
        {previous && (
          <Button variant="default" onClick={() => void go(previous)} disabled={fetching}>
            Move back to {STATUS_WORDS[previous].toLowerCase()}
          </Button>
        )}
      </Group>
      {refusal && (
        <Alert color="red" role="alert" title="The status was not changed">
          {empty.length ? (
            <Stack gap={4}>
              <Text>A complete use case has every part written. Still empty:</Text>
              <List>
                {empty.map((p) => (
                  <List.Item key={p.key}>
                    <Anchor href={`#${partAnchor(p.key)}`} underline="always">
                      {p.title}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Stack>
          ) : (
            errorMessage(refusal)
          )}
        </Alert>
      )}
    </Stack>
  );
}
