import { Text } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { SettingsSection, ViewerLoaded } from '../features/settings/section';
import { AccessTokenTable, CreateAccessToken } from '../features/settings/access-tokens';

const SettingsTokensQuery = graphql(`
  query SettingsTokens {
    viewer {
      accessTokens {
        ...AccessTokenRow
      }
    }
  }
`);

// With no token yet the result holds no AccessToken, so name the type for urql's cache.
const CONTEXT = { additionalTypenames: ['AccessToken'] };

/** `/settings/tokens`: personal access tokens for scripts using the GraphQL API. */
export default function SettingsTokensRoute() {
  const [result, refetch] = useQuery({ query: SettingsTokensQuery, context: CONTEXT });
  return (
    <SettingsSection
      title="Access tokens"
      description={
        <Text inherit>
          A token lets a script use the GraphQL API as you, with your role and your groups. Give each script
          its own token, and revoke it when the script is retired.
        </Text>
      }
    >
      <ViewerLoaded result={result} refetch={refetch}>
        {(viewer) => (
          <>
            <AccessTokenTable tokens={viewer.accessTokens} />
            <CreateAccessToken />
          </>
        )}
      </ViewerLoaded>
    </SettingsSection>
  );
}
