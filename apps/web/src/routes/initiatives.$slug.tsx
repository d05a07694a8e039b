import { Anchor, SimpleGrid, Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { NotFound } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { ServerHtml } from '../components/server-html';
import { SectionCard } from '../components/section-card';
import { useShell } from '../features/viewer/viewer';
import { MembersOnly } from '../features/use-cases/members-only';
import { InitiativeGroupCard } from '../features/initiatives/initiative-group-card';
import { NewGroupForm } from '../features/initiatives/new-group-form';
import { TargetList } from '../features/initiatives/target-list';
import { NewTargetForm } from '../features/initiatives/target-form';

const InitiativePageQuery = graphql(`
  query InitiativePage($slug: String!) {
    initiative(slug: $slug) {
      id
      slug
      name
      url
      descriptionHtml
      groups {
        ...InitiativeGroupEntry
      }
      targets {
        ...TargetEntry
      }
    }
    workingGroups {
      id
      code
      name
    }
  }
`);

/** `/initiatives/:slug`: the initiative's groups with the CoP groups and people in both, and its targets. */
export default function InitiativeRoute() {
  return (
    <MembersOnly signInText="Related initiatives are for members.">
      <Initiative />
    </MembersOnly>
  );
}

function Initiative() {
  const { slug = '' } = useParams();
  const { isOffice } = useShell();
  const [result, refetch] = useQuery({ query: InitiativePageQuery, variables: { slug } });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const initiative = data.initiative;
        if (!initiative) return <NotFound what="initiative" />;
        return (
          <Page
            title={initiative.name}
            subtitle={
              initiative.url ? (
                <Anchor href={initiative.url} target="_blank" rel="noreferrer">
                  {initiative.name}’s website
                </Anchor>
              ) : undefined
            }
          >
            {initiative.descriptionHtml && <ServerHtml html={initiative.descriptionHtml} />}
            <Stack gap="sm" component="section" aria-labelledby="initiative-groups">
              <Title order={2} id="initiative-groups">
                Groups
              </Title>
              {initiative.groups.length ? (
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  {initiative.groups.map((g) => (
                    <InitiativeGroupCard
                      key={g.id}
                      group={g}
                      canEdit={isOffice}
                      copGroups={data.workingGroups}
                    />
                  ))}
                </SimpleGrid>
              ) : (
                <Empty>No group yet.</Empty>
              )}
              {isOffice && <NewGroupForm initiativeId={initiative.id} />}
            </Stack>
            <SectionCard title="Targets">
              <Stack gap="lg">
                <TargetList targets={initiative.targets} canEdit={isOffice} empty="No target yet." />
                {isOffice && <NewTargetForm initiativeId={initiative.id} />}
              </Stack>
            </SectionCard>
          </Page>
        );
      }}
    </Loaded>
  );
}
