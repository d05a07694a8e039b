import {
  Alert,
  Anchor,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { DocumentFormGroupFragment, Visibility } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../components/errors';
import { SectionCard } from '../../components/section-card';
import { applyServerErrors } from '../../components/forms';
import { VISIBILITY_LABEL, visibilityWords } from '../../components/visibility-words';
import { plural } from '../../components/words';
import { MarkdownEditor } from '../../components/markdown-editor';
import { AttachmentDropzone, useAttachmentUploads } from './attachment-upload';
import { humanSize } from './attachment-table';
import {
  DocumentConflict,
  DocumentConflictCurrent,
  DocumentVersionText,
  type CurrentDocument,
} from './document-conflict';
import { DocumentDraftOffer, documentDraftKey, useDocumentDraft } from './document-draft';
import {
  DOCUMENT_KINDS,
  documentFieldOf,
  documentFormSchema,
  documentValues,
  sameValues,
  toDocumentInput,
  type DocumentFormValues,
} from './document-form-model';
import { DOCUMENT_KIND_WORDS } from './document-kind';

export const DocumentFormGroupFields = graphql(`
  fragment DocumentFormGroup on WorkingGroup {
    id
    code
    name
    viewerMembership {
      id
      status
    }
    topics {
      id
      name
    }
  }
`);

/** What the form needs of the platform: the groups to choose from and the size limits. */
export const DocumentFormOptionsFields = graphql(`
  fragment DocumentFormOptions on Query {
    workingGroups {
      ...DocumentFormGroup
    }
    documentLimits {
      attachmentMaxBytes
      bodyMaxBytes
    }
  }
`);

const PostDocumentMutation = graphql(`
  mutation PostDocument($input: DocumentInput!) {
    postDocument(input: $input) {
      id
      title
    }
  }
`);

const UpdateDocumentMutation = graphql(`
  mutation UpdateDocument($id: ID!, $input: DocumentInput!, $expectedVersion: Int!) {
    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      title
      version
    }
  }
`);

const DocumentTagSuggestionsQuery = graphql(`
  query DocumentTagSuggestions($prefix: String) {
    documentTags(prefix: $prefix, first: 10) {
      tag
      count
    }
  }
`);

// Posting or saving changes lists, searches and group pages: refetch what shows documents.
const DOCUMENTS_CHANGED = { additionalTypenames: ['Document', 'DocumentConnection', 'SearchResult'] };

const VISIBILITIES: Visibility[] = ['PUBLIC', 'COMMUNITY', 'WORKING_GROUP'];

function visibilityHelp(v: Visibility, codes: string[]): string {
  switch (v) {
    case 'PUBLIC':
      return 'Anyone, also without signing in: it may be found by search engines.';
    case 'COMMUNITY':
      return 'Every signed-in member of the community.';
    default:
      return codes.length
        ? `Only the members of ${codes.join(', ')} (and the project office).`
        : 'Only the members of the working groups you choose below (and the project office).';
  }
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

type Conflict = { current: CurrentDocument; theirs: DocumentFormValues; mine: DocumentFormValues };

/**
 * Posting a document, or changing one: what it is, its text in markdown with the server's
 * preview, who may see it, its groups, topics and tags, and its files. A change saved by someone
 * else meanwhile opens the conflict screen; unsaved work is kept as a local draft.
 */
export function DocumentForm({
  personId,
  initial,
  groups,
  limits,
  document,
  files,
}: {
  personId: string;
  initial: DocumentFormValues;
  groups: readonly DocumentFormGroupFragment[];
  limits: { attachmentMaxBytes: number; bodyMaxBytes: number };
  /** Editing: the document as loaded. */
  document?: { id: string; version: number; title: string };
  /** Editing: its files, managed apart from saving. */
  files?: ReactNode;
}) {
  const navigate = useNavigate();
  const client = useClient();
  const wide = useMediaQuery('(min-width: 62em)');
  const large = useMediaQuery('(min-width: 75em)');
  const [, post] = useMutation(PostDocumentMutation);
  const [, update] = useMutation(UpdateDocumentMutation);
  const uploads = useAttachmentUploads(limits.attachmentMaxBytes);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [posted, setPosted] = useState<string | null>(null);
  const [pristine, setPristine] = useState(initial);
  const [base, setBase] = useState<number | null>(document?.version ?? null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [kept, setKept] = useState<{ values: DocumentFormValues; beside: boolean } | null>(null);
  const form = useForm<DocumentFormValues>({
    resolver: zodResolver(documentFormSchema) as never,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const {
    control,
    register,
    setValue,
    getValues,
    formState: { errors },
  } = form;
  const values = useWatch({ control }) as DocumentFormValues;

  const unsaved = !posted && (!sameValues(values, pristine) || kept !== null || conflict !== null);
  const draft = useDocumentDraft(
    documentDraftKey(personId, document?.id ?? null),
    { baseVersion: base, values: conflict?.mine ?? values, kept: kept?.values ?? null },
    unsaved,
  );

  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const chosenGroups = groups.filter((g) => values.workingGroupIds.includes(g.id));
  const codes = chosenGroups.map((g) => g.code);

  const showServerErrors = (error: CombinedError | undefined) =>
    setProblem(applyServerErrors<DocumentFormValues>(error, form.setError, [], documentFieldOf));

  const done = (id: string, message: string, title: string) => {
    draft.clear();
    notifications.show({ color: 'teal', title, message });
    navigate(webPaths.document(id));
  };

  /** Posts, then sends the files waiting for it; a file that fails leaves the writer on the edit page. */
  const postNew = async (v: DocumentFormValues) => {
    const result = await post({ input: toDocumentInput(v) }, DOCUMENTS_CHANGED);
    const doc = result.data?.postDocument;
    if (!doc) {
      showServerErrors(result.error);
      return;
    }
    setPosted(doc.id);
    draft.clear();
    const { sent, failed } = await uploads.upload(doc.id);
    if (failed) {
      notifications.show({
        color: 'orange',
        title: 'Posted, but not every file',
        message: `“${doc.title}” is posted; ${plural(failed, 'file was', 'files were')} not attached. Try again here.`,
      });
      navigate(webPaths.editDocument(doc.id));
      return;
    }
    done(
      doc.id,
      sent ? `“${doc.title}” is posted with ${plural(sent, 'file', 'files')}.` : `“${doc.title}” is posted.`,
      'Document posted',
    );
  };

  /** Saves over `expected`; CONFLICT opens the conflict screen with the document as it is now. */
  const saveChanges = async (v: DocumentFormValues, expected: number) => {
    if (!document) return;
    const result = await update(
      { id: document.id, input: toDocumentInput(v), expectedVersion: expected },
      DOCUMENTS_CHANGED,
    );
    const saved = result.data?.updateDocument;
    if (saved) {
      done(saved.id, `Version ${saved.version} of “${saved.title}” is saved.`, 'Changes saved');
      return;
    }
    if (errorCode(result.error) !== 'CONFLICT') {
      showServerErrors(result.error);
      return;
    }
    const now = await client
      .query(DocumentConflictCurrent, { id: document.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const current = now.data?.document;
    if (!current) {
      setProblem(
        now.error
          ? `Someone else changed this document, and it could not be loaded: ${errorMessage(now.error)}`
          : 'This document was deleted while you were editing it. Your text is still here: copy it before you leave.',
      );
      return;
    }
    setConflict({ current, theirs: documentValues(current), mine: v });
  };

  const run = async (work: () => Promise<void>) => {
    setSaving(true);
    setProblem(null);
    try {
      await work();
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = form.handleSubmit((v) =>
    run(async () => {
      if (utf8Bytes(v.body) > limits.bodyMaxBytes) {
        form.setError('body', { message: `The text may be at most ${humanSize(limits.bodyMaxBytes)}.` });
        return;
      }
      if (document) await saveChanges(v, base ?? document.version);
      else await postNew(v);
    }),
  );

  /** Their version in the form, to save on top of; mine kept on screen. */
  const takeTheirs = (c: Conflict, beside: boolean) => {
    form.reset(c.theirs);
    setPristine(c.theirs);
    setBase(c.current.version);
    setKept({ values: c.mine, beside });
    setConflict(null);
  };

  const restoreDraft = () => {
    const d = draft.offered;
    if (!d) return;
    form.reset(d.values);
    if (d.baseVersion !== null) setBase(d.baseVersion);
    if (d.kept) setKept({ values: d.kept, beside: true });
    draft.settle();
  };

  if (conflict)
    return (
      <DocumentConflict
        current={conflict.current}
        theirs={conflict.theirs}
        mine={conflict.mine}
        saving={saving}
        problem={problem}
        onMerge={() => takeTheirs(conflict, true)}
        onTakeTheirs={() => takeTheirs(conflict, false)}
        onOverwrite={() =>
          void run(async () => {
            const c = conflict;
            // Back in the form on their version number: field errors show beside their inputs.
            setPristine(c.theirs);
            setBase(c.current.version);
            setConflict(null);
            form.reset(c.mine);
            await saveChanges(c.mine, c.current.version);
          })
        }
      />
    );

  const ownGroups = groups.filter((g) => g.viewerMembership?.status === 'ACTIVE');
  const otherGroups = groups.filter((g) => g.viewerMembership?.status !== 'ACTIVE');
  const groupOption = (g: DocumentFormGroupFragment) => ({ value: g.id, label: `${g.code}: ${g.name}` });
  const groupData = [
    ...(ownGroups.length ? [{ group: 'Your groups', items: ownGroups.map(groupOption) }] : []),
    ...(otherGroups.length ? [{ group: 'Other groups', items: otherGroups.map(groupOption) }] : []),
  ];
  const topicData = chosenGroups
    .filter((g) => g.topics.length)
    .map((g) => ({ group: g.code, items: g.topics.map((t) => ({ value: t.id, label: t.name })) }));

  const keptPanel = kept && (
    <DocumentVersionText
      heading="Your version (not saved)"
      subtitle="What you wrote before the conflict. Copy from it into the form; it stays until you put it away."
      values={kept.values}
      whose="your"
    >
      <Group>
        <Button size="xs" variant="default" onClick={() => setKept(null)}>
          Put my version away
        </Button>
      </Group>
    </DocumentVersionText>
  );

  const formBody = (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={document ? 'Edit the document' : 'Post a document'}
    >
      <Stack gap="lg">
        <SectionCard title="What it is">
          <Stack gap="sm">
            <TextInput
              label="Title"
              required
              maxLength={300}
              error={errors.title?.message}
              {...register('title')}
            />
            <Textarea
              label="Summary"
              description="A sentence or two, shown in the library and in search results."
              autosize
              minRows={2}
              maxRows={6}
              error={errors.summary?.message}
              {...register('summary')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label="Kind"
                data={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_WORDS[k] }))}
                error={errors.kind?.message}
                {...register('kind')}
              />
              <TextInput
                label="External link"
                description="Where it is kept, if elsewhere (optional)."
                type="url"
                inputMode="url"
                placeholder="https://"
                error={errors.externalUrl?.message}
                {...register('externalUrl')}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="tags"
              render={({ field }) => (
                <TagsField value={field.value} onChange={field.onChange} error={errors.tags?.message} />
              )}
            />
          </Stack>
        </SectionCard>

        <SectionCard title="Contents">
          <Stack gap="sm">
            <Controller
              control={control}
              name="body"
              render={({ field }) => (
                <MarkdownEditor
                  label="Text"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  name={field.name}
                  inputRef={field.ref}
                  error={errors.body?.message}
                  preview={wide && !kept?.beside ? 'beside' : 'tabs'}
                  minRows={12}
                />
              )}
            />
          </Stack>
        </SectionCard>

        <SectionCard title="Who sees it">
          <Stack gap="sm">
            <Controller
              control={control}
              name="visibility"
              render={({ field }) => (
                <Radio.Group
                  label="Visibility"
                  required
                  value={field.value}
                  onChange={(v) => field.onChange(v as Visibility)}
                  name={field.name}
                  error={errors.visibility?.message}
                >
                  <Stack gap={8} mt={6}>
                    {VISIBILITIES.map((v) => (
                      <Radio
                        key={v}
                        value={v}
                        label={VISIBILITY_LABEL[v]}
                        description={visibilityHelp(v, codes)}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
            <Controller
              control={control}
              name="workingGroupIds"
              render={({ field }) => (
                <MultiSelect
                  label="Working groups"
                  description={
                    values.visibility === 'WORKING_GROUP'
                      ? 'Groups you hold a seat in; their members will see it.'
                      : 'The groups it belongs to: it is listed on their pages.'
                  }
                  data={groupData}
                  value={field.value}
                  onChange={(ids) => {
                    field.onChange(ids);
                    // Topics follow the groups: a topic of a group no longer chosen goes.
                    const allowed = new Set(
                      groups.filter((g) => ids.includes(g.id)).flatMap((g) => g.topics.map((t) => t.id)),
                    );
                    const topics = getValues('topicIds');
                    if (topics.some((t) => !allowed.has(t)))
                      setValue(
                        'topicIds',
                        topics.filter((t) => allowed.has(t)),
                      );
                  }}
                  onBlur={field.onBlur}
                  name={field.name}
                  searchable
                  clearable
                  error={errors.workingGroupIds?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="topicIds"
              render={({ field }) => (
                <MultiSelect
                  label="Topics"
                  description={
                    chosenGroups.length
                      ? topicData.length
                        ? 'Topics of the chosen groups.'
                        : 'The chosen groups have no topics.'
                      : 'Choose a working group first: topics belong to groups.'
                  }
                  data={topicData}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  name={field.name}
                  disabled={!topicData.length}
                  searchable
                  clearable
                  error={errors.topicIds?.message}
                />
              )}
            />
            <Text size="sm" role="status">
              Who will see it: {visibilityWords(values.visibility, chosenGroups)}.
            </Text>
          </Stack>
        </SectionCard>

        <SectionCard title="Files">
          <Stack gap="sm">
            {files ?? <AttachmentDropzone uploads={uploads} maxBytes={limits.attachmentMaxBytes} />}
          </Stack>
        </SectionCard>

        {problem && (
          <Alert
            color="red"
            role="alert"
            title={document ? 'The changes were not saved' : 'The document was not posted'}
          >
            {problem}
          </Alert>
        )}
        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={saving || uploads.busy} disabled={posted !== null}>
            {document ? 'Save changes' : 'Post the document'}
          </Button>
          <Button
            component={Link}
            variant="default"
            to={document ? webPaths.document(document.id) : webPaths.documents()}
          >
            {document ? 'Back to the document' : 'Cancel'}
          </Button>
          {unsaved && (
            <Text size="sm" c="dimmed">
              Not saved yet: a draft is kept in this browser.
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );

  return (
    <Stack gap="md">
      {draft.offered && (
        <DocumentDraftOffer draft={draft.offered} onRestore={restoreDraft} onDiscard={draft.discard} />
      )}
      {document && (
        <Text size="sm" role="status">
          You are editing version {base ?? document.version}
          {base !== null && base > document.version
            ? ', saved by someone else since you opened this page'
            : ''}
          {base !== null && base < document.version
            ? ', the one your draft began from: saving shows you the newer one first'
            : ''}
          .{' '}
          <Anchor component={Link} to={webPaths.document(document.id)}>
            See the document
          </Anchor>
        </Text>
      )}
      {kept?.beside ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {/* Theirs in the form, mine beside it (above it on narrower screens), in view while scrolling. */}
          <div style={{ minWidth: 0, ...(large ? { position: 'sticky', top: 72, alignSelf: 'start' } : {}) }}>
            {keptPanel}
          </div>
          {formBody}
        </SimpleGrid>
      ) : (
        <>
          {keptPanel}
          {formBody}
        </>
      )}
    </Stack>
  );
}

/** Tags with suggestions of the tags in use (most used first), asked for as the writer types. */
function TagsField({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (tags: string[]) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [prefix] = useDebouncedValue(search.trim().toLowerCase(), 250);
  const [result] = useQuery({ query: DocumentTagSuggestionsQuery, variables: { prefix: prefix || null } });
  const data = (result.data?.documentTags ?? []).map((t) => t.tag);
  return (
    <TagsInput
      label="Tags"
      description="Words people look for it by. Press Enter or type a comma after each."
      data={data}
      value={value}
      onChange={(tags) => onChange(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))}
      searchValue={search}
      onSearchChange={setSearch}
      maxTags={30}
      clearable
      error={error}
    />
  );
}
