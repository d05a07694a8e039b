import { Anchor, Badge, Button, Card, Grid, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { WorkingGroupPageQuery } from '../gql/graphql';
import { NotFound } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { OccurrenceList } from '../features/meetings/occurrence-list';
import { useShell } from '../features/viewer/viewer';
import { SeatActions } from '../features/community/seat-actions';
import { MemberList, MembershipRequests } from '../features/community/group-seats';
import { GroupDocuments } from '../features/community/group-documents';
import { isFull, joinPolicyLabel, seatsText } from '../features/community/working-group-card';

const WorkingGroupPageDocument = graphql(`
  query WorkingGroupPage($code: String!) {
    workingGroup(code: $code) {
      ...SeatActionsGroup
      id
      code
      name
      description
      joinPolicy
      seatLimit
      memberCount
      chairs {
        id
        displayName
        affiliation
      }
      topics {
        id
        name
        description
      }
      upcomingMeetings(first: 5) {
        ...OccurrenceItem
      }
      documents(first: 10) {
        totalCount
        edges {
          node {
            ...GroupDocumentItem
          }
        }
      }
      members(first: 100) {
        totalCount
        edges {
          # Inline, not a fragment: see Seat in group-seats.tsx (the API's cost limit).
          node {
            id
            role
            status
            requestedAt
            joinedAt
            person {
              id
              displayName
              affiliation
            }
          }
        }
      }
    }
  }
`);

type GroupData = NonNullable<WorkingGroupPageQuery['workingGroup']>;

/** `/working-groups/:code`: what the group does, who chairs it, its seats, meetings, documents and people. */
export default function WorkingGroupRoute() {
  const { code = '' } = useParams();
  const [result, refetch] = useQuery({ query: WorkingGroupPageDocument, variables: { code } });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) =>
        data.workingGroup ? <WorkingGroupView group={data.workingGroup} /> : <NotFound what="working group" />
      }
    </Loaded>
  );
}

function WorkingGroupView({ group }: { group: GroupData }) {
  const shell = useShell();
  const seats = group.members.edges.map((e) => e.node);
  const active = seats.filter((s) => s.status === 'ACTIVE');
  const pending = seats.filter((s) => s.status === 'PENDING');
  const seat = group.viewerMembership;
  const chairs = seat?.role === 'CHAIR' && seat.status === 'ACTIVE';
  const decides = chairs || shell.isOffice;
  const full = isFull(group);
  const documents = group.documents.edges.map((e) => e.node);

  return (
    <Page
      title={`${group.code}: ${group.name}`}
      actions={
        decides ? (
          <Button component={Link} to={webPaths.newNews(group.code)} variant="light">
            Write news
          </Button>
        ) : undefined
      }
      subtitle={
        <Group gap="xs" wrap="wrap">
          <Text span inherit>
            Working group
          </Text>
          <Anchor component={Link} to={webPaths.workingGroups()} size="sm">
            All working groups
          </Anchor>
        </Group>
      }
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <Card withBorder component="section" aria-labelledby="group-seats">
              <Stack gap="sm">
                <Title order={2} size="h3" id="group-seats">
                  Seats
                </Title>
                <Text>
                  {seatsText(group.memberCount, group.seatLimit)}
                  {group.seatLimit != null ? ' taken' : ''}
                </Text>
                {group.seatLimit != null && (
                  <Progress
                    value={Math.min(100, (group.memberCount / Math.max(1, group.seatLimit)) * 100)}
                    color={full ? 'red' : 'blue'}
                    aria-label={`${group.memberCount} of ${group.seatLimit} seats taken`}
                  />
                )}
                <div>
                  <Badge variant="light" color={group.joinPolicy === 'OPEN' ? 'blue' : 'violet'}>
                    {joinPolicyLabel[group.joinPolicy]}
                  </Badge>
                  <Text size="sm" mt={4}>
                    {group.joinPolicy === 'OPEN'
                      ? 'Any member of the community can take a free seat at once.'
                      : 'Members ask to join, and one of the chairs approves or declines each request.'}
                  </Text>
                </div>
                <SeatActions group={group} />
              </Stack>
            </Card>
            <Card withBorder component="section" aria-labelledby="group-chairs">
              <Title order={2} size="h3" id="group-chairs" mb="sm">
                {group.chairs.length === 1 ? 'Chair' : 'Chairs'}
              </Title>
              {group.chairs.length ? (
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {group.chairs.map((c) => (
                    <li key={c.id}>
                      <Text fw={500}>{c.displayName}</Text>
                      {c.affiliation && (
                        <Text size="sm" c="dimmed">
                          {c.affiliation}
                        </Text>
                      )}
                    </li>
                  ))}
                </Stack>
              ) : (
                <Empty>No chair has been appointed yet.</Empty>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            {decides && (
              <Card withBorder component="section" aria-labelledby="group-requests">
                <Title order={2} size="h3" id="group-requests" mb="sm">
                  Requests to join
                </Title>
                <MembershipRequests requests={pending} groupCode={group.code} full={full} />
              </Card>
            )}
            <section aria-labelledby="group-about">
              <Title order={2} size="h3" id="group-about" mb="xs">
                About
              </Title>
              {group.description ? (
                <Text style={{ whiteSpace: 'pre-line' }}>{group.description}</Text>
              ) : (
                <Empty>No description yet.</Empty>
              )}
            </section>
            <section aria-labelledby="group-topics">
              <Title order={2} size="h3" id="group-topics" mb="xs">
                Topics
              </Title>
              {group.topics.length ? (
                <Stack gap="xs" component="ul" style={{ paddingLeft: '1.25rem', margin: 0 }}>
                  {group.topics.map((t) => (
                    <li key={t.id}>
                      <Text fw={600} span>
                        {t.name}
                      </Text>
                      {t.description && <Text size="sm">{t.description}</Text>}
                    </li>
                  ))}
                </Stack>
              ) : (
                <Empty>No topics yet.</Empty>
              )}
            </section>
            <Card withBorder component="section" aria-labelledby="group-meetings">
              <Title order={2} size="h3" id="group-meetings" mb="sm">
                Upcoming meetings
              </Title>
              <OccurrenceList items={group.upcomingMeetings} empty="Nothing scheduled that you can see." />
              <Anchor
                component={Link}
                to={webPaths.calendar({ groups: [group.code] })}
                size="sm"
                mt="sm"
                display="inline-block"
              >
                {group.code} in the calendar
              </Anchor>
              {decides && (
                <Group mt="sm">
                  <Button component={Link} to={webPaths.newMeeting(group.code)} variant="light">
                    Schedule a meeting
                  </Button>
                </Group>
              )}
            </Card>
            <Card withBorder component="section" aria-labelledby="group-documents">
              <Title order={2} size="h3" id="group-documents" mb="sm">
                Documents
              </Title>
              <GroupDocuments
                items={documents}
                empty={shell.isMember ? 'No documents yet.' : 'No public documents yet.'}
              />
              {group.documents.totalCount > documents.length && (
                <Text size="sm" mt="sm">
                  The {documents.length} newest of {group.documents.totalCount} documents you can see.
                </Text>
              )}
            </Card>
            {shell.isMember && (
              <Card withBorder component="section" aria-labelledby="group-members">
                <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
                  <Title order={2} size="h3" id="group-members">
                    Members
                  </Title>
                  <Anchor component={Link} to={webPaths.people({ group: group.code })} size="sm">
                    Find them in the people directory
                  </Anchor>
                </Group>
                <MemberList members={active} more={Math.max(0, group.memberCount - active.length)} />
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
