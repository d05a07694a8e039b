import { ActionIcon, Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { EditorSectionFragment } from '../../../gql/graphql';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { MarkdownEditor } from '../../../components/markdown-editor';
import { Empty } from '../../../components/page';
import { ServerHtml } from '../../../components/server-html';
import { Ago } from '../../../components/time';
import { ConfirmDialog } from './confirm-dialog';
import { useDirtyMark, type MarkDirty } from './dirty';
import { ConflictNotice } from './conflict-notice';
import type { CommentsTarget } from './comments-target';
import { REPORT_CHANGED } from './report-changed';
import { RecommendationItem, toRecommendationInput } from './recommendation-item';
import {
  RecommendationForm,
  recommendationFieldErrors,
  type RecommendationValues,
} from './recommendation-form';

export const EditorSectionFields = graphql(`
  fragment EditorSection on ReportSection {
    id
    number
    title
    body
    bodyHtml
    version
    updatedAt
    updatedBy {
      id
      displayName
    }
    recommendations {
      ...EditorRecommendation
    }
  }
`);

const UpdateReportSectionMutation = graphql(`
  mutation UpdateReportSection($id: ID!, $input: ReportSectionInput!, $expectedVersion: Int!) {
    updateReportSection(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      title
      body
      bodyHtml
      version
      updatedAt
    }
  }
`);

const MoveReportSectionMutation = graphql(`
  mutation MoveReportSection($id: ID!, $position: Int!) {
    moveReportSection(id: $id, position: $position) {
      id
    }
  }
`);

const RemoveReportSectionMutation = graphql(`
  mutation RemoveReportSection($id: ID!) {
    removeReportSection(id: $id) {
      id
    }
  }
`);

const AddRecommendationMutation = graphql(`
  mutation AddRecommendation($sectionId: ID!, $input: RecommendationInput!) {
    addRecommendation(sectionId: $sectionId, input: $input) {
      id
      number
    }
  }
`);

type SectionValues = { title: string; body: string };
type Neighbour = { id: string; recommendations: number } | null;

const EMPTY_RECOMMENDATION: RecommendationValues = { statement: '', rationale: '', priority: 'MEDIUM' };

/**
 * One section in the editor: its title and markdown text, edited on their own (Write and Preview
 * tabs) and saved against the version they were opened on, a CONFLICT keeping the text typed;
 * moved up or down, removed; and its recommendations, with a form to add one.
 */
export function SectionItem({
  section: s,
  count,
  previous,
  next,
  canEdit,
  reload,
  onComments,
  markDirty,
}: {
  section: EditorSectionFragment;
  count: number;
  previous: Neighbour;
  next: Neighbour;
  canEdit: boolean;
  reload: () => void;
  onComments: (target: CommentsTarget) => void;
  markDirty: MarkDirty;
}) {
  const headingId = useId();
  const [editing, setEditing] = useState<{
    values: SectionValues;
    base: number;
    initial: SectionValues;
  } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof SectionValues, string>>>({});
  const [removing, setRemoving] = useState(false);
  const [adding, setAdding] = useState<RecommendationValues | null>(null);
  const [addErrors, setAddErrors] = useState<Partial<Record<keyof RecommendationValues, string>>>({});
  const [addProblem, setAddProblem] = useState<string | null>(null);
  const [saved, save] = useMutation(UpdateReportSectionMutation);
  const [moved, move] = useMutation(MoveReportSectionMutation);
  const [removed, remove] = useMutation(RemoveReportSectionMutation);
  const [added, add] = useMutation(AddRecommendationMutation);
  const name = `section ${s.number}`;
  useDirtyMark(
    markDirty,
    `section:${s.id}`,
    conflict ||
      (!!editing &&
        (editing.values.title !== editing.initial.title || editing.values.body !== editing.initial.body)),
  );
  useDirtyMark(
    markDirty,
    `new-recommendation:${s.id}`,
    !!adding && !!(adding.statement.trim() || adding.rationale.trim()),
  );

  const saveOver = async (values: SectionValues, expectedVersion: number) => {
    setProblem(null);
    setErrors({});
    const res = await save(
      { id: s.id, input: { title: values.title.trim(), body: values.body }, expectedVersion },
      REPORT_CHANGED,
    );
    if (res.data) {
      setEditing(null);
      setConflict(false);
      notifications.show({
        color: 'teal',
        title: 'Section saved',
        message: `Version ${res.data.updateReportSection.version} of section ${s.number} is saved.`,
      });
      return;
    }
    if (errorCode(res.error) === 'CONFLICT') {
      setConflict(true);
      setEditing({ values, base: expectedVersion, initial: editing?.initial ?? values });
      reload();
      return;
    }
    const out: Partial<Record<keyof SectionValues, string>> = {};
    for (const [path, message] of Object.entries(fieldErrors(res.error))) {
      const last = path.split('.').pop();
      if (last === 'title' || last === 'body') out[last] = message;
    }
    setErrors(out);
    if (!Object.keys(out).length) setProblem(errorMessage(res.error));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    if (!editing.values.title.trim()) {
      setErrors({ title: 'Give the section a title.' });
      return;
    }
    void saveOver(editing.values, conflict ? s.version : editing.base);
  };

  const moveTo = async (position: number) => {
    const res = await move({ id: s.id, position }, REPORT_CHANGED);
    if (res.error) setProblem(errorMessage(res.error));
  };

  const onRemove = async () => {
    const res = await remove({ id: s.id }, REPORT_CHANGED);
    if (res.data) {
      setRemoving(false);
      notifications.show({
        color: 'teal',
        title: 'Section removed',
        message: `Section “${s.title}” is removed.`,
      });
    }
  };

  const onAdd = async () => {
    if (!adding) return;
    setAddProblem(null);
    const res = await add({ sectionId: s.id, input: toRecommendationInput(adding) }, REPORT_CHANGED);
    if (res.data) {
      setAdding(null);
      setAddErrors({});
      notifications.show({
        color: 'teal',
        title: 'Recommendation added',
        message: `Recommendation ${res.data.addRecommendation.number} is added.`,
      });
      return;
    }
    const fields = recommendationFieldErrors(fieldErrors(res.error));
    setAddErrors(fields);
    if (!Object.keys(fields).length) setAddProblem(errorMessage(res.error));
  };

  const recs = s.recommendations;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} style={{ minWidth: 0 }}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title
            order={2}
            size="h3"
            id={headingId}
            style={{ overflowWrap: 'anywhere', minWidth: 0, flex: '1 1 14rem' }}
          >
            {s.number}. {s.title}
          </Title>
          <Group gap="xs" wrap="wrap">
            {canEdit && !editing && (
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  const values = { title: s.title, body: s.body };
                  setEditing({ values, base: s.version, initial: values });
                  setProblem(null);
                }}
                aria-label={`Edit ${name}`}
              >
                Edit
              </Button>
            )}
            {canEdit && (
              <>
                <ActionIcon
                  size="md"
                  variant="default"
                  disabled={s.number <= 1 || moved.fetching}
                  onClick={() => void moveTo(s.number - 1)}
                  aria-label={`Move ${name} up`}
                  title="Move up"
                >
                  <span aria-hidden>↑</span>
                </ActionIcon>
                <ActionIcon
                  size="md"
                  variant="default"
                  disabled={s.number >= count || moved.fetching}
                  onClick={() => void moveTo(s.number + 1)}
                  aria-label={`Move ${name} down`}
                  title="Move down"
                >
                  <span aria-hidden>↓</span>
                </ActionIcon>
              </>
            )}
            <Button
              size="xs"
              variant="subtle"
              onClick={() => onComments({ anchor: { sectionId: s.id }, label: `${name} ${s.title}` })}
              aria-label={`Comments on ${name}`}
            >
              Comments
            </Button>
            {canEdit && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setRemoving(true)}
                aria-label={`Remove ${name}`}
              >
                Remove
              </Button>
            )}
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          Version {s.version}
          {s.updatedBy ? `, saved by ${s.updatedBy.displayName}` : ''} <Ago at={s.updatedAt} />
        </Text>

        {editing ? (
          <form onSubmit={submit} noValidate aria-label={`Edit ${name}`}>
            <Stack gap="sm">
              {conflict && (
                <ConflictNotice
                  what={name}
                  version={s.version}
                  base={editing.base}
                  theirs={[
                    { label: 'Title', text: s.title },
                    { label: 'Text', text: s.body },
                  ]}
                  onTakeTheirs={() => {
                    const values = { title: s.title, body: s.body };
                    setEditing({ values, base: s.version, initial: values });
                    setConflict(false);
                  }}
                />
              )}
              <TextInput
                label="Title"
                required
                maxLength={200}
                value={editing.values.title}
                onChange={(e) =>
                  setEditing({ ...editing, values: { ...editing.values, title: e.currentTarget.value } })
                }
                error={errors.title}
              />
              <MarkdownEditor
                label="Text"
                value={editing.values.body}
                onChange={(body) => setEditing({ ...editing, values: { ...editing.values, body } })}
                error={errors.body}
                preview="tabs"
                minRows={8}
                maxLength={100000}
              />
              {problem && (
                <Alert color="red" role="alert">
                  {problem}
                </Alert>
              )}
              <Group gap="sm" wrap="wrap">
                <Button type="submit" loading={saved.fetching}>
                  {conflict ? 'Save mine over theirs' : 'Save the section'}
                </Button>
                <Button
                  variant="default"
                  onClick={() => {
                    setEditing(null);
                    setConflict(false);
                    setProblem(null);
                    setErrors({});
                  }}
                >
                  Cancel
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <>
            {s.bodyHtml.trim() ? (
              <ServerHtml html={s.bodyHtml} headingOffset={2} />
            ) : (
              <Empty>No text yet.</Empty>
            )}
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
          </>
        )}

        <Stack gap="sm">
          {recs.map((r, i) => (
            <RecommendationItem
              key={r.id}
              recommendation={r}
              up={
                i > 0
                  ? { sectionId: s.id, position: i }
                  : previous
                    ? { sectionId: previous.id, position: previous.recommendations + 1 }
                    : null
              }
              down={
                i < recs.length - 1
                  ? { sectionId: s.id, position: i + 2 }
                  : next
                    ? { sectionId: next.id, position: 1 }
                    : null
              }
              canEdit={canEdit}
              reload={reload}
              onComments={onComments}
              markDirty={markDirty}
            />
          ))}
          {canEdit &&
            (adding ? (
              <RecommendationForm
                label={`New recommendation in ${name}`}
                values={adding}
                onChange={setAdding}
                errors={addErrors}
                problem={addProblem}
                saving={added.fetching}
                submitLabel="Add the recommendation"
                onSubmit={() => void onAdd()}
                onCancel={() => {
                  setAdding(null);
                  setAddErrors({});
                  setAddProblem(null);
                }}
              />
            ) : (
              <Group>
                <Button variant="light" size="sm" onClick={() => setAdding(EMPTY_RECOMMENDATION)}>
                  Add a recommendation to {name}
                </Button>
              </Group>
            ))}
        </Stack>
      </Stack>
      <ConfirmDialog
        opened={removing}
        title={`Remove section ${s.number}?`}
        confirmLabel="Remove the section"
        busy={removed.fetching}
        problem={removed.error ? errorMessage(removed.error) : null}
        onCancel={() => setRemoving(false)}
        onConfirm={() => void onRemove()}
      >
        “{s.title}” goes with its text
        {recs.length
          ? ` and its ${recs.length === 1 ? 'recommendation' : `${recs.length} recommendations`}`
          : ''}
        . This cannot be undone.
      </ConfirmDialog>
    </Card>
  );
}
