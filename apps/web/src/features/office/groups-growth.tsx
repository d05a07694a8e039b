import { Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Empty } from '../../components/page';

const GroupsGrowthChart = lazy(() => import('./groups-growth-chart'));

const monthWords = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The community's growth: a chart for the eye, a sentence and a table for everyone. */
export function GroupsGrowth({
  points,
}: {
  points: readonly { month: string; participants: number; people: number }[];
}) {
  if (!points.length) return <Empty>Nobody has held a seat yet.</Empty>;
  const rows = points.map((p) => ({ ...p, label: monthWords.format(new Date(p.month)) }));
  const first = rows[0];
  const last = rows.at(-1)!;
  return (
    <Stack gap="sm">
      <Text>
        From {first.label} to {last.label}: participants went from {first.participants} to {last.participants}
        , people from {first.people} to {last.people}.
      </Text>
      <Suspense fallback={<Loader size="sm" aria-hidden="true" />}>
        <GroupsGrowthChart points={rows} />
      </Suspense>
      <details>
        <summary>The figures month by month</summary>
        <div role="region" aria-label="Growth month by month" tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table striped miw={280}>
            <VisuallyHidden component="caption">
              Participants and people at the end of each month
            </VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Month</Table.Th>
                <Table.Th scope="col">Participants</Table.Th>
                <Table.Th scope="col">People</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.month}>
                  <Table.Th scope="row">{r.label}</Table.Th>
                  <Table.Td>{r.participants}</Table.Td>
                  <Table.Td>{r.people}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </details>
    </Stack>
  );
}
