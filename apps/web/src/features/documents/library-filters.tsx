import { Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DocumentFilter } from '../../gql/graphql';
import { Empty, Loaded } from '../../components/page';
import { VISIBILITY_LABEL } from '../../components/visibility-words';
import { useShell } from '../viewer/viewer';
import { DOCUMENT_KIND_WORDS } from './document-kind';
import {
  documentFilter,
  DOCUMENT_KINDS,
  isFiltered,
  useLibraryFilters,
  VISIBILITIES,
  type LibraryFilters,
} from './library-state';

// What the filters offer: the groups (their codes are in the URL, the API filters by id), the
// most used tags, and the name of the author the URL names (members only).
const LibraryOptionsQuery = graphql(`
  query LibraryOptions($author: ID!, $withAuthor: Boolean!) {
    workingGroups {
      id
      code
      name
    }
    person(id: $author) @include(if: $withAuthor) {
      id
      displayName
    }
    documentTags(first: 30) {
      tag
    }
  }
`);

/**
 * The filters of the library and the search in a card, their options loaded first; `children`
 * get the API's filter for them (or a word that nothing can match).
 */
export function LibraryFilterPanel({
  children,
}: {
  children: (filter: DocumentFilter, filters: LibraryFilters) => ReactNode;
}) {
  const shell = useShell();
  const { filters, setFilters } = useLibraryFilters();
  const canPickAuthor = shell.isMember;
  const [options, refetch] = useQuery({
    query: LibraryOptionsQuery,
    variables: { author: filters.author ?? '', withAuthor: canPickAuthor && filters.author !== null },
  });
  return (
    <Loaded result={options} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const filter = documentFilter(filters, data.workingGroups);
        return (
          <>
            <Card withBorder component="section" aria-label="Filters" padding="sm">
              <Stack gap="xs">
                <LibraryFilterFields
                  filters={filters}
                  onChange={setFilters}
                  options={{
                    groups: data.workingGroups,
                    author: data.person ?? null,
                    tags: data.documentTags.map((t) => t.tag),
                    canPickAuthor,
                  }}
                />
                <ClearFilters filters={filters} onChange={setFilters} />
              </Stack>
            </Card>
            {filter ? (
              children(filter, filters)
            ) : (
              <Empty>No working group has the code {filters.groups.join(', ')}; nothing matches.</Empty>
            )}
          </>
        );
      }}
    </Loaded>
  );
}

const AuthorPickerQuery = graphql(`
  query AuthorPicker($search: String!) {
    people(search: $search, first: 10) {
      edges {
        node {
          id
          displayName
          affiliation
        }
      }
    }
  }
`);

export type FilterOptions = {
  groups: readonly { code: string; name: string }[];
  /** The author the URL names, when known (members only). */
  author: { id: string; displayName: string } | null;
  /** Tags to suggest (most used first). */
  tags: readonly string[];
  /** Only members may look people up. */
  canPickAuthor: boolean;
};

/**
 * The library's filters (also the search's): working groups, kinds, tags, visibility and, for
 * members, the author. Every change goes to the URL at once (see useLibraryFilters). The
 * multi-value inputs are named by aria-label too: Mantine gives their label's target id to the
 * pill list as well, which leaves the input itself unnamed.
 */
function LibraryFilterFields({
  filters,
  options,
  onChange,
}: {
  filters: LibraryFilters;
  options: FilterOptions;
  onChange: (next: Partial<LibraryFilters>) => void;
}) {
  const groupData = options.groups.map((g) => ({ value: g.code, label: `${g.code} ${g.name}` }));
  // A code the URL names that no group has stays visible, so it can be removed.
  for (const code of filters.groups)
    if (!groupData.some((g) => g.value === code)) groupData.push({ value: code, label: `${code} (unknown)` });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: options.canPickAuthor ? 5 : 4 }} spacing="sm">
      <MultiSelect
        label="Working groups"
        aria-label="Working groups"
        placeholder={filters.groups.length ? undefined : 'Any group'}
        data={groupData}
        value={filters.groups}
        onChange={(groups) => onChange({ groups })}
        searchable
        clearable
        nothingFoundMessage="No group by that name"
      />
      <MultiSelect
        label="Kinds"
        aria-label="Kinds"
        placeholder={filters.kinds.length ? undefined : 'Any kind'}
        data={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_WORDS[k] }))}
        searchable
        value={filters.kinds}
        onChange={(kinds) => onChange({ kinds: kinds as LibraryFilters['kinds'] })}
        clearable
      />
      <TagsInput
        label="Tags"
        aria-label="Tags"
        placeholder={filters.tags.length ? undefined : 'Any tag; Enter adds one'}
        data={options.tags.filter((t) => !filters.tags.includes(t))}
        value={filters.tags}
        onChange={(tags) =>
          onChange({ tags: [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))] })
        }
        clearable
        acceptValueOnBlur={false}
      />
      <MultiSelect
        label="Visibility"
        aria-label="Visibility"
        placeholder={filters.visibility.length ? undefined : 'Any'}
        data={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABEL[v] }))}
        searchable
        value={filters.visibility}
        onChange={(visibility) => onChange({ visibility: visibility as LibraryFilters['visibility'] })}
        clearable
      />
      {options.canPickAuthor && (
        <AuthorPicker
          value={filters.author}
          known={options.author}
          onChange={(author) => onChange({ author })}
        />
      )}
    </SimpleGrid>
  );
}

/** "Clear filters", shown while any is set. */
function ClearFilters({
  filters,
  onChange,
}: {
  filters: LibraryFilters;
  onChange: (next: Partial<LibraryFilters>) => void;
}) {
  if (!isFiltered(filters)) return null;
  return (
    <Group>
      <Button
        variant="subtle"
        size="xs"
        onClick={() => onChange({ groups: [], kinds: [], tags: [], visibility: [], author: null })}
      >
        Clear all filters
      </Button>
    </Group>
  );
}

/** A person picked by name from `people(search)`, asked for once typing pauses. */
function AuthorPicker({
  value,
  known,
  onChange,
}: {
  value: string | null;
  known: { id: string; displayName: string } | null;
  onChange: (id: string | null) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [result] = useQuery({
    query: AuthorPickerQuery,
    variables: { search: debounced },
    pause: debounced.length < 2,
  });
  const found = debounced.length >= 2 ? (result.data?.people.edges.map((e) => e.node) ?? []) : [];
  const data = found.map((p) => ({
    value: p.id,
    label: p.affiliation ? `${p.displayName} (${p.affiliation})` : p.displayName,
  }));
  if (value && !data.some((d) => d.value === value))
    data.unshift({ value, label: known?.id === value ? known.displayName : 'The chosen author' });
  return (
    <Select
      label="Author"
      placeholder="Anyone; type a name"
      data={data}
      value={value}
      onChange={(id) => onChange(id)}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={
        search.trim().length < 2
          ? 'Type two letters or more'
          : result.fetching || debounced !== search.trim()
            ? 'Searching…'
            : 'Nobody by that name'
      }
    />
  );
}
