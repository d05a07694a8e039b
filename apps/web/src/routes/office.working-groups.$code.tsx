import { Anchor, Stack, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { NotFound } from '../components/errors';
import { Loaded, Page } from '../components/page';
import { SectionCard } from '../components/section-card';
import { GroupsChairs } from '../features/office/groups-chairs';
import { GroupForm } from '../features/office/groups-form';
import { GroupsHistory } from '../features/office/groups-history';
import { GroupsTopics } from '../features/office/groups-topics';

const OfficeGroupQuery = graphql(`
  query OfficeGroup($code: String!) {
    workingGroup(code: $code) {
      id
      code
      name
      description
      joinPolicy
      seatLimit
      topics {
        id
        name
        description
      }
      members(first: 100) {
        edges {
          node {
            id
            role
            status
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

const UpdateGroupMutation = graphql(`
  mutation OfficeUpdateGroup($id: ID!, $input: WorkingGroupInput!) {
    updateWorkingGroup(id: $id, input: $input) {
      id
      code
      name
      description
      joinPolicy
      seatLimit
    }
  }
`);

/** `/office/working-groups/:code`: the group's fields, topics, chairs and seat history. */
export default function OfficeGroupRoute() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: OfficeGroupQuery, variables: { code } });
  const [saved, save] = useMutation(UpdateGroupMutation);
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const group = data.workingGroup;
        if (!group) return <NotFound what="working group" />;
        return (
          <Page
            title={`${group.code}: ${group.name}`}
            subtitle={
              <Anchor component={Link} to={webPaths.workingGroup(group.code)}>
                The group’s public page
              </Anchor>
            }
          >
            <Stack gap="xl">
              <SectionCard title="The group">
                <GroupForm
                  key={`${group.id}:${group.code}`}
                  initial={group}
                  submitLabel="Save the group"
                  error={saved.error}
                  busy={saved.fetching}
                  onSubmit={async (input) => {
                    const res = await save({ id: group.id, input });
                    const next = res.data?.updateWorkingGroup.code;
                    if (next && next !== group.code) navigate(webPaths.officeGroup(next), { replace: true });
                  }}
                />
              </SectionCard>
              <SectionCard title="Topics">
                <GroupsTopics groupId={group.id} topics={group.topics} />
              </SectionCard>
              <SectionCard title="Chairs">
                <GroupsChairs groupId={group.id} seats={group.members.edges.map((e) => e.node)} />
              </SectionCard>
              <Stack gap="sm" component="section" aria-labelledby="history-title">
                <Title order={2} id="history-title">
                  Seat history
                </Title>
                <GroupsHistory code={group.code} />
              </Stack>
            </Stack>
          </Page>
        );
      }}
    </Loaded>
  );
}
