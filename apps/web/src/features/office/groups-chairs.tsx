import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { MembershipRole } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { Empty } from '../../components/page';
import { PeoplePicker } from '../use-cases/people-picker';

const AddChairMutation = graphql(`
  mutation OfficeAddChair($group: ID!, $person: ID!) {
    addMember(workingGroupId: $group, personId: $person, role: CHAIR) {
      id
      role
      status
    }
  }
`);

const SetSeatRoleMutation = graphql(`
  mutation OfficeSetSeatRole($membership: ID!, $role: MembershipRole!) {
    setMembershipRole(membershipId: $membership, role: $role) {
      id
      role
      status
    }
  }
`);

export type SeatRow = {
  id: string;
  role: MembershipRole;
  status: string;
  person: { id: string; displayName: string; affiliation?: string | null };
};

/**
 * The group's chairs: appoint people (a member of the group is promoted, anyone else gets a
 * chair's seat) and step a chair down to member; the server refuses the last chair's removal
 * (CONFLICT), and its sentence is shown as it is.
 */
export function GroupsChairs({ groupId, seats }: { groupId: string; seats: readonly SeatRow[] }) {
  const chairs = seats.filter((s) => s.role === 'CHAIR' && s.status === 'ACTIVE');
  const [picked, setPicked] = useState<string[]>([]);
  const [added, addChair] = useMutation(AddChairMutation);
  const [changed, setRole] = useMutation(SetSeatRoleMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const opts = { additionalTypenames: ['Membership', 'WorkingGroup', 'SeatEvent'] };

  const appoint = async () => {
    setProblem(null);
    for (const personId of picked) {
      const seat = seats.find((s) => s.person.id === personId && s.status === 'ACTIVE');
      const res = seat
        ? await setRole({ membership: seat.id, role: 'CHAIR' }, opts)
        : await addChair({ group: groupId, person: personId }, opts);
      if (res.error) {
        setProblem(errorMessage(res.error));
        return;
      }
    }
    setPicked([]);
  };

  const stepDown = async (seat: SeatRow) => {
    setProblem(null);
    const res = await setRole({ membership: seat.id, role: 'MEMBER' }, opts);
    if (res.error) setProblem(errorMessage(res.error));
  };

  return (
    <Stack gap="md">
      {chairs.length ? (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {chairs.map((c) => (
            <Group key={c.id} component="li" justify="space-between" wrap="wrap" gap="xs">
              <Text>
                {c.person.displayName}
                {c.person.affiliation ? (
                  <Text span c="dimmed">
                    {' '}
                    ({c.person.affiliation})
                  </Text>
                ) : null}
              </Text>
              <Button
                variant="subtle"
                color="red"
                loading={changed.fetching}
                onClick={() => void stepDown(c)}
                aria-label={`Remove ${c.person.displayName} as chair`}
              >
                Remove as chair
              </Button>
            </Group>
          ))}
        </Stack>
      ) : (
        <Empty>This group has no chair.</Empty>
      )}
      {problem && (
        <Alert color="red" role="alert" title="The chairs were not changed">
          {problem}
        </Alert>
      )}
      <Stack gap="xs" maw={640}>
        <PeoplePicker
          label="New chairs"
          description="A member of the group becomes its chair; anyone else gets a chair's seat."
          value={picked}
          onChange={setPicked}
          known={[]}
        />
        <Group>
          <Button
            variant="light"
            disabled={!picked.length}
            loading={added.fetching}
            onClick={() => void appoint()}
          >
            Add as chairs
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
