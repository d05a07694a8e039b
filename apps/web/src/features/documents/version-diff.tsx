import { Button, Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ChangeObject } from 'diff';
import { useMemo } from 'react';
import './documents.css';
import { wordChanges } from './version-compare';
import { graphql } from '../../gql';
import type { VersionEntryFragment } from '../../gql/graphql';
import { When } from '../../components/time';
import { plural } from '../../components/words';

export const VersionEntryFields = graphql(`
  fragment VersionEntry on DocumentVersion {
    version
    editedAt
    editedBy {
      id
      displayName
    }
  }
`);

function countWords(changes: ChangeObject<string>[], kind: 'added' | 'removed'): number {
  return changes.filter((c) => c[kind]).reduce((n, c) => n + (c.value.match(/[^\s]+/g)?.length ?? 0), 0);
}

/**
 * A text with its word-level changes: insertions in <ins>, deletions in <del>, each also named
 * in words for screen readers (and struck through or underlined, not told by colour alone).
 */
export function WordDiff({ label, before, after }: { label: string; before: string; after: string }) {
  const changes = useMemo(() => wordChanges(before, after), [before, after]);
  const added = countWords(changes, 'added');
  const removed = countWords(changes, 'removed');
  return (
    <Stack gap={4} component="section" aria-label={`Changes to the ${label.toLowerCase()}`}>
      <Title order={3} size="h5">
        {label}
      </Title>
      {added === 0 && removed === 0 ? (
        <Text size="sm" c="dimmed">
          Unchanged.
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {plural(added, 'word added', 'words added')}, {plural(removed, 'word removed', 'words removed')}.
          </Text>
          <Paper withBorder p="sm">
            <Text
              component="div"
              className="cop-diff"
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              {changes.map((c, i) =>
                c.added ? (
                  <ins key={i}>
                    <VisuallyHidden>[added: </VisuallyHidden>
                    {c.value}
                    <VisuallyHidden>]</VisuallyHidden>
                  </ins>
                ) : c.removed ? (
                  <del key={i}>
                    <VisuallyHidden>[removed: </VisuallyHidden>
                    {c.value}
                    <VisuallyHidden>]</VisuallyHidden>
                  </del>
                ) : (
                  <span key={i}>{c.value}</span>
                ),
              )}
            </Text>
          </Paper>
        </>
      )}
    </Stack>
  );
}

export type VersionText = { version: number; title: string; summary?: string | null; body?: string | null };

/** Two versions side by side as one text each for title, summary and body. */
export function VersionComparison({ from, to }: { from: VersionText; to: VersionText }) {
  return (
    <Stack gap="sm">
      <WordDiff label="Title" before={from.title} after={to.title} />
      <WordDiff label="Summary" before={from.summary ?? ''} after={to.summary ?? ''} />
      <WordDiff label="Body" before={from.body ?? ''} after={to.body ?? ''} />
    </Stack>
  );
}

/**
 * The list of versions (who, when), the newest first, with a "compare with the one before" link
 * each and two pickers for any pair; `onCompare` puts the pair in the URL.
 */
export function VersionHistory({
  versions,
  compare,
  onCompare,
}: {
  versions: readonly VersionEntryFragment[];
  compare: [number, number] | null;
  onCompare: (pair: [number, number] | null) => void;
}) {
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const data = sorted.map((v) => ({ value: String(v.version), label: `Version ${v.version}` }));
  const latest = sorted[0]?.version ?? 1;
  const [from, to] = compare ?? [Math.max(1, latest - 1), latest];
  const pick = (a: number, b: number) => {
    if (a === b) return;
    onCompare(a < b ? [a, b] : [b, a]);
  };
  return (
    <Stack gap="sm">
      {/* No scroll container: it fits at 375 px, and a scrolled region without a focusable control fails axe. */}
      <Table verticalSpacing={4}>
        <Table.Caption>
          <VisuallyHidden>Versions of this document, newest first</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Edited by</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Compare</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((v) => (
            <Table.Tr key={v.version}>
              <Table.Td>{v.version}</Table.Td>
              <Table.Td>{v.editedBy.displayName}</Table.Td>
              <Table.Td>
                <When at={v.editedAt} />
              </Table.Td>
              <Table.Td>
                {v.version > 1 && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => pick(v.version - 1, v.version)}
                    aria-label={`Compare version ${v.version} with version ${v.version - 1}`}
                  >
                    Changes
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {sorted.length > 1 && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Compare version"
            data={data}
            value={String(from)}
            onChange={(v) => v && pick(Number(v), to === Number(v) ? from : to)}
            allowDeselect={false}
            w={160}
          />
          <Select
            label="with version"
            data={data}
            value={String(to)}
            onChange={(v) => v && pick(from === Number(v) ? to : from, Number(v))}
            allowDeselect={false}
            w={160}
          />
          {!compare && (
            <Button variant="light" onClick={() => pick(from, to)}>
              Show the changes
            </Button>
          )}
          {compare && (
            <Button variant="subtle" onClick={() => onCompare(null)}>
              Hide the changes
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
