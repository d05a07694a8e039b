import { ActionIcon, Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { webPaths, type LibraryPageState } from '@cop/web-routes';
import { graphql } from '../../gql';
import { DOCUMENT_KIND_WORDS } from './document-kind';
import { SearchIcon } from './search-icon';

const SearchSuggestionsQuery = graphql(`
  query SearchSuggestions($query: String!) {
    searchDocuments(query: $query, first: 6) {
      hits {
        document {
          id
          title
          kind
        }
      }
    }
  }
`);

/** Words worth asking the API about: two characters or more with a letter or digit in them. */
export function suggestionQuery(text: string): string | null {
  const q = text.trim();
  return q.length >= 2 && /[\p{L}\p{N}]/u.test(q) ? q : null;
}

/**
 * The search box of the header and the library: suggestions (document titles) while typing,
 * asked for 250 ms after the last key; a newer question replaces the older one (urql tears the
 * older operation down, which aborts its request, and only an answer to the words now in the
 * box is shown). Picking a suggestion opens the document; Enter otherwise opens the results.
 */
export function SearchBox({
  label = 'Search documents',
  initial = '',
  filters,
  size = 'sm',
  visibleLabel = false,
}: {
  label?: string;
  initial?: string;
  /** Filters the results page keeps (the library's when searching from it). */
  filters?: LibraryPageState;
  size?: 'xs' | 'sm' | 'md';
  visibleLabel?: boolean;
}) {
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(initial), [initial]);
  const [debounced] = useDebouncedValue(value, 250);
  const asked = suggestionQuery(debounced);
  const [result] = useQuery({
    query: SearchSuggestionsQuery,
    variables: { query: asked ?? '' },
    pause: asked === null,
  });
  // Only an answer to the words in the box now; a late answer to older words is never shown.
  const current =
    asked !== null && asked === suggestionQuery(value) && result.operation?.variables.query === asked;
  const hits = current ? (result.data?.searchDocuments.hits ?? []) : [];
  const waiting = suggestionQuery(value) !== null && (!current || result.fetching);
  const helpId = useId();

  const submit = () => {
    const q = value.trim();
    if (!q) return;
    combobox.closeDropdown();
    navigate(webPaths.search({ q, ...filters }));
  };

  return (
    <form
      role="search"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      style={{ width: '100%' }}
    >
      <Combobox
        store={combobox}
        onOptionSubmit={(id) => {
          combobox.closeDropdown();
          navigate(webPaths.document(id));
        }}
        size={size}
      >
        <Combobox.Target withExpandedAttribute>
          <TextInput
            type="search"
            role="combobox"
            aria-autocomplete="list"
            name="q"
            size={size}
            label={visibleLabel ? label : undefined}
            aria-label={visibleLabel ? undefined : label}
            aria-describedby={helpId}
            placeholder="Search documents…"
            value={value}
            autoComplete="off"
            onChange={(e) => {
              setValue(e.currentTarget.value);
              combobox.openDropdown();
              combobox.resetSelectedOption();
            }}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            rightSectionWidth={size === 'md' ? 42 : 36}
            rightSection={
              waiting ? (
                <Loader size="xs" aria-hidden />
              ) : (
                <ActionIcon type="submit" variant="subtle" aria-label="Show all results" size={size}>
                  <SearchIcon />
                </ActionIcon>
              )
            }
          />
        </Combobox.Target>
        <Text id={helpId} hidden>
          Suggestions appear as you type; Enter shows all results.
        </Text>
        <Combobox.Dropdown hidden={suggestionQuery(value) === null}>
          <Combobox.Options aria-label="Suggested documents">
            {hits.map(({ document: d }) => (
              <Combobox.Option value={d.id} key={d.id}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {d.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {DOCUMENT_KIND_WORDS[d.kind]}
                </Text>
              </Combobox.Option>
            ))}
            {!hits.length && (
              <Combobox.Empty>{waiting ? 'Searching…' : 'No document matches.'}</Combobox.Empty>
            )}
          </Combobox.Options>
          <Combobox.Footer>
            <Text size="xs" c="dimmed">
              Enter shows all results
            </Text>
          </Combobox.Footer>
        </Combobox.Dropdown>
      </Combobox>
    </form>
  );
}
