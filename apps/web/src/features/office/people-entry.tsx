import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import type { DirectoryPersonFragment } from '../../gql/graphql';
import { When } from '../../components/time';
import { RoleControl } from './people-role-control';
import { ROLE_SOURCE_WORDS, ROLE_WORDS } from './people-words';

export const DirectoryPersonFields = graphql(`
  fragment DirectoryPerson on Person {
    id
    displayName
    affiliation
    email
    role
    roleSource
    joinedAt
    lastSignedInAt
    identities {
      provider
      subject
      email
    }
    memberships {
      id
      role
      status
      workingGroup {
        id
        code
      }
    }
  }
`);

/** One person of the directory: who they are, their role and why, seats, identities, and the role control. */
export function PeopleEntry({
  person: p,
  providerName,
}: {
  person: DirectoryPersonFragment;
  providerName: (id: string) => string;
}) {
  const titleId = `person-${p.id}`;
  return (
    <Stack gap="xs" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 18rem' }}>
          <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {p.displayName}
          </Title>
          <Text size="sm">{p.affiliation ?? 'No affiliation given'}</Text>
          {p.email && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {p.email}
            </Text>
          )}
          <Text size="sm">
            <Text span fw={600} inherit>
              {ROLE_WORDS[p.role].name}
            </Text>
            {p.roleSource ? `, ${ROLE_SOURCE_WORDS[p.roleSource]}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            Joined <When at={p.joinedAt} kind="date" />
            {p.lastSignedInAt ? (
              <>
                ; last signed in <When at={p.lastSignedInAt} />
              </>
            ) : null}
            .
          </Text>
        </Stack>
        <RoleControl person={p} />
      </Group>
      <Group gap="xs" wrap="wrap" aria-label={`Seats of ${p.displayName}`} role="list">
        <Text size="sm" fw={600} component="span">
          Seats:
        </Text>
        {p.memberships.length ? (
          p.memberships.map((m) => (
            <Badge
              key={m.id}
              role="listitem"
              variant={m.status === 'ACTIVE' ? 'light' : 'outline'}
              color={m.role === 'CHAIR' ? 'grape' : 'blue'}
              tt="none"
            >
              {m.workingGroup.code} {m.role === 'CHAIR' ? 'chair' : 'member'}
              {m.status === 'PENDING' ? ', requested' : ''}
            </Badge>
          ))
        ) : (
          <Text size="sm" c="dimmed" component="span" role="listitem">
            none
          </Text>
        )}
      </Group>
      <Text size="sm" component="div">
        <Text span fw={600} inherit>
          Identities:
        </Text>{' '}
        {p.identities?.length
          ? p.identities.map((i, n) => (
              <span key={`${i.provider}|${i.subject}`}>
                {n > 0 ? '; ' : ''}
                {providerName(i.provider)}
                {i.email ? ` (${i.email})` : ''}
              </span>
            ))
          : 'none linked'}
      </Text>
    </Stack>
  );
}
