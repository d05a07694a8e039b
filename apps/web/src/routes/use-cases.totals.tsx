import { Anchor, Button, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { RequirementTotalsPageQuery } from '../gql/graphql';
import { Empty, Loaded, Page } from '../components/page';
import { MembersOnly } from '../features/use-cases/members-only';
import { CATEGORIES, CATEGORY_WORDS, UNIT_WORDS, amountWords } from '../features/use-cases/use-case-words';

const TotalsChart = lazy(() => import('../features/use-cases/totals-chart'));

const RequirementTotalsPageQuery = graphql(`
  query RequirementTotalsPage {
    requirementTotals {
      category
      metric
      year
      unit
      total
      useCases
      contributions {
        total
        useCase {
          id
          title
        }
      }
    }
  }
`);

type Total = RequirementTotalsPageQuery['requirementTotals'][number];

/**
 * `/use-cases/totals`: the requirements summed over use cases by year and category, in PB,
 * Gbit/s, core-hours and GPU-hours (the API normalises; core- and GPU-hours stay apart). The
 * tables are the figures for everyone; the charts show each total stacked by its use cases.
 */
export default function RequirementTotalsRoute() {
  return (
    <MembersOnly signInText="The compendium of use cases is for members.">
      <RequirementTotals />
    </MembersOnly>
  );
}

function RequirementTotals() {
  const [result, refetch] = useQuery({
    query: RequirementTotalsPageQuery,
    requestPolicy: 'cache-and-network',
  });
  return (
    <Page
      title="Requirement totals"
      subtitle="What the use cases need together, by year: storage in PB, data transport in Gbit/s, core-hours and GPU-hours apart."
      actions={
        <Button component={Link} to={webPaths.useCases()} variant="default">
          All use cases
        </Button>
      }
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.requirementTotals.length ? (
            <>
              <TotalsByYear totals={data.requirementTotals} />
              <TotalsCharts totals={data.requirementTotals} />
            </>
          ) : (
            <Empty>No use case has requirements yet.</Empty>
          )
        }
      </Loaded>
    </Page>
  );
}

function TotalsByYear({ totals }: { totals: readonly Total[] }) {
  const years = [...new Set(totals.map((t) => t.year))].sort((a, b) => a - b);
  return (
    <Stack gap="lg">
      {years.map((year) => (
        <Stack gap="xs" key={year} component="section" aria-labelledby={`totals-${year}`}>
          <Title order={2} size="h3" id={`totals-${year}`}>
            {year}
          </Title>
          <Table
            visibleFrom="sm"
            striped
            withTableBorder
            layout="fixed"
            style={{ overflowWrap: 'anywhere' }}
            aria-labelledby={`totals-${year}`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="18%">
                  Category
                </Table.Th>
                <Table.Th scope="col" w="25%">
                  Metric
                </Table.Th>
                <Table.Th scope="col" w="20%">
                  Total
                </Table.Th>
                <Table.Th scope="col">Use cases</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {byCategory(totals.filter((t) => t.year === year)).map((t) => (
                <Table.Tr key={`${t.category}-${t.metric}-${t.unit}`}>
                  <Table.Td>{CATEGORY_WORDS[t.category]}</Table.Td>
                  <Table.Td>{t.metric}</Table.Td>
                  <Table.Td>{amountWords(t.total, t.unit)}</Table.Td>
                  <Table.Td>
                    <Contributions total={t} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {/* On a phone the four columns are too narrow: each total is a block of its own. */}
          <Stack gap="xs" hiddenFrom="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {byCategory(totals.filter((t) => t.year === year)).map((t) => (
              <Paper key={`${t.category}-${t.metric}-${t.unit}`} withBorder p="sm" component="li">
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {CATEGORY_WORDS[t.category]}, {t.metric}: {amountWords(t.total, t.unit)}
                </Text>
                <Contributions total={t} />
              </Paper>
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

/** The use cases a total sums, each a link with its share. */
function Contributions({ total: t }: { total: Total }) {
  return (
    <List size="sm" spacing={2} listStyleType="none" p={0} style={{ overflowWrap: 'anywhere' }}>
      {t.contributions.map((c) => (
        <List.Item key={c.useCase.id}>
          <Anchor component={Link} to={webPaths.useCase(c.useCase.id)} size="sm">
            {c.useCase.title}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            ({amountWords(c.total, t.unit)})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function byCategory(totals: readonly Total[]): Total[] {
  return [...totals].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}

/** One chart per category and unit: each total a bar, stacked by its use cases. */
function TotalsCharts({ totals }: { totals: readonly Total[] }) {
  const groups = new Map<string, Total[]>();
  for (const t of byCategory(totals)) {
    const key = `${t.category} ${t.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  // A use case's colour is the same in every chart.
  const order = [...new Set(totals.flatMap((t) => t.contributions.map((c) => c.useCase.id)))];
  const colorOf = (id: string) => order.indexOf(id);
  return (
    <Stack gap="lg" component="section" aria-labelledby="totals-charts">
      <Stack gap={4}>
        <Title order={2} size="h3" id="totals-charts">
          Charts
        </Title>
        <Text size="sm" c="dimmed">
          Each bar is a total above, its parts the use cases that add up to it; the tables hold the same
          figures.
        </Text>
      </Stack>
      {[...groups.values()].map((group) => {
        const { category, unit } = group[0];
        return (
          <Stack gap="xs" key={`${category}-${unit}`}>
            <Title order={3} size="h4">
              {CATEGORY_WORDS[category]} in {UNIT_WORDS[unit]}
            </Title>
            <Suspense fallback={<Loader size="sm" aria-hidden="true" />}>
              <TotalsChart
                colorOf={colorOf}
                bars={[...group]
                  .sort((a, b) => a.year - b.year)
                  .map((t) => ({
                    label: `${t.metric}, ${t.year}`,
                    shares: t.contributions.map((c) => ({
                      useCaseId: c.useCase.id,
                      title: c.useCase.title,
                      total: c.total,
                    })),
                  }))}
              />
            </Suspense>
          </Stack>
        );
      })}
    </Stack>
  );
}
