import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { WorkingGroupPageQuery } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../components/errors';
import { Empty } from '../../components/page';
import { Ago } from '../../components/time';
import { notifySeatChange, SEAT_CHANGE } from './seat-actions';

/**
 * A seat as the group page asks for it. Its fields sit inline in the page's query, not in a
 * fragment: the API's cost limit multiplies what is under `members(first: 100)` by 100, and
 * each fragment level by 1.5 more (the fragment put the page at 22,700 against 20,000).
 */
export type Seat = NonNullable<WorkingGroupPageQuery['workingGroup']>['members']['edges'][number]['node'];

const ApproveMembershipMutation = graphql(`
  mutation ApproveMembership($membershipId: ID!) {
    approveMembership(membershipId: $membershipId) {
      id
      status
      joinedAt
      workingGroup {
        id
        memberCount
      }
    }
  }
`);

const DeclineMembershipMutation = graphql(`
  mutation DeclineMembership($membershipId: ID!) {
    removeMembership(membershipId: $membershipId)
  }
`);

/** The PENDING requests of a group, for its chairs and the office: approve or decline each. */
export function MembershipRequests({
  requests,
  groupCode,
  full,
}: {
  requests: Seat[];
  groupCode: string;
  full: boolean;
}) {
  const [approveState, approve] = useMutation(ApproveMembershipMutation);
  const [declineState, decline] = useMutation(DeclineMembershipMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (seat: Seat, action: 'approve' | 'decline') => {
    setProblem(null);
    setBusy(seat.id);
    const res =
      action === 'approve'
        ? await approve({ membershipId: seat.id }, SEAT_CHANGE)
        : await decline({ membershipId: seat.id }, SEAT_CHANGE);
    setBusy(null);
    const name = seat.person.displayName;
    if (res.error) {
      const code = errorCode(res.error);
      setProblem(
        code === 'CONFLICT'
          ? `${name}: ${res.error.graphQLErrors[0]?.message ?? 'this request changed meanwhile.'}`
          : code === 'NOT_FOUND'
            ? `The request of ${name} was withdrawn or decided by someone else meanwhile.`
            : (errorMessage(res.error) ?? 'Something went wrong.'),
      );
      return;
    }
    notifySeatChange(
      action === 'approve'
        ? `${name} is now a member of ${groupCode}.`
        : `The request of ${name} to join ${groupCode} was declined.`,
    );
  };

  if (!requests.length) return <Empty>No one is waiting for a decision.</Empty>;
  return (
    <Stack gap="sm">
      {full && (
        <Text size="sm">Every seat is taken: a request can be approved only once a seat frees up.</Text>
      )}
      {problem && (
        <Alert color="red" variant="light" role="alert" title="That did not work">
          {problem}
        </Alert>
      )}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {requests.map((seat) => (
          <Paper key={seat.id} withBorder p="sm" component="li">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <div style={{ minWidth: 0 }}>
                <Text fw={600}>{seat.person.displayName}</Text>
                <Text size="sm" c="dimmed">
                  {seat.person.affiliation ? `${seat.person.affiliation} · ` : ''}
                  asked <Ago at={seat.requestedAt} />
                </Text>
              </div>
              <Group gap="xs" wrap="wrap">
                <Button
                  size="xs"
                  loading={busy === seat.id && approveState.fetching}
                  disabled={busy !== null && busy !== seat.id}
                  onClick={() => void act(seat, 'approve')}
                >
                  Approve {seat.person.displayName}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  loading={busy === seat.id && declineState.fetching}
                  disabled={busy !== null && busy !== seat.id}
                  onClick={() => void act(seat, 'decline')}
                >
                  Decline {seat.person.displayName}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

/** The ACTIVE seats of a group, chairs first. */
export function MemberList({ members, more }: { members: Seat[]; more: number }) {
  if (!members.length) return <Empty>No one holds a seat yet.</Empty>;
  const sorted = [...members].sort(
    (a, b) =>
      (a.role === 'CHAIR' ? 0 : 1) - (b.role === 'CHAIR' ? 0 : 1) ||
      a.person.displayName.localeCompare(b.person.displayName),
  );
  return (
    <Stack gap="xs">
      <SimpleGrid
        cols={{ base: 1, sm: 2 }}
        spacing="xs"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {sorted.map((seat) => (
          <li key={seat.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={webPaths.person(seat.person.id)} fw={500}>
                {seat.person.displayName}
              </Anchor>
              {seat.role === 'CHAIR' && (
                <Badge size="sm" color="grape" variant="light">
                  Chair
                </Badge>
              )}
            </Group>
            {seat.person.affiliation && (
              <Text size="sm" c="dimmed">
                {seat.person.affiliation}
              </Text>
            )}
          </li>
        ))}
      </SimpleGrid>
      {more > 0 && <Text size="sm">And {more} more not listed here.</Text>}
    </Stack>
  );
}
