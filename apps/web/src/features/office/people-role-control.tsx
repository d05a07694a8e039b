import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { PlatformRole } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../components/errors';
import { ROLE_WORDS } from './people-words';

const SetPlatformRoleMutation = graphql(`
  mutation SetPlatformRole($personId: ID!, $role: PlatformRole!) {
    setPlatformRole(personId: $personId, role: $role) {
      id
      role
      roleSource
    }
  }
`);

const ROLES: PlatformRole[] = ['GUEST', 'MEMBER', 'OFFICE'];

/** The CONFLICT of demoting the last office, in words. */
export const LAST_OFFICE_REFUSAL =
  'There must always be at least one office member, and this is the last one. Give someone else the office role first, then change this one.';

/** A role picker whose change only happens after a confirmation that names both roles. */
export function RoleControl({ person }: { person: { id: string; displayName: string; role: PlatformRole } }) {
  const [wanted, setWanted] = useState<PlatformRole | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [state, setRole] = useMutation(SetPlatformRoleMutation);

  const onConfirm = async () => {
    if (!wanted) return;
    setProblem(null);
    const res = await setRole({ personId: person.id, role: wanted }, { additionalTypenames: ['Person'] });
    confirm.close();
    if (res.error) {
      setProblem(errorCode(res.error) === 'CONFLICT' ? LAST_OFFICE_REFUSAL : errorMessage(res.error));
      return;
    }
    notifications.show({ color: 'teal', message: `${person.displayName} is now ${ROLE_WORDS[wanted].a}.` });
  };

  return (
    <Stack gap="xs">
      <Select
        label={`Role of ${person.displayName}`}
        data={ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r].name }))}
        value={person.role}
        allowDeselect={false}
        w={{ base: '100%', xs: 220 }}
        onChange={(v) => {
          if (!v || v === person.role) return;
          setProblem(null);
          setWanted(v as PlatformRole);
          confirm.open();
        }}
      />
      {problem && (
        <Alert color="red" variant="light" role="alert" title="The role was not changed">
          {problem}
        </Alert>
      )}
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title={`Change the role of ${person.displayName}?`}
        centered
      >
        {wanted && (
          <Stack gap="md">
            <Text>
              {person.displayName} goes from {ROLE_WORDS[person.role].name} to {ROLE_WORDS[wanted].name}:{' '}
              {ROLE_WORDS[wanted].means} They need not sign in again.
            </Text>
            <Group justify="flex-end" wrap="wrap">
              <Button variant="default" onClick={confirm.close}>
                Keep {ROLE_WORDS[person.role].name}
              </Button>
              <Button loading={state.fetching} onClick={() => void onConfirm()}>
                Make {ROLE_WORDS[wanted].name}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
