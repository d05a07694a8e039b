import { Alert, Anchor, Button, Card, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { InitiativeGroupEntryFragment } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { Empty } from '../../components/page';
import { PeoplePicker } from '../use-cases/people-picker';

graphql(`
  fragment InitiativeGroupEntry on InitiativeGroup {
    id
    name
    description
    linkedWorkingGroups {
      id
      code
      name
    }
    members {
      id
      displayName
      affiliation
    }
    peopleInBoth {
      id
    }
  }
`);

const LinkGroupMutation = graphql(`
  mutation LinkInitiativeGroup($group: ID!, $workingGroup: ID!) {
    linkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {
      ...InitiativeGroupEntry
    }
  }
`);

const UnlinkGroupMutation = graphql(`
  mutation UnlinkInitiativeGroup($group: ID!, $workingGroup: ID!) {
    unlinkInitiativeGroup(initiativeGroupId: $group, workingGroupId: $workingGroup) {
      ...InitiativeGroupEntry
    }
  }
`);

const MarkMemberMutation = graphql(`
  mutation MarkInitiativeMember($group: ID!, $person: ID!) {
    markInitiativeMember(initiativeGroupId: $group, personId: $person) {
      ...InitiativeGroupEntry
    }
  }
`);

const UnmarkMemberMutation = graphql(`
  mutation UnmarkInitiativeMember($group: ID!, $person: ID!) {
    unmarkInitiativeMember(initiativeGroupId: $group, personId: $person) {
      ...InitiativeGroupEntry
    }
  }
`);

const RemoveGroupMutation = graphql(`
  mutation RemoveInitiativeGroup($id: ID!) {
    removeInitiativeGroup(id: $id) {
      id
      groups {
        ...InitiativeGroupEntry
      }
    }
  }
`);

type CopGroup = { id: string; code: string; name: string };

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

/**
 * One group of an initiative: the CoP groups linked to it and the people marked in it, those
 * who also sit in a linked CoP group first. The office links and unlinks groups, marks and
 * unmarks people, and removes the group.
 */
export function InitiativeGroupCard({
  group,
  canEdit,
  copGroups,
}: {
  group: InitiativeGroupEntryFragment;
  canEdit: boolean;
  copGroups: readonly CopGroup[];
}) {
  const titleId = `initiative-group-${group.id}`;
  const inBoth = new Set(group.peopleInBoth.map((p) => p.id));
  const both = group.members.filter((p) => inBoth.has(p.id));
  const onlyMarked = group.members.filter((p) => !inBoth.has(p.id));
  const [problem, setProblem] = useState<string | null>(null);
  const [, link] = useMutation(LinkGroupMutation);
  const [, unlink] = useMutation(UnlinkGroupMutation);
  const [, mark] = useMutation(MarkMemberMutation);
  const [, unmark] = useMutation(UnmarkMemberMutation);
  const [removed, removeGroup] = useMutation(RemoveGroupMutation);
  const [toLink, setToLink] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const run = async (fn: () => Promise<{ error?: Parameters<typeof errorMessage>[0] }>) => {
    setProblem(null);
    setBusy(true);
    try {
      const res = await fn();
      if (res.error) setProblem(errorMessage(res.error));
      return !res.error;
    } finally {
      setBusy(false);
    }
  };

  const linkable = copGroups.filter((w) => !group.linkedWorkingGroups.some((l) => l.id === w.id));

  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={titleId}>
            {group.name}
          </Title>
          {canEdit && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={() => setConfirming(true)}
              aria-label={`Remove the group ${group.name}`}
            >
              Remove
            </Button>
          )}
        </Group>
        {group.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {group.description}
          </Text>
        )}

        <div>
          <Text fw={600} size="sm" mb={4}>
            Linked CoP groups
          </Text>
          {group.linkedWorkingGroups.length ? (
            <Stack gap={4} component="ul" style={listStyle}>
              {group.linkedWorkingGroups.map((w) => (
                <Group key={w.id} component="li" gap="xs" wrap="wrap">
                  <Anchor component={Link} to={webPaths.workingGroup(w.code)}>
                    {w.code}: {w.name}
                  </Anchor>
                  {canEdit && (
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      disabled={busy}
                      onClick={() => void run(() => unlink({ group: group.id, workingGroup: w.id }))}
                      aria-label={`Unlink ${w.code} from ${group.name}`}
                    >
                      Unlink
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          ) : (
            <Empty>No CoP group is linked yet.</Empty>
          )}
          {canEdit && linkable.length > 0 && (
            <Group gap="xs" align="flex-end" mt="xs" wrap="wrap">
              <Select
                label={`Link a CoP group to ${group.name}`}
                placeholder="Pick a working group"
                searchable
                nothingFoundMessage="No such working group"
                data={linkable.map((w) => ({ value: w.id, label: `${w.code}: ${w.name}` }))}
                value={toLink}
                onChange={setToLink}
                style={{ flex: '1 1 16rem' }}
              />
              <Button
                variant="light"
                disabled={!toLink}
                loading={busy}
                onClick={async () => {
                  if (toLink && (await run(() => link({ group: group.id, workingGroup: toLink }))))
                    setToLink(null);
                }}
              >
                Link
              </Button>
            </Group>
          )}
        </div>

        <div>
          <Text fw={600} size="sm" mb={4}>
            People in both
          </Text>
          {both.length ? (
            <PeopleList
              people={both}
              group={group.name}
              canEdit={canEdit}
              busy={busy}
              onUnmark={(id) => void run(() => unmark({ group: group.id, person: id }))}
            />
          ) : (
            <Empty>Nobody marked here sits in a linked CoP group.</Empty>
          )}
          {onlyMarked.length > 0 && (
            <>
              <Text fw={600} size="sm" mt="sm" mb={4}>
                Also marked, without a seat in a linked group
              </Text>
              <PeopleList
                people={onlyMarked}
                group={group.name}
                canEdit={canEdit}
                busy={busy}
                onUnmark={(id) => void run(() => unmark({ group: group.id, person: id }))}
              />
            </>
          )}
          {canEdit && (
            <Stack gap="xs" mt="xs">
              <PeoplePicker
                label={`Mark people in ${group.name}`}
                description="Members of the community who sit in this group of the initiative."
                value={picked}
                onChange={setPicked}
                known={[]}
              />
              <Group>
                <Button
                  variant="light"
                  disabled={!picked.length}
                  loading={busy}
                  onClick={async () => {
                    for (const person of picked)
                      if (!(await run(() => mark({ group: group.id, person })))) return;
                    setPicked([]);
                  }}
                >
                  Mark
                </Button>
              </Group>
            </Stack>
          )}
        </div>

        {problem && (
          <Alert color="red" role="alert" title={`${group.name} was not changed`}>
            {problem}
          </Alert>
        )}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Remove the group ${group.name}?`}
      >
        <Stack gap="md">
          <Text>Its links to CoP groups and the people marked in it go with it.</Text>
          {removed.error && (
            <Alert color="red" role="alert">
              {errorMessage(removed.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={removed.fetching}
              onClick={async () => {
                const res = await removeGroup({ id: group.id });
                if (!res.error) setConfirming(false);
              }}
            >
              Remove the group
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function PeopleList({
  people,
  group,
  canEdit,
  busy,
  onUnmark,
}: {
  people: readonly { id: string; displayName: string; affiliation?: string | null }[];
  group: string;
  canEdit: boolean;
  busy: boolean;
  onUnmark: (personId: string) => void;
}) {
  return (
    <Stack gap={4} component="ul" style={listStyle}>
      {people.map((p) => (
        <Group key={p.id} component="li" gap="xs" wrap="wrap">
          <Text size="sm">
            {p.displayName}
            {p.affiliation && (
              <Text span c="dimmed" size="sm">
                {' '}
                ({p.affiliation})
              </Text>
            )}
          </Text>
          {canEdit && (
            <Button
              variant="subtle"
              size="compact-xs"
              disabled={busy}
              onClick={() => onUnmark(p.id)}
              aria-label={`Unmark ${p.displayName} in ${group}`}
            >
              Unmark
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}
