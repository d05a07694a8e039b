import { Text } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Loaded } from '../components/page';
import { NoViewer, SettingsSection } from '../features/settings/section';
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
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ viewer }) =>
          !viewer ? (
            <NoViewer error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : (
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
          )
        }
      </Loaded>
    </SettingsSection>
  );
}
