import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { AccountErasureFieldsFragment, ErasureBlockerFieldsFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';
import { errorMessage } from '../../components/errors';
import { When } from '../../components/time';

export const AccountErasureFields = graphql(`
  fragment AccountErasureFields on AccountErasure {
    requestedAt
    erasesAt
  }
`);

export const ErasureBlockerFields = graphql(`
  fragment ErasureBlockerFields on ErasureBlocker {
    reason
    workingGroup {
      id
      code
      name
    }
  }
`);

const RequestAccountErasureMutation = graphql(`
  mutation RequestAccountErasure($confirmEmail: String!) {
    requestAccountErasure(confirmEmail: $confirmEmail) {
      ...AccountErasureFields
    }
  }
`);

const CancelAccountErasureMutation = graphql(`
  mutation CancelAccountErasure {
    cancelAccountErasure
  }
`);

/**
 * "Delete my account": what goes and what stays, why it cannot happen yet (the blockers), the
 * request with the e-mail typed as confirmation, and once requested its date and a way back.
 */
export function AccountErasure({
  email,
  erasure,
  blockers,
  onChanged,
}: {
  email: string | null;
  erasure: AccountErasureFieldsFragment | null;
  blockers: readonly ErasureBlockerFieldsFragment[];
  onChanged: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="delete-my-account">
      <Stack gap="sm">
        <Title order={3} id="delete-my-account">
          Delete my account
        </Title>
        <Text fw={600}>What is removed:</Text>
        <List size="sm" spacing={2}>
          <List.Item>your profile, your name and e-mail address;</List.Item>
          <List.Item>your sign-in identities, sessions and access tokens;</List.Item>
          <List.Item>your seats in working groups and your answers to meeting invitations;</List.Item>
          <List.Item>your newsletter subscription and your expertise.</List.Item>
        </List>
        <Text fw={600}>What stays for the community:</Text>
        <List size="sm" spacing={2}>
          <List.Item>
            the documents and versions, minutes, use-case parts and report sections you wrote, signed
            &ldquo;former member&rdquo;;
          </List.Item>
          <List.Item>
            your answers to surveys that are not anonymous, counted in the results without your name.
          </List.Item>
        </List>
        {erasure ? (
          <PendingErasure erasure={erasure} onChanged={onChanged} />
        ) : (
          <>
            <Text>
              Your account is deleted 7 days after you ask. Until then you can keep it with one click here,
              and <strong>signing in again also keeps it</strong>.
            </Text>
            {blockers.length > 0 && <Blockers blockers={blockers} />}
            <Group>
              <Button
                color="red.9"
                variant="outline"
                disabled={blockers.length > 0 || !email}
                onClick={() => setConfirming(true)}
              >
                Delete my account…
              </Button>
            </Group>
            <ConfirmErasure
              opened={confirming}
              email={email}
              onClose={() => setConfirming(false)}
              onRequested={() => {
                setConfirming(false);
                onChanged();
              }}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Blockers({ blockers }: { blockers: readonly ErasureBlockerFieldsFragment[] }) {
  return (
    <Alert color="yellow" variant="light" title="Your account cannot be deleted yet" role="status">
      <Stack gap={4}>
        {blockers.map((b) => (
          <Text key={`${b.reason}-${b.workingGroup?.id ?? ''}`} size="sm">
            {b.reason}
            {b.workingGroup && (
              <>
                {' '}
                <Anchor component={Link} to={webPaths.workingGroup(b.workingGroup.code)} inherit>
                  See {b.workingGroup.code}: {b.workingGroup.name}
                </Anchor>
              </>
            )}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function PendingErasure({
  erasure,
  onChanged,
}: {
  erasure: AccountErasureFieldsFragment;
  onChanged: () => void;
}) {
  const [state, cancel] = useMutation(CancelAccountErasureMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const keep = async () => {
    setProblem(null);
    const result = await cancel({});
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'green',
      title: 'Account kept',
      message: 'Your account will not be deleted.',
    });
    onChanged();
  };
  return (
    <Alert color="red" variant="light" title="Your account will be deleted" role="status">
      <Stack gap="sm">
        <Text>
          You asked <When at={erasure.requestedAt} />. Your account will be deleted on{' '}
          <strong>
            <When at={erasure.erasesAt} />
          </strong>
          .
        </Text>
        <Text>Changed your mind? Keep it here, or simply sign in again before then: that keeps it too.</Text>
        {problem && (
          <Text c="red.9" role="alert">
            {problem}
          </Text>
        )}
        <Group>
          <Button onClick={() => void keep()} loading={state.fetching}>
            Keep my account
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

type ConfirmValues = { confirmEmail: string };

function ConfirmErasure({
  opened,
  email,
  onClose,
  onRequested,
}: {
  opened: boolean;
  email: string | null;
  onClose: () => void;
  onRequested: () => void;
}) {
  const [, request] = useMutation(RequestAccountErasureMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ConfirmValues>({ defaultValues: { confirmEmail: '' } });

  const close = () => {
    setProblem(null);
    reset({ confirmEmail: '' });
    onClose();
  };

  const onSubmit = handleSubmit(async ({ confirmEmail }) => {
    setProblem(null);
    const result = await request({ confirmEmail: confirmEmail.trim() });
    if (result.error) {
      setProblem(applyServerErrors(result.error, setError, ['confirmEmail']));
      return;
    }
    reset({ confirmEmail: '' });
    notifications.show({
      color: 'red',
      title: 'Account deletion requested',
      message: 'Sign in again within 7 days, or press "Keep my account", to keep it.',
    });
    onRequested();
  });

  return (
    <Modal opened={opened} onClose={close} title="Delete your account?" centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text>
            Your account will be deleted in 7 days. To confirm, type your e-mail address
            {email ? (
              <>
                , <strong style={{ overflowWrap: 'anywhere' }}>{email}</strong>
              </>
            ) : null}
            .
          </Text>
          <TextInput
            label="Your e-mail address"
            type="email"
            autoComplete="off"
            required
            data-autofocus
            error={errors.confirmEmail?.message}
            {...register('confirmEmail', {
              validate: (v) => (v.trim() ? true : 'Type your e-mail address to confirm.'),
            })}
          />
          {problem && (
            <Alert color="red" role="alert" title="The deletion was not requested">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={isSubmitting}>
              Delete my account in 7 days
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
