import { useQuery } from 'urql';
import { graphql } from '../gql';
import { SettingsSection, ViewerLoaded } from '../features/settings/section';
import { ExpertiseForm } from '../features/expertise/expertise-form';
import { useShell } from '../features/viewer/viewer';
import { Empty } from '../components/page';

const SettingsExpertiseQuery = graphql(`
  query SettingsExpertise {
    viewer {
      person {
        ...ExpertiseEditable
      }
    }
  }
`);

/** `/settings/expertise`: what the viewer knows and wants to work on, and who sees it. */
export default function SettingsExpertiseRoute() {
  const { isMember } = useShell();
  const [result, refetch] = useQuery({ query: SettingsExpertiseQuery, pause: !isMember });
  if (!isMember)
    return (
      <SettingsSection title="Expertise">
        <Empty>
          Once the project office admits you to the community, you can say here what you know and want to work
          on.
        </Empty>
      </SettingsSection>
    );
  return (
    <SettingsSection
      title="Expertise"
      description="What you know and what you want to learn or work on, so members can find you for a use case or a talk."
    >
      <ViewerLoaded result={result} refetch={refetch}>
        {(viewer) => <ExpertiseForm key={viewer.person.id} person={viewer.person} />}
      </ViewerLoaded>
    </SettingsSection>
  );
}
