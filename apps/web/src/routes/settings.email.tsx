import { Text } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { SettingsSection, ViewerLoaded } from '../features/settings/section';
import { EmailSettingsForm } from '../features/settings/email-settings-form';

const SettingsEmailQuery = graphql(`
  query SettingsEmail {
    viewer {
      person {
        id
        email
      }
      notificationSettings {
        ...EmailSettings
      }
    }
  }
`);

/** `/settings/email`: the page every mail's "manage your e-mail" link opens. */
export default function SettingsEmailRoute() {
  const [result, refetch] = useQuery({ query: SettingsEmailQuery });
  return (
    <SettingsSection title="E-mail" description="Choose which e-mails the platform sends you.">
      <ViewerLoaded result={result} refetch={refetch}>
        {(viewer) => (
          <>
            <Text>
              {viewer.person.email ? (
                <>
                  E-mails go to <strong style={{ overflowWrap: 'anywhere' }}>{viewer.person.email}</strong>,
                  the address your sign-in shares.
                </>
              ) : (
                'Your sign-in shares no e-mail address, so the platform cannot send you e-mail yet.'
              )}
            </Text>
            <EmailSettingsForm key={viewer.person.id} settings={viewer.notificationSettings} />
          </>
        )}
      </ViewerLoaded>
    </SettingsSection>
  );
}
