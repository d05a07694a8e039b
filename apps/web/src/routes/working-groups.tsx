import { SimpleGrid } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Empty, Loaded, Page } from '../components/page';
import { WorkingGroupCard } from '../features/community/working-group-card';

const WorkingGroupsPageQuery = graphql(`
  query WorkingGroupsPage {
    workingGroups {
      ...WorkingGroupSummary
    }
  }
`);

/** `/working-groups`: every group with how to get a seat in it, and the viewer's own state. */
export default function WorkingGroupsRoute() {
  const [result, refetch] = useQuery({ query: WorkingGroupsPageQuery });
  return (
    <Page
      title="Working groups"
      subtitle="Where the community's meetings and documents happen. Each group has chairs, topics and seats."
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.workingGroups.length ? (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
              {data.workingGroups.map((g) => (
                <WorkingGroupCard key={g.id} group={g} />
              ))}
            </SimpleGrid>
          ) : (
            <Empty>There are no working groups yet.</Empty>
          )
        }
      </Loaded>
    </Page>
  );
}
