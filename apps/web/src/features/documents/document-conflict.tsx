import { Alert, Button, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { graphql } from '../../gql';
import type { DocumentConflictCurrentQuery } from '../../gql/graphql';
import { When } from '../../components/time';
import { andList } from '../../components/words';
import { DOCUMENT_KIND_WORDS } from './document-kind';
import type { DocumentFormValues } from './document-form-model';

/** The document as it is now, asked for when a save answers CONFLICT. */
export const DocumentConflictCurrent = graphql(`
  query DocumentConflictCurrent($id: ID!) {
    document(id: $id) {
      ...DocumentFormSource
      updatedAt
      versions {
        version
        editedAt
        editedBy {
          id
          displayName
        }
      }
    }
  }
`);

export type CurrentDocument = NonNullable<DocumentConflictCurrentQuery['document']>;

/** Who saved the version that won, and when. */
export function savedBy(d: CurrentDocument): { name: string; at: string } {
  const v = d.versions.find((x) => x.version === d.version) ?? d.versions.at(-1);
  return { name: v?.editedBy.displayName ?? 'Someone', at: v?.editedAt ?? d.updatedAt };
}

/** Names of the fields besides title, summary and body where the two versions differ. */
function otherDifferences(theirs: DocumentFormValues, mine: DocumentFormValues): string[] {
  const differ = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const out: string[] = [];
  if (theirs.kind !== mine.kind) out.push('kind');
  if (theirs.visibility !== mine.visibility) out.push('who may see it');
  if (differ([...theirs.workingGroupIds].sort(), [...mine.workingGroupIds].sort()))
    out.push('working groups');
  if (differ([...theirs.topicIds].sort(), [...mine.topicIds].sort())) out.push('topics');
  if (differ(theirs.tags, mine.tags)) out.push('tags');
  if (theirs.externalUrl.trim() !== mine.externalUrl.trim()) out.push('external link');
  return out;
}

/** A piece of text shown as written (never as HTML), with a button that copies it. */
function TextBlock({ label, text, copyLabel }: { label: string; text: string; copyLabel: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {text && (
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button size="compact-xs" variant="subtle" onClick={copy} aria-label={copyLabel}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        )}
      </Group>
      <Text
        size="sm"
        component="div"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '24rem', overflowY: 'auto' }}
        c={text ? undefined : 'dimmed'}
        fs={text ? undefined : 'italic'}
        tabIndex={text.length > 600 ? 0 : undefined}
      >
        {text || '(empty)'}
      </Text>
    </Stack>
  );
}

/** One side of the comparison: title, summary and body as written. */
export function DocumentVersionText({
  heading,
  subtitle,
  values,
  whose,
  children,
}: {
  heading: string;
  subtitle?: ReactNode;
  values: DocumentFormValues;
  whose: string;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id} style={{ minWidth: 0 }}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={id}>
            {heading}
          </Title>
          {subtitle && (
            <Text size="sm" c="dimmed" component="div">
              {subtitle}
            </Text>
          )}
        </div>
        <TextBlock label="Title" text={values.title} copyLabel={`Copy ${whose} title`} />
        <TextBlock label="Summary" text={values.summary} copyLabel={`Copy ${whose} summary`} />
        <TextBlock label="Text" text={values.body} copyLabel={`Copy ${whose} text`} />
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The conflict screen: someone saved the document since this editor opened it. Their version
 * beside the writer's, and three ways on; the writer's text stays on screen (and copyable)
 * whichever is chosen.
 */
export function DocumentConflict({
  current,
  theirs,
  mine,
  saving,
  problem,
  onTakeTheirs,
  onMerge,
  onOverwrite,
}: {
  current: CurrentDocument;
  theirs: DocumentFormValues;
  mine: DocumentFormValues;
  saving: boolean;
  problem: string | null;
  onTakeTheirs: () => void;
  onMerge: () => void;
  onOverwrite: () => void;
}) {
  const by = savedBy(current);
  const others = otherDifferences(theirs, mine);
  return (
    <Stack gap="md" role="region" aria-label="Conflicting changes">
      <Alert color="orange" variant="light" title="Someone else saved this document while you were editing">
        {by.name} saved version {current.version} at <When at={by.at} />. Your changes are not saved yet and
        nothing you typed is lost: compare the two versions, then choose how to go on.
        {others.length > 0 && <> Their version also differs from yours in: {andList(others)}.</>}
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DocumentVersionText
          heading={`Their version (version ${current.version})`}
          subtitle={
            <>
              Saved by {by.name}, <When at={by.at} />. {DOCUMENT_KIND_WORDS[theirs.kind]}.
            </>
          }
          values={theirs}
          whose="their"
        />
        <DocumentVersionText
          heading="Your version (not saved)"
          subtitle={<>{DOCUMENT_KIND_WORDS[mine.kind]}.</>}
          values={mine}
          whose="your"
        />
      </SimpleGrid>
      {problem && (
        <Alert color="red" role="alert" title="Your version was not saved">
          {problem}
        </Alert>
      )}
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Button onClick={onMerge}>Edit their version with mine beside it</Button>
          <Button variant="default" onClick={onTakeTheirs}>
            Take their version
          </Button>
          <Button color="red.9" variant="outline" loading={saving} onClick={onOverwrite}>
            Overwrite with my version
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Editing theirs puts their version in the form and yours next to it, to merge by hand. Taking theirs
          keeps their version and shows yours to copy from. Overwriting saves yours as version{' '}
          {current.version + 1}; their changes stay in the history.
        </Text>
      </Stack>
    </Stack>
  );
}
