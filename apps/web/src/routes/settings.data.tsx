import { Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { SettingsSection, ViewerLoaded } from '../features/settings/section';
import { DataExports } from '../features/privacy/data-exports';
import { AccountErasure } from '../features/privacy/account-erasure';

const SettingsDataQuery = graphql(`
  query SettingsData {
    viewer {
      person {
        id
        email
      }
      dataExports {
        ...DataExportRow
      }
      accountErasure {
        ...AccountErasureFields
      }
      erasureBlockers {
        ...ErasureBlockerFields
      }
    }
  }
`);

// Before the first export or erasure the answer holds none of these types: name them for urql's cache.
const CONTEXT = { additionalTypenames: ['DataExport', 'AccountErasure'] };
/** How often a page with an export being prepared asks again. */
const POLL_MS = 3000;

/** `/settings/data`: one's own data: download it, or delete the account. */
export default function SettingsDataRoute() {
  const [result, refetch] = useQuery({ query: SettingsDataQuery, context: CONTEXT });
  const again = () => refetch({ requestPolicy: 'network-only' });
  const preparing = result.data?.viewer?.dataExports.some((e) => e.outcome === 'PENDING') ?? false;

  // An export is made by the worker: ask again until it is ready (the link comes by e-mail).
  useEffect(() => {
    if (!preparing) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [preparing, refetch]);

  return (
    <SettingsSection
      title="My data"
      description={
        <Text inherit>
          Everything the platform holds about you is yours: take a copy of it, or have your account deleted.
        </Text>
      }
    >
      <ViewerLoaded result={result} refetch={refetch}>
        {(viewer) => (
          <Stack gap="lg">
            <DataExports exports={viewer.dataExports} onRequested={again} />
            <AccountErasure
              email={viewer.person.email ?? null}
              erasure={viewer.accountErasure ?? null}
              blockers={viewer.erasureBlockers}
              onChanged={again}
            />
          </Stack>
        )}
      </ViewerLoaded>
    </SettingsSection>
  );
}
