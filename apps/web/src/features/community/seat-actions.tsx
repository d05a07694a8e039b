import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { SeatActionsGroupFragment } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../components/errors';
import { Ago, When } from '../../components/time';
import { signInHref, useShell } from '../viewer/viewer';
import { isFull } from './working-group-card';

export const SeatActionsGroupFields = graphql(`
  fragment SeatActionsGroup on WorkingGroup {
    id
    code
    name
    joinPolicy
    seatLimit
    memberCount
    viewerMembership {
      id
      role
      status
      requestedAt
      joinedAt
    }
  }
`);

const JoinWorkingGroupMutation = graphql(`
  mutation JoinWorkingGroup($workingGroupId: ID!) {
    joinWorkingGroup(workingGroupId: $workingGroupId) {
      id
      role
      status
      requestedAt
      joinedAt
      person {
        id
      }
      workingGroup {
        id
        memberCount
      }
    }
  }
`);

const LeaveWorkingGroupMutation = graphql(`
  mutation LeaveWorkingGroup($workingGroupId: ID!) {
    leaveWorkingGroup(workingGroupId: $workingGroupId)
  }
`);

/**
 * A seat change touches the group (its count, the viewer's seat), the viewer's memberships (the
 * home page) and the group lists: every query holding one of these types is fetched again.
 */
export const SEAT_CHANGE = { additionalTypenames: ['WorkingGroup', 'Membership', 'Person'] };

/** A seat change done, said in a notification. */
export function notifySeatChange(message: string) {
  notifications.show({ color: 'teal', message });
}

/** What the viewer can do about a seat in this group: sign in, wait for admission, join, request, withdraw, leave. */
export function SeatActions({ group }: { group: SeatActionsGroupFragment }) {
  const shell = useShell();
  const location = useLocation();
  const [joinState, join] = useMutation(JoinWorkingGroupMutation);
  const [leaveState, leave] = useMutation(LeaveWorkingGroupMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const seat = group.viewerMembership;

  if (!shell.person) {
    return (
      <Stack gap="xs">
        <Text size="sm">Sign in with your institution's account to take a seat in {group.code}.</Text>
        <Group>
          <Button component="a" href={signInHref(shell.providers, location.pathname + location.search)}>
            Sign in to join
          </Button>
        </Group>
      </Stack>
    );
  }

  if (shell.person.role === 'GUEST' && !seat) {
    return (
      <Alert color="blue" variant="light" title="Waiting for the project office" role="status">
        Before you can join a working group, the project office must first admit you to the community. It has
        been asked to; once it has, you can join {group.code} here.
      </Alert>
    );
  }

  const onJoin = async () => {
    setProblem(null);
    const res = await join({ workingGroupId: group.id }, SEAT_CHANGE);
    if (res.error) {
      setProblem(seatProblem(res.error, group.code, 'join'));
      return;
    }
    notifySeatChange(
      res.data?.joinWorkingGroup.status === 'PENDING'
        ? `Your request to join ${group.code} was sent to its chairs.`
        : `You joined ${group.code}.`,
    );
  };

  const onLeave = async (withdraw: boolean) => {
    setProblem(null);
    const res = await leave({ workingGroupId: group.id }, SEAT_CHANGE);
    confirm.close();
    if (res.error) {
      setProblem(seatProblem(res.error, group.code, withdraw ? 'withdraw' : 'leave'));
      return;
    }
    notifySeatChange(
      withdraw ? `Your request to join ${group.code} was withdrawn.` : `You left ${group.code}.`,
    );
  };

  const problemAlert = problem && (
    <Alert color="red" variant="light" role="alert" title="That did not work">
      {problem}
    </Alert>
  );

  if (seat?.status === 'PENDING') {
    return (
      <Stack gap="xs">
        <Text role="status">
          <Text span fw={600} inherit>
            Request pending.
          </Text>{' '}
          You asked to join {group.code} <Ago at={seat.requestedAt} />. Its chairs have been told by e-mail;
          once one of them decides, this page shows it.
        </Text>
        {problemAlert}
        <Group>
          <Button variant="default" loading={leaveState.fetching} onClick={() => void onLeave(true)}>
            Withdraw request
          </Button>
        </Group>
      </Stack>
    );
  }

  if (seat?.status === 'ACTIVE') {
    const chair = seat.role === 'CHAIR';
    return (
      <Stack gap="xs">
        <Text>
          {chair ? `You chair ${group.code}` : `You are a member of ${group.code}`}
          {seat.joinedAt ? (
            <>
              {' '}
              (since <When at={seat.joinedAt} kind="date" />)
            </>
          ) : null}
          .
        </Text>
        {problemAlert}
        <Group>
          <Button variant="default" color="red" onClick={confirm.open}>
            Leave {group.code}
          </Button>
        </Group>
        <Modal opened={confirming} onClose={confirm.close} title={`Leave ${group.code}?`} centered>
          <Stack gap="md">
            <Text>
              You give up your seat in {group.code} {group.name}: what it shares with its members only, such
              as its meetings and documents, is no longer shown to you.
              {group.joinPolicy === 'APPROVAL'
                ? ' To come back you would need a chair’s approval again.'
                : ''}
              {group.seatLimit != null ? ' Your seat may be taken by someone else meanwhile.' : ''}
            </Text>
            {chair && (
              <Text size="sm">
                You are a chair: if you are its only chair, hand over to another chair first (the project
                office can appoint one).
              </Text>
            )}
            <Group justify="flex-end" wrap="wrap">
              <Button variant="default" onClick={confirm.close}>
                Stay in {group.code}
              </Button>
              <Button color="red" loading={leaveState.fetching} onClick={() => void onLeave(false)}>
                Yes, leave {group.code}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Stack>
    );
  }

  if (isFull(group)) {
    return (
      <Stack gap="xs">
        <Text role="status">
          All {group.seatLimit} seats are taken. A seat frees up when a member leaves; if you need one sooner,
          write to one of the chairs.
        </Text>
        {problemAlert}
      </Stack>
    );
  }

  const byApproval = group.joinPolicy === 'APPROVAL';
  return (
    <Stack gap="xs">
      <Text size="sm">
        {byApproval
          ? `The chairs of ${group.code} are told of your request by e-mail, and one of them approves or declines it.`
          : `You get a seat at once, and with it ${group.code}'s meetings, documents and news.`}
      </Text>
      {problemAlert}
      <Group>
        <Button loading={joinState.fetching} onClick={() => void onJoin()}>
          {byApproval ? `Request to join ${group.code}` : `Join ${group.code}`}
        </Button>
      </Group>
    </Stack>
  );
}

/** A seat mutation's failure in words: the server's CONFLICT sentences are already words. */
function seatProblem(
  error: Parameters<typeof errorCode>[0],
  code: string,
  action: 'join' | 'leave' | 'withdraw',
): string {
  switch (errorCode(error)) {
    case 'CONFLICT':
      return error?.graphQLErrors[0]?.message ?? `${code} could not take this change.`;
    case 'NOT_FOUND':
      return action === 'join'
        ? `${code} no longer exists.`
        : `You hold no seat or request in ${code} any more: the page is now up to date.`;
    case 'FORBIDDEN':
      return action === 'join'
        ? 'Only members of the community may join working groups.'
        : 'You are not allowed to do this.';
    default:
      return errorMessage(error) ?? 'Something went wrong.';
  }
}
