import { Alert, Anchor, Badge, Grid, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import { SectionCard } from '../../components/section-card';
import { Loaded, Page, Empty } from '../../components/page';
import { Day } from '../../components/time';
import { useWindowFromNow } from '../../components/now';
import { OccurrenceList } from '../meetings/occurrence-list';
import { useShell } from '../viewer/viewer';
import { CommunityStats } from './stats';
import { faqAnchor } from '../faq/faq-anchor';
import { NewsList } from './news-list';

const PublicHomeQuery = graphql(`
  query PublicHome($from: DateTime!, $to: DateTime!) {
    community {
      name
      mission
      description
      phases {
        name
        startsOn
        endsOn
        description
      }
      stats {
        ...CommunityStatsLine
      }
    }
    workingGroups {
      id
      code
      name
    }
    news(first: 3) {
      edges {
        node {
          ...NewsListItem
        }
      }
    }
    calendar(from: $from, to: $to, first: 5) {
      ...OccurrenceItem
    }
    faq {
      id
      question
    }
  }
`);

/** The front page for the public (and for a GUEST waiting to be admitted). */
export function PublicHome() {
  const window = useWindowFromNow(120);
  const [result, refetch] = useQuery({ query: PublicHomeQuery, variables: window });
  const { person } = useShell();
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <Page title={data.community.name} subtitle={data.community.mission}>
          {person?.role === 'GUEST' && <WaitingForAdmission />}
          <CommunityStats stats={data.community.stats} />
          {data.community.description && <Text>{data.community.description}</Text>}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <SectionCard title="Latest news" more={{ to: webPaths.news(), label: 'All news' }}>
                  <NewsList items={data.news.edges.map((e) => e.node)} empty="No news yet." />
                </SectionCard>
                <SectionCard title="Phases">
                  {data.community.phases.length ? (
                    <List spacing="sm">
                      {data.community.phases.map((p) => (
                        <List.Item key={p.name}>
                          <Text fw={600} span>
                            {p.name}
                          </Text>{' '}
                          <Text span c="dimmed" size="sm">
                            <Day date={p.startsOn} /> – <Day date={p.endsOn} />
                          </Text>
                          {p.description && <Text size="sm">{p.description}</Text>}
                        </List.Item>
                      ))}
                    </List>
                  ) : (
                    <Empty>No phases described yet.</Empty>
                  )}
                </SectionCard>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="lg">
                <SectionCard title="Next public meetings">
                  <OccurrenceList
                    items={data.calendar}
                    empty="No meetings planned in the next four months."
                  />
                </SectionCard>
                <SectionCard
                  title="Working groups"
                  more={{ to: webPaths.workingGroups(), label: 'All groups' }}
                >
                  <SimpleGrid cols={1} spacing={4}>
                    {data.workingGroups.map((g) => (
                      <Group key={g.id} gap="xs" wrap="nowrap">
                        <Badge variant="light" style={{ flexShrink: 0 }}>
                          {g.code}
                        </Badge>
                        <Anchor component={Link} to={webPaths.workingGroup(g.code)}>
                          {g.name}
                        </Anchor>
                      </Group>
                    ))}
                  </SimpleGrid>
                </SectionCard>
                <SectionCard title="Questions people ask" more={{ to: webPaths.faq(), label: 'The FAQ' }}>
                  {data.faq.length ? (
                    <List spacing={4}>
                      {data.faq.slice(0, 4).map((q) => (
                        <List.Item key={q.id}>
                          <Anchor component={Link} to={`${webPaths.faq()}#${faqAnchor(q.id)}`}>
                            {q.question}
                          </Anchor>
                        </List.Item>
                      ))}
                    </List>
                  ) : (
                    <Empty>No questions yet.</Empty>
                  )}
                </SectionCard>
              </Stack>
            </Grid.Col>
          </Grid>
        </Page>
      )}
    </Loaded>
  );
}

export function WaitingForAdmission() {
  return (
    <Alert color="yellow" variant="light" title="Waiting for the project office" role="status">
      You are signed in, and the project office has been asked to admit you to the community. Until it does,
      you see what the public sees; once admitted you can join working groups, post documents and answer the
      survey. There is nothing else you need to do.
    </Alert>
  );
}
