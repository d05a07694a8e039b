import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { Loaded, Page } from '../components/page';
import { CommunityForm } from '../features/office/community-form';

// What the form shows, asked for by the page and given back by the save.
graphql(`
  fragment OfficeCommunityFields on Community {
    name
    shortName
    mission
    description
    phases {
      name
      startsOn
      endsOn
      description
    }
  }
`);

const OfficeCommunityQuery = graphql(`
  query OfficeCommunity {
    community {
      ...OfficeCommunityFields
    }
  }
`);

const UpdateCommunityMutation = graphql(`
  mutation OfficeUpdateCommunity($input: CommunityInput!) {
    updateCommunity(input: $input) {
      ...OfficeCommunityFields
    }
  }
`);

/** `/office/community`: the community's name, short name, mission, description and phases. */
export default function OfficeCommunityRoute() {
  const [result, refetch] = useQuery({ query: OfficeCommunityQuery });
  const [saved, save] = useMutation(UpdateCommunityMutation);
  return (
    <Page
      title="The community"
      subtitle={
        <>
          What the{' '}
          <Anchor component={Link} to={webPaths.home()} underline="always">
            public home page
          </Anchor>{' '}
          says of the community, and the name every page shows.
        </>
      }
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <CommunityForm
            initial={data.community}
            error={saved.error}
            busy={saved.fetching}
            onSubmit={async (input) => !(await save({ input })).error}
          />
        )}
      </Loaded>
    </Page>
  );
}
