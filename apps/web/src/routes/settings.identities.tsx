import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Empty } from '../components/page';
import { When } from '../components/time';
import { SettingsSection, ViewerLoaded } from '../features/settings/section';

const SettingsIdentitiesQuery = graphql(`
  query SettingsIdentities {
    authProviders {
      id
      name
    }
    viewer {
      identities {
        provider
        subject
        email
        linkedAt
        lastLoginAt
      }
    }
  }
`);

/** `/settings/identities`: the sign-in accounts linked to the viewer's person. */
export default function SettingsIdentitiesRoute() {
  const [result, refetch] = useQuery({ query: SettingsIdentitiesQuery });
  return (
    <SettingsSection
      title="Sign-in identities"
      description="The accounts you sign in with. Each is an account at your institution or research infrastructure, linked to you here."
    >
      <ViewerLoaded result={result} refetch={refetch}>
        {({ identities }, data) => {
          const providerName = (id: string) => data.authProviders.find((p) => p.id === id)?.name ?? id;
          if (!identities.length) return <Empty>No sign-in identity is linked to you.</Empty>;
          return (
            // A region of its own that takes focus, so the keyboard can scroll it on a narrow screen.
            <div
              role="region"
              aria-label="Identities linked to your account"
              tabIndex={0}
              style={{ overflowX: 'auto' }}
            >
              <Table striped verticalSpacing="xs" miw={640}>
                <Table.Caption>
                  <VisuallyHidden>Identities linked to your account</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Provider</Table.Th>
                    <Table.Th scope="col">Subject</Table.Th>
                    <Table.Th scope="col">E-mail</Table.Th>
                    <Table.Th scope="col">Linked</Table.Th>
                    <Table.Th scope="col">Last sign-in</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {identities.map((i) => (
                    <Table.Tr key={`${i.provider}|${i.subject}`}>
                      <Table.Th scope="row" fw={500}>
                        {providerName(i.provider)}
                      </Table.Th>
                      <Table.Td>
                        <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                          {i.subject}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.email ?? 'Not shared'}</Table.Td>
                      <Table.Td>
                        <When at={i.linkedAt} kind="date" />
                      </Table.Td>
                      <Table.Td>{i.lastLoginAt ? <When at={i.lastLoginAt} /> : 'Not yet'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          );
        }}
      </ViewerLoaded>
    </SettingsSection>
  );
}
