import { Alert, Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import { SectionCard } from '../../components/section-card';
import { Empty, Loaded, Page } from '../../components/page';
import { Ago, When } from '../../components/time';
import { OccurrenceList } from '../meetings/occurrence-list';
import { useWindowFromNow } from '../../components/now';
import { DOCUMENT_KIND_WORDS } from '../documents/document-kind';
import { NewsList } from './news-list';

const MemberHomeQuery = graphql(`
  query MemberHome($from: DateTime!, $to: DateTime!) {
    viewer {
      person {
        id
        displayName
        memberships {
          id
          role
          status
          requestedAt
          workingGroup {
            id
            code
            name
            upcomingMeetings(first: 3) {
              ...OccurrenceItem
            }
            documents(first: 3) {
              edges {
                node {
                  id
                  title
                  kind
                  updatedAt
                }
              }
            }
          }
        }
      }
    }
    surveys {
      id
      slug
      title
      status
      closesAt
    }
    calendar(from: $from, to: $to, communityWide: true, first: 4) {
      ...OccurrenceItem
    }
    news(first: 5) {
      edges {
        node {
          ...NewsListItem
        }
      }
    }
  }
`);

/** A member's home: their groups with what comes next and what is new, their requests, surveys, news. */
export function MemberHome() {
  const window = useWindowFromNow(60);
  const [result, refetch] = useQuery({ query: MemberHomeQuery, variables: window });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const person = data.viewer!.person;
        const active = person.memberships.filter((m) => m.status === 'ACTIVE');
        const pending = person.memberships.filter((m) => m.status === 'PENDING');
        const open = data.surveys.filter((s) => s.status === 'OPEN');
        // The groups' own meetings are under each group; here what the whole community meets for.
        const communityMeetings = data.calendar;
        return (
          <Page title="My home" subtitle={`Welcome, ${person.displayName}.`}>
            {pending.length > 0 && (
              <Alert variant="light" color="blue" title="Requests waiting for a chair" component="section">
                <Stack gap={4}>
                  {pending.map((m) => (
                    <Text key={m.id}>
                      You asked to join{' '}
                      <Anchor component={Link} to={webPaths.workingGroup(m.workingGroup.code)}>
                        {m.workingGroup.code} {m.workingGroup.name}
                      </Anchor>{' '}
                      <Text span c="dimmed" size="sm">
                        (<Ago at={m.requestedAt} />)
                      </Text>
                      : request pending.
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 8 }}>
                <Stack gap="lg" component="section" aria-labelledby="my-groups">
                  <Group justify="space-between">
                    <Title order={2} id="my-groups">
                      My working groups
                    </Title>
                    <Group gap="xs">
                      <Button component={Link} to={webPaths.workingGroups()} variant="light" size="xs">
                        Find a group to join
                      </Button>
                      <Button component={Link} to={webPaths.people()} variant="light" size="xs">
                        Find people by expertise
                      </Button>
                    </Group>
                  </Group>
                  {active.length === 0 && (
                    <Empty>
                      You hold no seat yet. Working groups are where meetings and documents happen: join one.
                    </Empty>
                  )}
                  {active.map((m) => (
                    <Card
                      key={m.id}
                      withBorder
                      component="article"
                      aria-labelledby={`group-${m.workingGroup.id}`}
                    >
                      <Group justify="space-between" mb="xs" wrap="wrap">
                        <Group gap="xs">
                          <Badge variant="light">{m.workingGroup.code}</Badge>
                          <Title order={3} size="h4" id={`group-${m.workingGroup.id}`}>
                            <Anchor component={Link} to={webPaths.workingGroup(m.workingGroup.code)} inherit>
                              {m.workingGroup.name}
                            </Anchor>
                          </Title>
                        </Group>
                        {m.role === 'CHAIR' && (
                          <Badge color="grape" variant="light">
                            You chair this group
                          </Badge>
                        )}
                      </Group>
                      <Grid gap="md">
                        <Grid.Col span={{ base: 12, sm: 6 }}>
                          <Text fw={600} size="sm" mb={4}>
                            Next meetings
                          </Text>
                          <OccurrenceList
                            items={m.workingGroup.upcomingMeetings}
                            empty="Nothing scheduled."
                          />
                        </Grid.Col>
                        <Grid.Col span={{ base: 12, sm: 6 }}>
                          <Text fw={600} size="sm" mb={4}>
                            Newest documents
                          </Text>
                          {m.workingGroup.documents.edges.length ? (
                            <Stack
                              gap={4}
                              component="ul"
                              style={{ listStyle: 'none', padding: 0, margin: 0 }}
                            >
                              {m.workingGroup.documents.edges.map(({ node: d }) => (
                                <li key={d.id}>
                                  <Anchor component={Link} to={webPaths.document(d.id)}>
                                    {d.title}
                                  </Anchor>
                                  <Text size="xs" c="dimmed">
                                    {DOCUMENT_KIND_WORDS[d.kind]} · <Ago at={d.updatedAt} />
                                  </Text>
                                </li>
                              ))}
                            </Stack>
                          ) : (
                            <Empty>No documents yet.</Empty>
                          )}
                        </Grid.Col>
                      </Grid>
                    </Card>
                  ))}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Stack gap="lg">
                  <SectionCard title="Community meetings">
                    <OccurrenceList
                      items={communityMeetings}
                      empty="No community-wide meeting in the next two months."
                    />
                  </SectionCard>
                  <SectionCard title="Open surveys">
                    {open.length ? (
                      <Stack gap="xs">
                        {open.map((s) => (
                          <div key={s.id}>
                            <Anchor component={Link} to={webPaths.survey(s.slug)}>
                              {s.title}
                            </Anchor>
                            {s.closesAt && (
                              <Text size="sm" c="dimmed">
                                Closes <When at={s.closesAt} />
                              </Text>
                            )}
                          </div>
                        ))}
                      </Stack>
                    ) : (
                      <Empty>No survey is open.</Empty>
                    )}
                  </SectionCard>
                  <SectionCard title="Latest news" more={{ to: webPaths.news(), label: 'All news' }}>
                    <NewsList items={data.news.edges.map((e) => e.node)} empty="No news yet." />
                  </SectionCard>
                </Stack>
              </Grid.Col>
            </Grid>
          </Page>
        );
      }}
    </Loaded>
  );
}
