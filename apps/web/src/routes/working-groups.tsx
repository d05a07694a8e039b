import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { WorkingGroupSummaryFragment } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { ShowMoreFooter, useListPages } from '../components/paged-list';
import { plural } from '../components/words';
import { WorkingGroupCard } from '../features/community/working-group-card';

/** Groups a page: ten rows of three cards on a wide screen. */
const PAGE_SIZE = 30;
const SEARCH_MAX = 200;

const WorkingGroupsPageQuery = graphql(`
  query WorkingGroupsPage($first: Int, $after: ID, $search: String) {
    workingGroups(first: $first, after: $after, search: $search) {
      ...WorkingGroupSummary
    }
  }
`);

/**
 * `/working-groups?q=…`: the groups with how to get a seat in each and the viewer's own state,
 * searched (the query in the URL, so a search survives a reload and can be linked) and shown
 * 30 at a time.
 */
export default function WorkingGroupsRoute() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const search = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('q', value);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  return (
    <Page
      title="Working groups"
      subtitle="Where the community's meetings and documents happen. Each group has chairs, topics and seats."
    >
      <GroupSearch q={q} onSearch={search} />
      {/* A new search starts again from the first page. */}
      <Directory key={q} q={q} />
    </Page>
  );
}

/** The search box: the URL follows it 250 ms after the last key, and it follows the URL. */
function GroupSearch({ q, onSearch }: { q: string; onSearch: (value: string) => void }) {
  const [text, setText] = useState(q);
  const typed = useRef(text);
  typed.current = text;
  const searchSoon = useDebouncedCallback((value: string) => onSearch(value.trim()), 250);
  useEffect(() => {
    // The URL changed from elsewhere (a link, the browser's back): the box shows it.
    if (typed.current.trim() !== q) {
      searchSoon.cancel();
      setText(q);
    }
  }, [q, searchSoon]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    searchSoon.cancel();
    onSearch(text.trim());
  };
  return (
    <form role="search" aria-label="Working groups" onSubmit={onSubmit}>
      <TextInput
        label="Search working groups"
        description="A code, a name, or words of a description or a topic."
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          searchSoon(e.currentTarget.value);
        }}
        maxLength={SEARCH_MAX}
        maw={480}
      />
    </form>
  );
}

function Directory({ q }: { q: string }) {
  const pages = useListPages<WorkingGroupSummaryFragment>(PAGE_SIZE);
  const [result, refetch] = useQuery({
    query: WorkingGroupsPageQuery,
    variables: { first: PAGE_SIZE, after: pages.after, search: q || null },
  });
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const current = result.data?.workingGroups;
  const shown = pages.shown(current, result.fetching);

  if (!current && !shown.items.length)
    return (
      <Loaded result={result} retry={retry}>
        {() => null}
      </Loaded>
    );
  if (!shown.items.length)
    return <Empty>{q ? `No group matches “${q}”.` : 'There are no working groups yet.'}</Empty>;
  const count = plural(shown.items.length, 'working group', 'working groups');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        {shown.items.map((g) => (
          <WorkingGroupCard key={g.id} group={g} />
        ))}
      </SimpleGrid>
      {!current && result.error && (
        <RetryAlert title="More working groups could not be loaded" error={result.error} retry={retry} />
      )}
      <ShowMoreFooter
        shown={shown.items.length}
        total={undefined}
        summary={
          shown.hasMore
            ? `Showing the first ${count}${q ? ` matching “${q}”` : ''}.`
            : q
              ? `${count} matching “${q}”.`
              : `${count}.`
        }
        noun={['group', 'groups']}
        loadingMore={shown.loadingMore}
        hasMore={shown.hasMore}
        onMore={shown.showMore}
      />
    </Stack>
  );
}
