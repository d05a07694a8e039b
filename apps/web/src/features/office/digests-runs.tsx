import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { graphql } from '../../gql';
import type { DigestRunFieldsFragment } from '../../gql/graphql';
import { Empty } from '../../components/page';
import { When } from '../../components/time';

export const DigestRunFields = graphql(`
  fragment DigestRunFields on DigestRun {
    id
    frequency
    periodStart
    periodEnd
    status
    startedAt
    finishedAt
    delivery {
      recipients
      sent
      failed
      pending
    }
  }
`);

const STATUS_COLOR: Record<string, string> = { QUEUED: 'gray', RUNNING: 'blue', DONE: 'teal', FAILED: 'red' };
const STATUS_WORDS: Record<string, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  DONE: 'Done',
  FAILED: 'Failed',
};

export const frequencyWords = (f: string) => (f === 'DAILY' ? 'Daily' : 'Weekly');

/** "12 recipients: 10 sent, 1 failed, 1 pending". */
export function deliveryCountWords(d: { recipients: number; sent: number; failed: number; pending: number }) {
  return `${d.recipients} ${d.recipients === 1 ? 'recipient' : 'recipients'}: ${d.sent} sent, ${d.failed} failed, ${d.pending} pending`;
}

export function DigestRunStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={STATUS_COLOR[status] ?? 'gray'} variant="light">
      {STATUS_WORDS[status] ?? status}
    </Badge>
  );
}

/** A period as two instants in the viewer's zone. */
export function Period({ start, end }: { start: string; end: string }) {
  return (
    <>
      <When at={start} /> to <When at={end} />
    </>
  );
}

/** The last digest runs, newest period first, each with its delivery counts. */
export function DigestRunsList({ runs: list }: { runs: readonly DigestRunFieldsFragment[] }) {
  if (list.length === 0) return <Empty>No digest has run yet.</Empty>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Digest runs">
      {list.map((run) => (
        <Card
          component="li"
          withBorder
          key={run.id}
          padding="sm"
          aria-label={`${frequencyWords(run.frequency)} digest run`}
        >
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Text fw={600}>{frequencyWords(run.frequency)} digest</Text>
              <DigestRunStatusBadge status={run.status} />
            </Group>
            <Text size="sm">
              Period: <Period start={run.periodStart} end={run.periodEnd} />
            </Text>
            <Text size="sm" c="dimmed">
              Started <When at={run.startedAt} />
              {run.finishedAt && (
                <>
                  , finished <When at={run.finishedAt} />
                </>
              )}
            </Text>
            <Text size="sm">{deliveryCountWords(run.delivery)}</Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
