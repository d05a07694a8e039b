import { Button, Card, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { ExpertiseLevel, PersonCardFragment, ScientificDomain } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { RuledList, ShowMoreFooter, usePagesShown } from '../components/paged-list';
import { MembersOnly } from '../features/use-cases/members-only';
import { DOMAINS, DOMAIN_WORDS } from '../features/use-cases/use-case-words';
import { PersonCard } from '../features/people/person-card';
import { TermFilter } from '../features/expertise/term-picker';
import { isLevel, LEVEL_WORDS, LEVELS } from '../features/expertise/expertise-words';

const PAGE_SIZE = 20;

// The filters' choices: the working groups, by code in the URL.
const PeopleGroupsQuery = graphql(`
  query PeopleGroups {
    workingGroups {
      id
      code
      name
    }
  }
`);

// The term the URL names by its label, found among the vocabulary's matches for it.
const PeopleTermQuery = graphql(`
  query PeopleTerm($expertise: String!) {
    expertiseTerms(search: $expertise, first: 20) {
      id
      label
    }
  }
`);

const PeoplePageQuery = graphql(`
  query PeoplePage(
    $search: String
    $workingGroupId: ID
    $domain: ScientificDomain
    $termId: ID
    $level: ExpertiseLevel
    $first: Int
    $after: String
  ) {
    people(
      search: $search
      workingGroupId: $workingGroupId
      domain: $domain
      termId: $termId
      level: $level
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PersonCard
        }
      }
    }
  }
`);

type Filter = {
  q: string;
  group: string | null;
  domain: ScientificDomain | null;
  expertise: string | null;
  level: ExpertiseLevel | null;
};

const isDomain = (v: string | null): v is ScientificDomain => DOMAINS.includes(v as ScientificDomain);

const pathOf = (f: Filter) =>
  webPaths.people({
    q: f.q || undefined,
    group: f.group ?? undefined,
    domain: f.domain ?? undefined,
    expertise: f.expertise ?? undefined,
    level: f.level ?? undefined,
  });

/** `/people`: the members' directory, searched and filtered by group, domain and expertise (all in the URL). */
export default function PeopleRoute() {
  return (
    <MembersOnly signInText="The directory of people is for members of the community.">
      <People />
    </MembersOnly>
  );
}

function People() {
  const [params] = useSearchParams();
  const domain = params.get('domain');
  const level = params.get('level');
  const filter: Filter = {
    q: params.get('q')?.trim() ?? '',
    group: params.get('group'),
    domain: isDomain(domain) ? domain : null,
    expertise: params.get('expertise')?.trim() || null,
    level: isLevel(level) ? level : null,
  };
  const [groups, refetchGroups] = useQuery({ query: PeopleGroupsQuery });
  const [terms, refetchTerms] = useQuery({
    query: PeopleTermQuery,
    variables: { expertise: filter.expertise ?? '' },
    pause: filter.expertise === null,
  });
  return (
    <Page
      title="People"
      subtitle="Who is in the community, what they know and what they want to work on."
      actions={
        <Button component={Link} to={webPaths.settingsExpertise()} variant="default">
          Your expertise
        </Button>
      }
    >
      <Loaded result={groups} retry={() => refetchGroups({ requestPolicy: 'network-only' })}>
        {(data) => {
          const group = data.workingGroups.find((g) => g.code === filter.group) ?? null;
          return (
            <>
              <Filters key={filter.q} filter={filter} groups={data.workingGroups} />
              {filter.group && !group ? (
                <Empty>There is no working group {filter.group}.</Empty>
              ) : filter.expertise ? (
                <Loaded result={terms} retry={() => refetchTerms({ requestPolicy: 'network-only' })}>
                  {(found) => {
                    const wanted = filter.expertise!.toLowerCase();
                    const term = found.expertiseTerms.find((t) => t.label.toLowerCase() === wanted);
                    return term ? (
                      <Directory
                        key={pathOf(filter)}
                        filter={filter}
                        workingGroupId={group?.id ?? null}
                        termId={term.id}
                      />
                    ) : (
                      <Empty>No expertise or interest is called “{filter.expertise}”.</Empty>
                    );
                  }}
                </Loaded>
              ) : (
                // A new search or filter starts again from the first page.
                <Directory
                  key={pathOf(filter)}
                  filter={filter}
                  workingGroupId={group?.id ?? null}
                  termId={null}
                />
              )}
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}

function Filters({
  filter,
  groups,
}: {
  filter: Filter;
  groups: readonly { id: string; code: string; name: string }[];
}) {
  const navigate = useNavigate();
  const [text, setText] = useState(filter.q);
  const go = (next: Partial<Filter>) => navigate(pathOf({ ...filter, ...next }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim() });
  };
  return (
    <Stack gap="sm">
      <form role="search" aria-label="People" onSubmit={onSubmit}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label="Search people"
            description="A name, an affiliation, or an expertise or interest."
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button type="submit">Search</Button>
        </Group>
      </form>
      <Card withBorder component="section" aria-label="Filters" padding="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: filter.expertise ? 4 : 3 }} spacing="sm">
          <Select
            label="Working group"
            placeholder="Any group"
            data={groups.map((g) => ({ value: g.code, label: `${g.code}: ${g.name}` }))}
            value={filter.group}
            onChange={(v) => go({ group: v })}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the working group filter' }}
          />
          <Select
            label="Scientific domain"
            placeholder="Any domain"
            data={DOMAINS.map((d) => ({ value: d, label: DOMAIN_WORDS[d] }))}
            value={filter.domain}
            onChange={(v) => go({ domain: isDomain(v) ? v : null })}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the scientific domain filter' }}
            searchable
          />
          <TermFilter
            label="Expertise or interest"
            value={filter.expertise}
            onChange={(label) => go({ expertise: label, level: label ? filter.level : null })}
          />
          {filter.expertise && (
            <Select
              label="Level"
              data={[
                { value: 'ANY', label: 'Knows or wants to work on' },
                ...LEVELS.map((l) => ({ value: l, label: LEVEL_WORDS[l] })),
              ]}
              value={filter.level ?? 'ANY'}
              onChange={(v) => go({ level: isLevel(v) ? v : null })}
              allowDeselect={false}
            />
          )}
        </SimpleGrid>
      </Card>
    </Stack>
  );
}

function Directory({
  filter,
  workingGroupId,
  termId,
}: {
  filter: Filter;
  workingGroupId: string | null;
  termId: string | null;
}) {
  const pages = usePagesShown<PersonCardFragment>();
  const [result, refetch] = useQuery({
    query: PeoplePageQuery,
    variables: {
      search: filter.q || null,
      workingGroupId,
      domain: filter.domain,
      termId,
      level: termId ? filter.level : null,
      first: PAGE_SIZE,
      after: pages.after,
    },
  });
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const current = result.data?.people;
  const shown = pages.shown(current, result.fetching);
  const filtered = filter.q || workingGroupId || filter.domain || termId;

  if (!current && !shown.items.length)
    return (
      <Loaded result={result} retry={retry}>
        {() => null}
      </Loaded>
    );
  return (
    <Stack gap="md">
      {shown.items.length ? (
        <RuledList items={shown.items}>{(p) => <PersonCard person={p} />}</RuledList>
      ) : (
        <Empty>
          {filtered
            ? 'Nobody matches this search. People who keep their expertise private are found by name and affiliation only.'
            : 'Nobody is in the directory yet.'}
        </Empty>
      )}
      {!current && result.error && (
        <RetryAlert title="More people could not be loaded" error={result.error} retry={retry} />
      )}
      {shown.items.length > 0 && (
        <ShowMoreFooter
          shown={shown.items.length}
          total={current?.totalCount}
          noun={['person', 'people']}
          loadingMore={shown.loadingMore}
          hasMore={shown.hasMore}
          onMore={shown.showMore}
        />
      )}
    </Stack>
  );
}
