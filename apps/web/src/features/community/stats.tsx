import { Group, Paper, Text } from '@mantine/core';
import { graphql } from '../../gql';
import type { CommunityStatsLineFragment } from '../../gql/graphql';

export const CommunityStatsLineFields = graphql(`
  fragment CommunityStatsLine on CommunityStats {
    participants
    people
    members
    workingGroups
  }
`);

/** "75 participants from 50 people in 6 working groups": seats and people told apart. */
export function CommunityStats({ stats }: { stats: CommunityStatsLineFragment }) {
  const figures = [
    { value: stats.participants, label: 'participants', hint: 'seats held in working groups' },
    { value: stats.people, label: 'people', hint: 'hold those seats' },
    { value: stats.workingGroups, label: 'working groups', hint: '' },
    { value: stats.members, label: 'members', hint: 'of the community' },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-label="The community in figures">
      <Text size="lg">
        <strong>{stats.participants}</strong> participants from <strong>{stats.people}</strong> people in{' '}
        <strong>{stats.workingGroups}</strong> working groups; <strong>{stats.members}</strong> members in
        all.
      </Text>
      <Group gap="xl" mt="xs" visibleFrom="sm" aria-hidden>
        {figures.map((f) => (
          <div key={f.label}>
            <Text fz={28} fw={700} lh={1.1}>
              {f.value}
            </Text>
            <Text size="sm" c="dimmed">
              {f.label}
              {f.hint ? ` · ${f.hint}` : ''}
            </Text>
          </div>
        ))}
      </Group>
    </Paper>
  );
}
