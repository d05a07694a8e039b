import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { TargetEntryFragment } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { Empty } from '../../components/page';
import { TargetDue } from './target-due';

graphql(`
  fragment TargetEntry on ReportTarget {
    id
    name
    description
    url
    dueDate
    daysLeft
    initiative {
      id
      slug
      name
    }
  }
`);

const RemoveTargetMutation = graphql(`
  mutation RemoveReportTarget($id: ID!) {
    removeReportTarget(id: $id)
  }
`);

/** Targets by due date; the office may remove one after a confirmation. */
export function TargetList({
  targets,
  canEdit,
  showInitiative = false,
  empty,
}: {
  targets: readonly TargetEntryFragment[];
  canEdit: boolean;
  showInitiative?: boolean;
  empty: string;
}) {
  if (!targets.length) return <Empty>{empty}</Empty>;
  return (
    <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {targets.map((t) => (
        <li key={t.id}>
          <TargetItem target={t} canEdit={canEdit} showInitiative={showInitiative} />
        </li>
      ))}
    </Stack>
  );
}

function TargetItem({
  target: t,
  canEdit,
  showInitiative,
}: {
  target: TargetEntryFragment;
  canEdit: boolean;
  showInitiative: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const [removed, remove] = useMutation(RemoveTargetMutation);
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>
          {t.url ? (
            <Anchor href={t.url} target="_blank" rel="noreferrer" inherit>
              {t.name}
            </Anchor>
          ) : (
            t.name
          )}
        </Text>
        {canEdit && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            onClick={() => setConfirming(true)}
            aria-label={`Remove the target ${t.name}`}
          >
            Remove
          </Button>
        )}
      </Group>
      {showInitiative && t.initiative && (
        <Text size="sm">
          For{' '}
          <Anchor component={Link} to={webPaths.initiative(t.initiative.slug)}>
            {t.initiative.name}
          </Anchor>
        </Text>
      )}
      <TargetDue dueDate={t.dueDate} daysLeft={t.daysLeft} />
      {t.description && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
          {t.description}
        </Text>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Remove the target ${t.name}?`}>
        <Stack gap="md">
          <Text>Reports aimed at it keep existing, without a target.</Text>
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
                const res = await remove(
                  { id: t.id },
                  { additionalTypenames: ['ReportTarget', 'Initiative'] },
                );
                if (!res.error) setConfirming(false);
              }}
            >
              Remove the target
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
