import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { PersonCardFragment } from '../../gql/graphql';
import { ExpertiseByLevel } from '../expertise/expertise-list';

graphql(`
  fragment PersonCard on Person {
    id
    displayName
    affiliation
    memberships {
      id
      role
      status
      workingGroup {
        id
        code
        name
      }
    }
    expertise {
      level
      term {
        id
        label
      }
    }
  }
`);

/** How many terms of each level a directory entry shows before "and N more". */
const TOP = 4;

/** "WG1 (chair), WG3": the groups a person holds an active seat in. */
export function seatsInWords(memberships: PersonCardFragment['memberships']): string {
  return memberships
    .filter((m) => m.status === 'ACTIVE')
    .map((m) => (m.role === 'CHAIR' ? `${m.workingGroup.code} (chair)` : m.workingGroup.code))
    .join(', ');
}

/** One person in the directory: name (to the profile), affiliation, groups, top expertise. */
export function PersonCard({ person: p }: { person: PersonCardFragment }) {
  const groups = seatsInWords(p.memberships);
  return (
    <Stack gap={6} component="article" aria-labelledby={`person-${p.id}`}>
      <Group gap="sm" wrap="wrap" justify="space-between" align="baseline">
        <Title order={2} size="h4" id={`person-${p.id}`} style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={webPaths.person(p.id)}>
            {p.displayName}
          </Anchor>
        </Title>
        {p.affiliation && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {p.affiliation}
          </Text>
        )}
      </Group>
      <Text size="sm">
        <Text span fw={600}>
          Groups:{' '}
        </Text>
        {groups || 'None'}
      </Text>
      {p.expertise.length > 0 && <ExpertiseByLevel entries={p.expertise} limit={TOP} size="sm" />}
    </Stack>
  );
}
