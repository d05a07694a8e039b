import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { Page } from '../components/page';
import { GroupForm, NEW_GROUP } from '../features/office/groups-form';

const CreateGroupMutation = graphql(`
  mutation OfficeCreateGroup($input: WorkingGroupInput!) {
    createWorkingGroup(input: $input) {
      id
      code
    }
  }
`);

/** `/office/working-groups/new`: the form; on success, the group's office page. */
export default function OfficeNewGroupRoute() {
  const navigate = useNavigate();
  const [state, create] = useMutation(CreateGroupMutation);
  return (
    <Page title="New working group">
      <GroupForm
        initial={NEW_GROUP}
        submitLabel="Create the working group"
        error={state.error}
        busy={state.fetching}
        onSubmit={async (input) => {
          const res = await create({ input }, { additionalTypenames: ['WorkingGroup'] });
          if (res.data) navigate(webPaths.officeGroup(res.data.createWorkingGroup.code));
        }}
      />
    </Page>
  );
}
