import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { DirectoryPersonFragment } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { RuledList, ShowMoreFooter, usePagesShown } from '../components/paged-list';
import { PeopleEntry } from '../features/office/people-entry';

const PAGE_SIZE = 20;

const OfficePeopleQuery = graphql(`
  query OfficePeople($search: String, $first: Int, $after: String) {
    authProviders {
      id
      name
    }
    people(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryPerson
        }
      }
    }
  }
`);

/** `/office/people`: the directory, searched by name or affiliation (`?q=`), with roles to change. */
export default function OfficePeopleRoute() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  return (
    <Page
      title="People"
      subtitle="Everyone who has signed in: their role and why, their seats and identities."
    >
      <SearchForm q={q} />
      {/* A new search starts again from the first page. */}
      <Directory key={q} q={q} />
    </Page>
  );
}

function SearchForm({ q }: { q: string }) {
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    navigate(webPaths.officePeople(text.trim() || undefined));
  };
  return (
    <form role="search" aria-label="People" onSubmit={onSubmit}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label="Name or affiliation"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maxLength={200}
          style={{ flex: 1 }}
        />
        <Button type="submit">Search</Button>
      </Group>
    </form>
  );
}

function Directory({ q }: { q: string }) {
  const pages = usePagesShown<DirectoryPersonFragment>();
  const [result, refetch] = useQuery({
    query: OfficePeopleQuery,
    variables: { search: q || null, first: PAGE_SIZE, after: pages.after },
  });
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const current = result.data?.people;
  const shown = pages.shown(current, result.fetching);
  const providers = result.data?.authProviders ?? [];
  const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;

  if (!current && !shown.items.length)
    return (
      <Loaded result={result} retry={retry}>
        {() => null}
      </Loaded>
    );
  return (
    <>
      {shown.items.length ? (
        <RuledList items={shown.items}>
          {(p) => <PeopleEntry person={p} providerName={providerName} />}
        </RuledList>
      ) : (
        <Empty>{q ? `Nobody's name or affiliation contains “${q}”.` : 'Nobody has signed in yet.'}</Empty>
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
    </>
  );
}
