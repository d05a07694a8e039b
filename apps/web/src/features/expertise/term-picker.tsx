import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ExpertiseTermKind, ExpertiseTermOptionFragment } from '../../gql/graphql';
import { KIND_WORDS } from './expertise-words';

graphql(`
  fragment ExpertiseTermOption on ExpertiseTerm {
    id
    kind
    label
    peopleCount
  }
`);

const ExpertiseTermSearchQuery = graphql(`
  query ExpertiseTermSearch($search: String, $kind: ExpertiseTermKind, $first: Int) {
    expertiseTerms(search: $search, kind: $kind, first: $first) {
      ...ExpertiseTermOption
    }
  }
`);

const KIND_ORDER: ExpertiseTermKind[] = ['DOMAIN', 'TOPIC', 'TAG'];
const NEW_TAG = 'new-tag:';

/** The vocabulary's terms matching what was typed (the most held first while nothing is), once the dropdown is open. */
function useTermSearch(search: string, open: boolean, kind?: ExpertiseTermKind) {
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [result] = useQuery({
    query: ExpertiseTermSearchQuery,
    variables: { search: debounced || null, kind: kind ?? null, first: 20 },
    pause: !open,
  });
  return {
    terms: result.data?.expertiseTerms ?? [],
    searching: result.fetching || debounced !== search.trim(),
    error: result.error,
  };
}

/** Terms grouped by kind ("Scientific domain", "Working group topic", "Free tag"), as the Select wants them. */
function grouped(terms: readonly ExpertiseTermOptionFragment[], exclude: ReadonlySet<string> = new Set()) {
  return KIND_ORDER.map((kind) => ({
    group: KIND_WORDS[kind],
    items: terms
      .filter((t) => t.kind === kind && !exclude.has(t.id))
      .map((t) => ({ value: t.id, label: t.label })),
  })).filter((g) => g.items.length);
}

export type PickedTerm =
  | { termId: string; label: string; kind: ExpertiseTermKind }
  | { termId?: undefined; newTag: string; label: string; kind: 'TAG' };

/**
 * Adds a term: type to search the vocabulary, Enter or a click picks the first or highlighted
 * one; with `allowNew`, a "New tag" option makes a free tag of the typed text when no term
 * has that label. The field empties after each pick, ready for the next.
 */
export function TermAdder({
  label,
  description,
  exclude,
  allowNew,
  onPick,
  error,
}: {
  label: string;
  description?: string;
  /** Terms already chosen (ids), and new tags' labels already chosen (lower case). */
  exclude: { ids: ReadonlySet<string>; newLabels: ReadonlySet<string> };
  allowNew: boolean;
  onPick: (term: PickedTerm) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const { terms, searching } = useTermSearch(search, open);
  const typed = search.trim().replace(/\s+/g, ' ');
  const exact = terms.some((t) => t.label.toLowerCase() === typed.toLowerCase());
  const offerNew =
    allowNew &&
    typed.length > 0 &&
    typed.length <= 60 &&
    !exact &&
    !exclude.newLabels.has(typed.toLowerCase());
  const data = [
    ...grouped(terms, exclude.ids),
    ...(offerNew
      ? [{ group: 'New', items: [{ value: `${NEW_TAG}${typed}`, label: `New tag “${typed}”` }] }]
      : []),
  ];
  return (
    <Select
      label={label}
      description={description}
      placeholder="Type a domain, topic or skill"
      data={data}
      value={null}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      filter={({ options }) => options}
      selectFirstOptionOnChange
      maxLength={60}
      error={error}
      nothingFoundMessage={
        searching ? 'Searching…' : allowNew ? 'Type a word to make a new tag' : 'No term by that name'
      }
      onChange={(value) => {
        if (!value) return;
        if (value.startsWith(NEW_TAG)) {
          const tag = value.slice(NEW_TAG.length);
          onPick({ newTag: tag, label: tag, kind: 'TAG' });
        } else {
          const term = terms.find((t) => t.id === value);
          if (term) onPick({ termId: term.id, label: term.label, kind: term.kind });
        }
        setSearch('');
      }}
    />
  );
}

/**
 * One term by its label (the directory's filter): the value is the label, so it can live in
 * the URL as words; clearing it removes the filter.
 */
export function TermFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (label: string | null) => void;
}) {
  const [search, setSearch] = useState(value ?? '');
  const [open, setOpen] = useState(false);
  const { terms, searching } = useTermSearch(search === value ? '' : search, open);
  // The chosen label stays an option, so the Select shows it before any search.
  // Labels are the values: one option per label (the API reuses a label case-insensitively).
  const seen = new Set<string>();
  const options = grouped(terms)
    .map((g) => ({
      ...g,
      items: g.items
        .filter((i) => !seen.has(i.label.toLowerCase()) && !!seen.add(i.label.toLowerCase()))
        .map((i) => ({ value: i.label, label: i.label })),
    }))
    .filter((g) => g.items.length);
  const listed = options.some((g) => g.items.some((i) => i.value === value));
  const data =
    value && !listed ? [{ group: 'Chosen', items: [{ value, label: value }] }, ...options] : options;
  return (
    <Select
      label={label}
      placeholder="Any expertise"
      data={data}
      value={value}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': `Clear the ${label.toLowerCase()} filter` }}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      filter={({ options: all }) => all}
      selectFirstOptionOnChange
      nothingFoundMessage={searching ? 'Searching…' : 'No term by that name'}
      onChange={(v) => onChange(v)}
    />
  );
}

/** One existing term chosen by id (the office's merge target), searched as one types; `exclude` leaves some out. */
export function TermSelect({
  label,
  description,
  value,
  onChange,
  exclude,
  error,
}: {
  label: string;
  description?: string;
  value: { id: string; label: string } | null;
  onChange: (term: { id: string; label: string } | null) => void;
  exclude: ReadonlySet<string>;
  error?: string;
}) {
  const [search, setSearch] = useState(value?.label ?? '');
  const [open, setOpen] = useState(false);
  const { terms, searching } = useTermSearch(search === value?.label ? '' : search, open);
  const options = grouped(terms, exclude);
  const listed = options.some((g) => g.items.some((i) => i.value === value?.id));
  const data =
    value && !listed
      ? [{ group: 'Chosen', items: [{ value: value.id, label: value.label }] }, ...options]
      : options;
  return (
    <Select
      label={label}
      description={description}
      placeholder="Type a term"
      data={data}
      value={value?.id ?? null}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      filter={({ options: all }) => all}
      selectFirstOptionOnChange
      error={error}
      nothingFoundMessage={searching ? 'Searching…' : 'No term by that name'}
      onChange={(id, option) => onChange(id && option ? { id, label: option.label } : null)}
    />
  );
}
