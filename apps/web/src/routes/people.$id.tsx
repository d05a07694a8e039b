import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { PersonPageQuery } from '../gql/graphql';
import { NotFound } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { SectionCard } from '../components/section-card';
import { When } from '../components/time';
import { DOCUMENT_KIND_WORDS } from '../features/documents/document-kind';
import { ExpertiseByLevel } from '../features/expertise/expertise-list';
import { VISIBILITY_WORDS } from '../features/expertise/expertise-words';
import { MembersOnly } from '../features/use-cases/members-only';
import { StatusBadge } from '../features/use-cases/use-case-badges';
import { DOMAIN_WORDS } from '../features/use-cases/use-case-words';
import { useShell } from '../features/viewer/viewer';

const PersonPageQueryDocument = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      displayName
      affiliation
      country
      orcid
      bio
      domains
      memberships {
        id
        role
        status
        workingGroup {
          id
          code
          name
        }
      }
      expertise {
        level
        term {
          id
          label
        }
      }
      expertiseVisibility
      authoredDocuments(first: 20) {
        id
        title
        kind
        updatedAt
      }
      expertOnUseCases {
        id
        title
        status
      }
      presentingAt(first: 20) {
        meeting {
          id
          title
          startsAt
          timeZone
        }
        agendaItem {
          id
          title
        }
      }
    }
  }
`);

type Person = NonNullable<PersonPageQuery['person']>;

/** `/people/:id`: a person's profile; each list holds only what the viewer may see (the API decides). */
export default function PersonRoute() {
  return (
    <MembersOnly signInText="People's profiles are for members of the community.">
      <PersonPage />
    </MembersOnly>
  );
}

function PersonPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: PersonPageQueryDocument, variables: { id } });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (data.person ? <Profile person={data.person} /> : <NotFound what="person" />)}
    </Loaded>
  );
}

function Profile({ person: p }: { person: Person }) {
  const { person: viewer } = useShell();
  const self = viewer?.id === p.id;
  const seats = p.memberships.filter((m) => m.status === 'ACTIVE');
  const subtitle = [p.affiliation, p.country].filter(Boolean).join(' · ');
  return (
    <Page
      title={p.displayName}
      subtitle={subtitle || undefined}
      actions={
        self ? (
          <>
            <Button component={Link} to={webPaths.settingsProfile()} variant="default">
              Edit profile
            </Button>
            <Button component={Link} to={webPaths.settingsExpertise()} variant="default">
              Edit expertise
            </Button>
          </>
        ) : undefined
      }
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <SectionCard title="About">
          <Stack gap="sm">
            {p.bio ? (
              <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{p.bio}</Text>
            ) : (
              <Empty>{self ? 'You have not written a bio yet.' : 'No bio yet.'}</Empty>
            )}
            {p.domains.length > 0 && (
              <Text size="sm">
                <Text span fw={600}>
                  Scientific domains:{' '}
                </Text>
                {p.domains.map((d) => DOMAIN_WORDS[d]).join(', ')}
              </Text>
            )}
            {p.orcid && (
              <Text size="sm">
                <Text span fw={600}>
                  ORCID iD:{' '}
                </Text>
                <Anchor href={`https://orcid.org/${p.orcid}`}>{p.orcid}</Anchor>
              </Text>
            )}
          </Stack>
        </SectionCard>
        <SectionCard title="Seats">
          {seats.length ? (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {seats.map((m) => (
                <li key={m.id}>
                  <Anchor component={Link} to={webPaths.workingGroup(m.workingGroup.code)}>
                    {m.workingGroup.code}: {m.workingGroup.name}
                  </Anchor>
                  {m.role === 'CHAIR' && (
                    <Text span size="sm" fw={600}>
                      {' '}
                      (chair)
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          ) : (
            <Empty>No seat in a working group.</Empty>
          )}
        </SectionCard>
      </SimpleGrid>
      <SectionCard title="Expertise and interests">
        <Stack gap="sm">
          {self && p.expertiseVisibility && (
            <Alert color={p.expertiseVisibility === 'PRIVATE' ? 'yellow' : 'blue'} variant="light">
              {VISIBILITY_WORDS[p.expertiseVisibility].label}:{' '}
              {VISIBILITY_WORDS[p.expertiseVisibility].explained}
            </Alert>
          )}
          {p.expertise.length ? (
            <ExpertiseByLevel entries={p.expertise} />
          ) : (
            <Empty>
              {self
                ? 'You have not said what you know or want to work on yet.'
                : 'Nothing to show: none given, or kept private.'}
            </Empty>
          )}
        </Stack>
      </SectionCard>
      <SectionCard title="Documents">
        {p.authoredDocuments.length ? (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {p.authoredDocuments.map((d) => (
              <li key={d.id}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={webPaths.document(d.id)} style={{ overflowWrap: 'anywhere' }}>
                    {d.title}
                  </Anchor>
                  <Badge variant="light" color="gray" tt="none">
                    {DOCUMENT_KIND_WORDS[d.kind]}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    updated <When at={d.updatedAt} kind="date" />
                  </Text>
                </Group>
              </li>
            ))}
          </Stack>
        ) : (
          <Empty>No documents you may see.</Empty>
        )}
      </SectionCard>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <SectionCard title="Expert on use cases">
          {p.expertOnUseCases.length ? (
            <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {p.expertOnUseCases.map((u) => (
                <li key={u.id}>
                  <Group gap="xs" wrap="wrap">
                    <Anchor component={Link} to={webPaths.useCase(u.id)} style={{ overflowWrap: 'anywhere' }}>
                      {u.title}
                    </Anchor>
                    <StatusBadge status={u.status} />
                  </Group>
                </li>
              ))}
            </Stack>
          ) : (
            <Empty>Not an expert on any use case you may see.</Empty>
          )}
        </SectionCard>
        <SectionCard title="Presenting at meetings">
          {p.presentingAt.length ? (
            <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {p.presentingAt.map((t) => (
                <li key={t.agendaItem.id}>
                  <Text style={{ overflowWrap: 'anywhere' }}>
                    {t.agendaItem.title}
                    {' at '}
                    <Anchor component={Link} to={webPaths.meeting(t.meeting.id)}>
                      {t.meeting.title}
                    </Anchor>
                  </Text>
                  <Text size="sm" c="dimmed">
                    <When at={t.meeting.startsAt} eventZone={t.meeting.timeZone} />
                  </Text>
                </li>
              ))}
            </Stack>
          ) : (
            <Empty>No talks in meetings you may see.</Empty>
          )}
        </SectionCard>
      </SimpleGrid>
    </Page>
  );
}
