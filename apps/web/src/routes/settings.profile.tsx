import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Loaded } from '../components/page';
import { NoViewer, SettingsSection } from '../features/settings/section';
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
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.viewer ? (
            <ProfileForm key={data.viewer.person.id} person={data.viewer.person} />
          ) : (
            <NoViewer error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          )
        }
      </Loaded>
    </SettingsSection>
  );
}
