import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Loaded, Page } from '../components/page';
import { DigestRunsList } from '../features/office/digests-runs';
import { DigestPreviewPanel } from '../features/office/digests-preview';
import { RunDigestNow } from '../features/office/digests-run-now';

const OfficeDigestsPageQuery = graphql(`
  query OfficeDigestsPage {
    digestRuns(first: 20) {
      id
      status
      ...DigestRunFields
    }
    weekly: digestPeriod(frequency: WEEKLY) {
      periodStart
      periodEnd
      run {
        id
        startedAt
      }
    }
    daily: digestPeriod(frequency: DAILY) {
      periodStart
      periodEnd
      run {
        id
        startedAt
      }
    }
  }
`);

// While a run sends, its counts are asked again this often (polling: runs are short and rare).
const POLL_MS = 2000;

/** `/office/digests`: the last runs with their counts, running one now, and one member's preview. */
export default function OfficeDigestsRoute() {
  const [result, refetch] = useQuery({ query: OfficeDigestsPageQuery, requestPolicy: 'cache-and-network' });
  const active = result.data?.digestRuns.some((r) => r.status === 'QUEUED' || r.status === 'RUNNING');
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [active, refetch]);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Page
      title="Digests"
      subtitle="Members choose a daily or weekly digest of what is new for them; the scheduler sends each period once."
    >
      <Loaded result={result} retry={reload}>
        {(data) => (
          <Stack gap="lg">
            <Card withBorder component="section" aria-labelledby="digests-run-now">
              <Title order={2} size="h3" id="digests-run-now" mb="xs">
                Run a digest now
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                Without waiting for the scheduler. The jobs are on the{' '}
                {/* The API's own page (Bull Board), outside the app: a plain link that loads it whole. */}
                <Anchor href="/admin/queues" underline="always">
                  queue board
                </Anchor>
                .
              </Text>
              <Group gap="sm" wrap="wrap">
                <RunDigestNow frequency="WEEKLY" period={data.weekly} onDone={reload} />
                <RunDigestNow frequency="DAILY" period={data.daily} onDone={reload} />
              </Group>
            </Card>
            <section aria-labelledby="digests-runs">
              <Title order={2} size="h3" id="digests-runs" mb="sm">
                Last runs
              </Title>
              <DigestRunsList runs={data.digestRuns} />
            </section>
            <Card withBorder component="section" aria-labelledby="digests-preview">
              <Title order={2} size="h3" id="digests-preview" mb="xs">
                Preview a member&apos;s digest
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                What the run would send them now, with only what they may see. Nothing is sent.
              </Text>
              <DigestPreviewPanel />
            </Card>
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}
