import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { JoinPolicy, WorkingGroupSummaryFragment } from '../../gql/graphql';
import { andList, plural } from '../../components/words';

export const WorkingGroupSummaryFields = graphql(`
  fragment WorkingGroupSummary on WorkingGroup {
    id
    code
    name
    description
    joinPolicy
    seatLimit
    memberCount
    chairs {
      id
      displayName
    }
    topics {
      id
      name
    }
    viewerMembership {
      id
      role
      status
    }
  }
`);

/** "12 of 20 seats" or "12 seats, no limit". */
export function seatsText(memberCount: number, seatLimit: number | null | undefined): string {
  return seatLimit == null
    ? `${plural(memberCount, 'seat', 'seats')}, no limit`
    : `${memberCount} of ${plural(seatLimit, 'seat', 'seats')}`;
}

export function isFull(group: { memberCount: number; seatLimit?: number | null }): boolean {
  return group.seatLimit != null && group.memberCount >= group.seatLimit;
}

export const joinPolicyLabel: Record<JoinPolicy, string> = {
  OPEN: 'Open',
  APPROVAL: 'By approval',
};

/** The viewer's own state in a group, in words (null when they hold no seat). */
export function viewerStateLabel(
  membership: { role: string; status: string } | null | undefined,
): { label: string; color: string } | null {
  if (!membership) return null;
  if (membership.status === 'PENDING') return { label: 'Request pending', color: 'indigo' };
  if (membership.role === 'CHAIR') return { label: 'You chair this group', color: 'grape' };
  return { label: 'You are a member', color: 'blue' };
}

/** One working group in the list: code, name, what it is about, how to get a seat, who chairs it. */
export function WorkingGroupCard({ group }: { group: WorkingGroupSummaryFragment }) {
  const state = viewerStateLabel(group.viewerMembership);
  const headingId = `group-${group.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId} h="100%">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Badge variant="light">{group.code}</Badge>
          {state && (
            <Badge color={state.color} variant="light">
              {state.label}
            </Badge>
          )}
        </Group>
        <Title order={2} size="h3" id={headingId}>
          <Anchor component={Link} to={webPaths.workingGroup(group.code)} inherit>
            {group.name}
          </Anchor>
        </Title>
        {group.description && <Text lineClamp={3}>{group.description}</Text>}
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color={group.joinPolicy === 'OPEN' ? 'blue' : 'violet'}>
            {joinPolicyLabel[group.joinPolicy]}
          </Badge>
          <Text size="sm">
            {seatsText(group.memberCount, group.seatLimit)}
            {isFull(group) ? ' (full)' : ''}
          </Text>
        </Group>
        {group.chairs.length > 0 && (
          <Text size="sm">
            <Text span fw={600} inherit>
              {group.chairs.length === 1 ? 'Chair' : 'Chairs'}:
            </Text>{' '}
            {andList(group.chairs.map((c) => c.displayName))}
          </Text>
        )}
        {group.topics.length > 0 && (
          <Text size="sm" c="dimmed">
            <Text span fw={600} inherit>
              Topics:
            </Text>{' '}
            {group.topics.map((t) => t.name).join(' · ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
