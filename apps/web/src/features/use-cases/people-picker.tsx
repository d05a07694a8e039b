import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type Ref } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const ExpertPickerQuery = graphql(`
  query ExpertPicker($search: String!) {
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

export type PickedPerson = { id: string; displayName: string; affiliation?: string | null };

const labelOf = (p: PickedPerson) => (p.affiliation ? `${p.displayName} (${p.affiliation})` : p.displayName);

/**
 * People picked by name from `people(search)`, asked for once typing pauses. `known` names
 * the people already chosen (the page's own data); those found later are remembered here.
 */
export function PeoplePicker({
  label,
  description,
  value,
  onChange,
  onBlur,
  known,
  error,
  inputRef,
}: {
  label: string;
  description?: string;
  value: string[];
  onChange: (ids: string[]) => void;
  onBlur?: () => void;
  known: readonly PickedPerson[];
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [remembered, setRemembered] = useState<Map<string, string>>(
    () => new Map(known.map((p) => [p.id, labelOf(p)])),
  );
  const [result] = useQuery({
    query: ExpertPickerQuery,
    variables: { search: debounced },
    pause: debounced.length < 2,
  });
  const found = debounced.length >= 2 ? (result.data?.people.edges.map((e) => e.node) ?? []) : [];
  const data = [
    ...value.map((id) => {
      const chosen = remembered.get(id) ?? known.find((p) => p.id === id);
      return {
        value: id,
        label: typeof chosen === 'object' ? labelOf(chosen) : (chosen ?? 'A chosen person'),
      };
    }),
    ...found.filter((p) => !value.includes(p.id)).map((p) => ({ value: p.id, label: labelOf(p) })),
  ];
  return (
    <MultiSelect
      ref={inputRef}
      label={label}
      aria-label={label}
      description={description}
      placeholder={value.length ? undefined : 'Type a name'}
      data={data}
      value={value}
      onChange={(ids) => {
        const labels = new Map(remembered);
        for (const p of found) labels.set(p.id, labelOf(p));
        setRemembered(labels);
        setSearch('');
        onChange(ids);
      }}
      onBlur={onBlur}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      hidePickedOptions
      error={error}
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
