import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { OfficeExpertiseTagsQuery } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../components/errors';
import { Empty, Loaded } from '../../components/page';
import { andList, plural } from '../../components/words';
import { TermSelect } from './term-picker';

const OfficeExpertiseTagsQueryDocument = graphql(`
  query OfficeExpertiseTags($search: String) {
    expertiseTerms(kind: TAG, search: $search, first: 100) {
      id
      label
      peopleCount
    }
  }
`);

const MergeExpertiseTagsMutation = graphql(`
  mutation MergeExpertiseTags($sourceIds: [ID!]!, $targetId: ID!) {
    mergeExpertiseTags(sourceIds: $sourceIds, targetId: $targetId) {
      id
      label
      peopleCount
    }
  }
`);

const RenameExpertiseTagMutation = graphql(`
  mutation RenameExpertiseTag($id: ID!, $label: String!) {
    renameExpertiseTag(id: $id, label: $label) {
      id
      label
      peopleCount
    }
  }
`);

type Tag = OfficeExpertiseTagsQuery['expertiseTerms'][number];

/** The vocabulary's free tags with how many hold each; merge some into another term, rename one. */
export function OfficeTags() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [result, refetch] = useQuery({
    query: OfficeExpertiseTagsQueryDocument,
    variables: { search: debounced || null },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [renaming, setRenaming] = useState<Tag | null>(null);
  const [merging, setMerging] = useState(false);
  const tags = result.data?.expertiseTerms ?? [];
  const chosen = tags.filter((t) => selected.has(t.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Stack gap="md">
      <TextInput
        label="Find a tag"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maxLength={60}
      />
      <Group gap="sm" wrap="wrap">
        <Button disabled={!chosen.length} onClick={() => setMerging(true)}>
          {chosen.length
            ? `Merge ${plural(chosen.length, 'selected tag', 'selected tags')}…`
            : 'Merge selected tags…'}
        </Button>
        <Text size="sm" c="dimmed" role="status">
          {chosen.length
            ? `Selected: ${andList(chosen.map((t) => t.label))}.`
            : 'Select tags to merge them into another term.'}
        </Text>
      </Group>
      <Loaded result={result} retry={reload}>
        {() =>
          tags.length ? (
            <Table.ScrollContainer minWidth={360}>
              <Table striped aria-label="Free tags">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      <VisuallyHidden>Select</VisuallyHidden>
                    </Table.Th>
                    <Table.Th scope="col">Tag</Table.Th>
                    <Table.Th scope="col">People</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tags.map((t) => (
                    <Table.Tr key={t.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={`Select ${t.label}`}
                          checked={selected.has(t.id)}
                          onChange={(e) => toggle(t.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{t.label}</Table.Td>
                      <Table.Td>{t.peopleCount}</Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="xs"
                          onClick={() => setRenaming(t)}
                          aria-label={`Rename ${t.label}`}
                        >
                          Rename
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Empty>
              {debounced ? `No free tag matches “${debounced}”.` : 'Nobody has made a free tag yet.'}
            </Empty>
          )
        }
      </Loaded>
      {renaming && (
        <RenameDialog
          tag={renaming}
          onClose={() => setRenaming(null)}
          onDone={() => {
            setRenaming(null);
            reload();
          }}
        />
      )}
      {merging && (
        <MergeDialog
          sources={chosen}
          onClose={() => setMerging(false)}
          onDone={() => {
            setMerging(false);
            setSelected(new Set());
            reload();
          }}
        />
      )}
    </Stack>
  );
}

function RenameDialog({ tag, onClose, onDone }: { tag: Tag; onClose: () => void; onDone: () => void }) {
  const [, rename] = useMutation(RenameExpertiseTagMutation);
  const [label, setLabel] = useState(tag.label);
  const [error, setError] = useState<{ field?: string; general?: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!label.trim()) {
      setError({ field: 'Enter the new label.' });
      return;
    }
    setBusy(true);
    const result = await rename({ id: tag.id, label: label.trim() });
    setBusy(false);
    if (result.error || !result.data) {
      const fields = fieldErrors(result.error);
      const field = Object.entries(fields).find(([path]) => /label$/.test(path))?.[1];
      setError({ field, general: field ? null : errorMessage(result.error) });
      return;
    }
    notifications.show({
      color: 'green',
      title: 'Tag renamed',
      message: `“${tag.label}” is now “${result.data.renameExpertiseTag.label}”.`,
    });
    onDone();
  };
  return (
    <Modal opened onClose={onClose} title={`Rename “${tag.label}”`} centered>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md">
          <TextInput
            label="New label"
            description="1 to 60 characters. Everyone holding the tag keeps it under the new label."
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            maxLength={60}
            error={error?.field}
            data-autofocus
          />
          {error?.general && (
            <Alert color="red" role="alert" title="The tag was not renamed">
              {error.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Rename
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MergeDialog({
  sources,
  onClose,
  onDone,
}: {
  sources: Tag[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [, merge] = useMutation(MergeExpertiseTagsMutation);
  const [target, setTarget] = useState<{ id: string; label: string } | null>(null);
  const [error, setError] = useState<{ field?: string; general?: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const holders = sources.reduce((n, t) => n + t.peopleCount, 0);
  const names = andList(sources.map((t) => `“${t.label}”`));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!target) {
      setError({ field: 'Choose the term to merge into.' });
      return;
    }
    setBusy(true);
    const result = await merge({ sourceIds: sources.map((t) => t.id), targetId: target.id });
    setBusy(false);
    if (result.error || !result.data) {
      const fields = fieldErrors(result.error);
      const field = Object.entries(fields).find(([path]) => /targetId$/.test(path))?.[1];
      const rest = Object.entries(fields)
        .filter(([path]) => !/targetId$/.test(path))
        .map(([, m]) => m);
      setError({ field, general: rest.length ? rest.join(' ') : field ? null : errorMessage(result.error) });
      return;
    }
    notifications.show({
      color: 'green',
      title: 'Tags merged',
      message: `${names} merged into “${result.data.mergeExpertiseTags.label}”.`,
    });
    onDone();
  };
  return (
    <Modal opened onClose={onClose} title="Merge tags" centered>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md">
          <Text>
            {names}: {plural(holders, 'person holds', 'people hold')} {sources.length > 1 ? 'them' : 'it'}.
            They will hold the term you choose instead (“knows” wins where someone held both), and{' '}
            {sources.length > 1 ? 'these tags are' : 'this tag is'} removed. This cannot be undone.
          </Text>
          <TermSelect
            label="Merge into"
            description="Any term: a domain, a topic or another tag."
            value={target}
            onChange={setTarget}
            exclude={new Set(sources.map((t) => t.id))}
            error={error?.field}
          />
          {error?.general && (
            <Alert color="red" role="alert" title="The tags were not merged">
              {error.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={busy}>
              {target ? `Merge into “${target.label}”` : 'Merge'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
