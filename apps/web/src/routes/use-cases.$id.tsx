import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { NotFound } from '../components/errors';
import { Loaded, Page } from '../components/page';
import { ServerHtml } from '../components/server-html';
import { When } from '../components/time';
import { MembersOnly } from '../features/use-cases/members-only';
import { useShell } from '../features/viewer/viewer';
import { CompletenessBar, StatusBadge } from '../features/use-cases/use-case-badges';
import { StatusControl } from '../features/use-cases/status-control';
import { RequirementsByYear } from '../features/use-cases/requirements-by-year';
import { DOMAIN_WORDS, PARTS, partAnchor } from '../features/use-cases/use-case-words';

const UseCasePageQuery = graphql(`
  query UseCasePage($id: ID!) {
    useCase(id: $id) {
      id
      title
      summary
      status
      completeness
      domains
      updatedAt
      viewerCanEdit
      createdBy {
        id
        displayName
      }
      experts {
        id
        displayName
        affiliation
      }
      workingGroups {
        id
        code
        name
      }
      parts {
        key
        html
      }
      requirements {
        ...RequirementRow
      }
    }
  }
`);

/** `/use-cases/:id`: the eight parts in the template's order, the requirements by year, and its status. */
export default function UseCaseRoute() {
  return (
    <MembersOnly signInText="The compendium of use cases is for members.">
      <UseCasePage />
    </MembersOnly>
  );
}

function UseCasePage() {
  const { id = '' } = useParams();
  const shell = useShell();
  const [result, refetch] = useQuery({ query: UseCasePageQuery, variables: { id } });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const u = data.useCase;
        if (!u) return <NotFound what="use case" />;
        const html = new Map(u.parts.map((p) => [p.key, p.html]));
        return (
          <Page
            title={u.title}
            subtitle={<>Proposed by {u.createdBy.displayName}</>}
            actions={
              u.viewerCanEdit ? (
                <Button component={Link} to={webPaths.editUseCase(u.id)}>
                  Edit
                </Button>
              ) : undefined
            }
          >
            <Card withBorder component="section" aria-labelledby="use-case-facts">
              <Title order={2} size="h3" id="use-case-facts" mb="xs">
                About this use case
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" style={{ margin: 0 }}>
                <Fact term="Status">
                  <StatusBadge status={u.status} />
                </Fact>
                <Fact term="Written">
                  <CompletenessBar completeness={u.completeness} />
                </Fact>
                <Fact term="Domains">{u.domains.map((d) => DOMAIN_WORDS[d]).join(', ') || 'None given'}</Fact>
                <Fact term="Working groups">
                  {u.workingGroups.length ? (
                    <Group gap="xs" component="span" wrap="wrap">
                      {u.workingGroups.map((g) => (
                        <Anchor
                          key={g.id}
                          component={Link}
                          to={webPaths.workingGroup(g.code)}
                          underline="always"
                        >
                          {g.code} {g.name}
                        </Anchor>
                      ))}
                    </Group>
                  ) : (
                    'None'
                  )}
                </Fact>
                <Fact term="Experts">
                  {u.experts.length
                    ? u.experts
                        .map((e) => (e.affiliation ? `${e.displayName} (${e.affiliation})` : e.displayName))
                        .join(', ')
                    : 'None yet'}
                </Fact>
                <Fact term="Updated">
                  <When at={u.updatedAt} />
                </Fact>
              </SimpleGrid>
              {shell.isOffice && (
                <Stack gap={4} mt="md">
                  <Text fw={600} size="sm">
                    Project office
                  </Text>
                  <StatusControl id={u.id} status={u.status} />
                </Stack>
              )}
            </Card>

            {u.summary && (
              <Stack gap={4} component="section" aria-labelledby="use-case-summary">
                <Title order={2} size="h3" id="use-case-summary">
                  Summary
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{u.summary}</Text>
              </Stack>
            )}

            {PARTS.map((part) => {
              const partHtml = html.get(part.key);
              return (
                <Stack key={part.key} gap={6} component="section" aria-labelledby={partAnchor(part.key)}>
                  <Title
                    order={2}
                    size="h3"
                    id={partAnchor(part.key)}
                    tabIndex={-1}
                    style={{ scrollMarginTop: 80 }}
                  >
                    {part.title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {part.guidance}
                  </Text>
                  {partHtml ? (
                    <Paper withBorder p="md">
                      <ServerHtml html={partHtml} headingOffset={2} />
                    </Paper>
                  ) : (
                    <Text fs="italic" c="dimmed">
                      Not written yet.
                    </Text>
                  )}
                </Stack>
              );
            })}

            <Stack gap="sm" component="section" aria-labelledby="use-case-requirements">
              <Group justify="space-between" wrap="wrap">
                <Title order={2} size="h3" id="use-case-requirements">
                  Requirements
                </Title>
                <Anchor component={Link} to={webPaths.useCaseTotals()} size="sm">
                  Totals across use cases
                </Anchor>
              </Group>
              <RequirementsByYear requirements={u.requirements} />
            </Stack>
          </Page>
        );
      }}
    </Loaded>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
