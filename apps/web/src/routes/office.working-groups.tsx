import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { Loaded, Page } from '../components/page';
import { GroupsGrowth } from '../features/office/groups-growth';

const OfficeGroupsQuery = graphql(`
  query OfficeGroups {
    workingGroups {
      id
      code
      name
      joinPolicy
      seatLimit
      memberCount
      chairs {
        id
        displayName
      }
    }
    communityGrowth {
      month
      participants
      people
    }
  }
`);

/** `/office/working-groups`: every group with its seats and chairs, and the community's growth. */
export default function OfficeGroupsRoute() {
  const [result, refetch] = useQuery({ query: OfficeGroupsQuery });
  return (
    <Page
      title="Working groups"
      subtitle="Groups, their seats and chairs; open one to edit it, its topics, chairs and seat history."
      actions={
        <Button component={Link} to={webPaths.officeNewGroup()}>
          New working group
        </Button>
      }
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Stack gap="xl">
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Group</Table.Th>
                    <Table.Th scope="col">Seats</Table.Th>
                    <Table.Th scope="col">Joining</Table.Th>
                    <Table.Th scope="col">Chairs</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.workingGroups.map((g) => (
                    <Table.Tr key={g.id}>
                      <Table.Th scope="row" fw="normal">
                        <Anchor component={Link} to={webPaths.officeGroup(g.code)}>
                          {g.code}: {g.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>
                        {g.memberCount}
                        {g.seatLimit === null ? '' : ` of ${g.seatLimit}`}
                      </Table.Td>
                      <Table.Td>{g.joinPolicy === 'OPEN' ? 'Open' : 'Approval'}</Table.Td>
                      <Table.Td>
                        {g.chairs.length ? (
                          g.chairs.map((c) => c.displayName).join(', ')
                        ) : (
                          <Text span c="dimmed">
                            No chair
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Stack gap="sm" component="section" aria-labelledby="growth-title">
              <Title order={2} id="growth-title">
                Growth of the community
              </Title>
              <GroupsGrowth points={data.communityGrowth} />
            </Stack>
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}
