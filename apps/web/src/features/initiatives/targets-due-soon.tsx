import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import { RetryAlert } from '../../components/errors';
import { Empty } from '../../components/page';
import { SectionCard } from '../../components/section-card';
import { TargetDue } from './target-due';

/** Half a year ahead: deliverables are planned in months, and the demo's next ones are that far. */
export const DUE_SOON_DAYS = 183;

const TargetsDueSoonQuery = graphql(`
  query TargetsDueSoon($days: Int!) {
    reportTargets(dueWithinDays: $days) {
      id
      name
      dueDate
      daysLeft
      initiative {
        id
        slug
        name
      }
    }
  }
`);

/** The member home's card of report targets due in the next months, nearest first. */
export function TargetsDueSoon() {
  const [result, refetch] = useQuery({ query: TargetsDueSoonQuery, variables: { days: DUE_SOON_DAYS } });
  const targets = result.data?.reportTargets ?? [];
  return (
    <SectionCard title="Targets due soon" more={{ to: webPaths.initiatives(), label: 'Related initiatives' }}>
      {result.error ? (
        <RetryAlert
          title="The targets could not be loaded"
          error={result.error}
          retry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !result.data ? (
        <Text c="dimmed" role="status">
          Loading…
        </Text>
      ) : targets.length ? (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {targets.map((t) => (
            <li key={t.id}>
              <Text fw={600}>{t.name}</Text>
              {t.initiative && (
                <Text size="sm">
                  For{' '}
                  <Anchor component={Link} to={webPaths.initiative(t.initiative.slug)}>
                    {t.initiative.name}
                  </Anchor>
                </Text>
              )}
              <TargetDue dueDate={t.dueDate} daysLeft={t.daysLeft} />
            </li>
          ))}
        </Stack>
      ) : (
        <Empty>No report target is due in the next six months.</Empty>
      )}
    </SectionCard>
  );
}
