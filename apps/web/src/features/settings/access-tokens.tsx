import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AccessTokenRowFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';
import { errorMessage } from '../../components/errors';
import { Empty } from '../../components/page';
import { When } from '../../components/time';

export const AccessTokenRowFields = graphql(`
  fragment AccessTokenRow on AccessToken {
    id
    name
    createdAt
    expiresAt
    lastUsedAt
  }
`);

const CreateAccessTokenMutation = graphql(`
  mutation CreateAccessToken($name: String!, $expiresAt: DateTime) {
    createAccessToken(name: $name, expiresAt: $expiresAt) {
      secret
      token {
        ...AccessTokenRow
      }
    }
  }
`);

const RevokeAccessTokenMutation = graphql(`
  mutation RevokeAccessToken($id: ID!) {
    revokeAccessToken(id: $id)
  }
`);

// revokeAccessToken answers a Boolean: name the type so urql drops the cached list.
const TOKENS_CHANGED = { additionalTypenames: ['AccessToken'] };

/** The viewer's live access tokens, each with a way to revoke it. */
export function AccessTokenTable({ tokens }: { tokens: AccessTokenRowFragment[] }) {
  const [revoking, setRevoking] = useState<AccessTokenRowFragment | null>(null);
  const [state, revoke] = useMutation(RevokeAccessTokenMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    if (!revoking) return;
    setProblem(null);
    const result = await revoke({ id: revoking.id }, TOKENS_CHANGED);
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'green',
      title: 'Token revoked',
      message: `"${revoking.name}" no longer works.`,
    });
    setRevoking(null);
  };

  if (!tokens.length) return <Empty>You have no access tokens.</Empty>;
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs">
          <Table.Caption>
            <VisuallyHidden>Your access tokens</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Created</Table.Th>
              <Table.Th scope="col">Expires</Table.Th>
              <Table.Th scope="col">Last used</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {t.name}
                </Table.Th>
                <Table.Td>
                  <When at={t.createdAt} kind="date" />
                </Table.Td>
                <Table.Td>{t.expiresAt ? <When at={t.expiresAt} kind="date" /> : 'Never'}</Table.Td>
                <Table.Td>{t.lastUsedAt ? <When at={t.lastUsedAt} /> : 'Never used'}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    color="red.9"
                    variant="outline"
                    onClick={() => {
                      setProblem(null);
                      setRevoking(t);
                    }}
                  >
                    Revoke {t.name}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title="Revoke this token?" centered>
        <Stack gap="md">
          <Text>
            Scripts using <strong>{revoking?.name}</strong> stop working at once. This cannot be undone; you
            can make a new token afterwards.
          </Text>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              Keep it
            </Button>
            <Button color="red.9" onClick={() => void confirm()} loading={state.fetching}>
              Yes, revoke it
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

const EXPIRIES = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never' },
];

type CreateValues = { name: string; expires: string };

/** The form that makes a token, and the secret shown once after it. */
export function CreateAccessToken() {
  const [, create] = useMutation(CreateAccessTokenMutation);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateValues>({ defaultValues: { name: '', expires: '90' } });

  const onSubmit = handleSubmit(async ({ name, expires }) => {
    setProblem(null);
    const expiresAt =
      expires === 'never' ? null : new Date(Date.now() + Number(expires) * 86400_000).toISOString();
    const result = await create({ name: name.trim(), expiresAt }, TOKENS_CHANGED);
    if (result.error) {
      setProblem(
        applyServerErrors(result.error, setError, ['name'], (path) =>
          path.endsWith('name') ? 'name' : undefined,
        ),
      );
      return;
    }
    const made = result.data?.createAccessToken;
    if (made) {
      setCreated({ name: made.token.name, secret: made.secret });
      reset({ name: '', expires });
    }
  });

  return (
    <Stack gap="md">
      {created && (
        <NewTokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="create-token">
        <Title order={3} id="create-token" mb="sm">
          Create a token
        </Title>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label="Token name"
                description="What it is for, e.g. the script that exports the documents."
                required
                maxLength={100}
                style={{ flex: '1 1 16rem' }}
                error={errors.name?.message}
                {...register('name', {
                  validate: (v) => (v.trim() ? true : 'Give the token a name.'),
                  maxLength: { value: 100, message: 'At most 100 characters.' },
                })}
              />
              <NativeSelect
                label="Expires"
                data={EXPIRIES}
                style={{ flex: '0 1 10rem' }}
                {...register('expires')}
              />
            </Group>
            {problem && (
              <Alert color="red" role="alert" title="The token was not created">
                {problem}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={isSubmitting}>
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

function NewTokenSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const origin = window.location.origin;
  return (
    <Alert color="yellow" variant="light" title={`Your new token "${name}"`} role="status">
      <Stack gap="sm">
        <Text fw={600}>Copy it now: it will not be shown again. Only a fingerprint of it is kept.</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {secret}
        </Code>
        <Group gap="sm">
          <CopyButton value={secret} timeout={2000}>
            {({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy token'}</Button>}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            I have copied it
          </Button>
        </Group>
        <Text size="sm">
          Send it in the <Code>Authorization</Code> header of requests to the GraphQL API at{' '}
          <Code>{origin}/graphql</Code>; the API then acts as you:
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {`Authorization: Bearer <token>\n\ncurl -X POST ${origin}/graphql \\\n  -H 'Authorization: Bearer <token>' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"query":"{ viewer { person { displayName } } }"}'`}
        </Code>
      </Stack>
    </Alert>
  );
}
