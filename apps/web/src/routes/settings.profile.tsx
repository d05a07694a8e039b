import { useQuery } from 'urql';
import { graphql } from '../gql';
import { SettingsSection, ViewerLoaded } from '../features/settings/section';
import { ProfileForm } from '../features/settings/profile-form';

const SettingsProfileQuery = graphql(`
  query SettingsProfile {
    viewer {
      person {
        ...ProfileEditable
      }
    }
  }
`);

/** `/settings/profile` (and `/settings`): the viewer's profile and time zone. */
export default function SettingsProfileRoute() {
  const [result, refetch] = useQuery({ query: SettingsProfileQuery });
  return (
    <SettingsSection
      title="Profile"
      description="What other members see of you, and the zone your times are shown in."
    >
      <ViewerLoaded result={result} refetch={refetch}>
        {(viewer) => <ProfileForm key={viewer.person.id} person={viewer.person} />}
      </ViewerLoaded>
    </SettingsSection>
  );
}
