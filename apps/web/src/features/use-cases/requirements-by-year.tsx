import { Stack, Table, Title } from '@mantine/core';
import { graphql } from '../../gql';
import type { RequirementRowFragment } from '../../gql/graphql';
import { Empty } from '../../components/page';
import { CATEGORY_WORDS, amountWords } from './use-case-words';

// What the use case's page shows and its editor edits.
graphql(`
  fragment RequirementRow on Requirement {
    id
    category
    metric
    value
    unit
    year
    note
  }
`);

/** A use case's requirements, one table per year (earliest first), in the order they were written. */
export function RequirementsByYear({ requirements }: { requirements: readonly RequirementRowFragment[] }) {
  if (!requirements.length) return <Empty>No requirements written yet.</Empty>;
  const years = [...new Set(requirements.map((r) => r.year))].sort((a, b) => a - b);
  return (
    <Stack gap="md">
      {years.map((year) => (
        <Stack gap={4} key={year}>
          <Title order={3} size="h5">
            {year}
          </Title>
          <Table
            striped
            withTableBorder
            layout="fixed"
            style={{ overflowWrap: 'anywhere' }}
            aria-label={`Requirements for ${year}`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Category</Table.Th>
                <Table.Th scope="col">Metric</Table.Th>
                <Table.Th scope="col">Amount</Table.Th>
                <Table.Th scope="col">Note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requirements
                .filter((r) => r.year === year)
                .map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{CATEGORY_WORDS[r.category]}</Table.Td>
                    <Table.Td>{r.metric}</Table.Td>
                    <Table.Td>{amountWords(r.value, r.unit)}</Table.Td>
                    <Table.Td>{r.note ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}
