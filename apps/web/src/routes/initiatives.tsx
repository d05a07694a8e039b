import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { Empty, Loaded, Page } from '../components/page';
import { ServerHtml } from '../components/server-html';
import { SectionCard } from '../components/section-card';
import { useShell } from '../features/viewer/viewer';
import { MembersOnly } from '../features/use-cases/members-only';
import { TargetDue } from '../features/initiatives/target-due';
import { TargetList } from '../features/initiatives/target-list';
import { NewTargetForm } from '../features/initiatives/target-form';

const InitiativesPageQuery = graphql(`
  query InitiativesPage {
    initiatives {
      id
      slug
      name
      url
      descriptionHtml
      groups {
        id
      }
      targets {
        id
        name
        dueDate
        daysLeft
      }
    }
    reportTargets {
      ...TargetEntry
    }
  }
`);

/** `/initiatives`: the initiatives the CoP feeds, each with its next target, and every report target. */
export default function InitiativesRoute() {
  return (
    <MembersOnly signInText="Related initiatives are for members.">
      <Initiatives />
    </MembersOnly>
  );
}

function Initiatives() {
  const { isOffice } = useShell();
  const [result, refetch] = useQuery({ query: InitiativesPageQuery });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <Page
          title="Related initiatives"
          subtitle="Initiatives the CoP feeds, their working groups, and the targets its reports aim at."
        >
          {data.initiatives.length ? (
            <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.initiatives.map((i) => {
                const next = i.targets.find((t) => t.daysLeft >= 0);
                return (
                  <Card key={i.id} withBorder component="li" aria-labelledby={`initiative-${i.id}`}>
                    <Stack gap="xs">
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <Title order={2} size="h3" id={`initiative-${i.id}`}>
                          <Anchor component={Link} to={webPaths.initiative(i.slug)} inherit>
                            {i.name}
                          </Anchor>
                        </Title>
                        <Badge variant="light" tt="none">
                          {i.groups.length === 1 ? '1 group' : `${i.groups.length} groups`}
                        </Badge>
                      </Group>
                      {i.descriptionHtml && <ServerHtml html={i.descriptionHtml} headingOffset={2} />}
                      {i.url && (
                        <Anchor href={i.url} target="_blank" rel="noreferrer" size="sm">
                          {i.name}’s website
                        </Anchor>
                      )}
                      {next ? (
                        <div>
                          <Text size="sm" fw={600}>
                            Next target: {next.name}
                          </Text>
                          <TargetDue dueDate={next.dueDate} daysLeft={next.daysLeft} />
                        </div>
                      ) : (
                        <Empty>No target ahead.</Empty>
                      )}
                    </Stack>
                  </Card>
                );
              })}
            </Stack>
          ) : (
            <Empty>No related initiative yet.</Empty>
          )}
          <SectionCard title="Report targets">
            <Stack gap="lg">
              <TargetList
                targets={data.reportTargets}
                canEdit={isOffice}
                showInitiative
                empty="No report target yet."
              />
              {isOffice && <NewTargetForm initiativeId={null} />}
            </Stack>
          </SectionCard>
        </Page>
      )}
    </Loaded>
  );
}
