import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { EditorRecommendationFragment } from '../../../gql/graphql';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { Empty } from '../../../components/page';
import { ServerHtml } from '../../../components/server-html';
import { PriorityBadge } from '../shared';
import { EvidenceCard, evidenceName } from '../evidence/evidence-card';
import { EvidencePicker } from '../evidence/evidence-picker';
import { ConfirmDialog } from './confirm-dialog';
import { useDirtyMark, type MarkDirty } from './dirty';
import { REPORT_CHANGED } from './report-changed';
import {
  RecommendationForm,
  recommendationFieldErrors,
  type RecommendationValues,
} from './recommendation-form';
import { ConflictNotice } from './conflict-notice';
import type { CommentsTarget } from './comments-target';

export const EditorRecommendationFields = graphql(`
  fragment EditorRecommendation on Recommendation {
    id
    number
    statement
    rationale
    rationaleHtml
    priority
    version
    updatedAt
    evidence {
      ...EditorEvidence
    }
  }
`);

const UpdateRecommendationMutation = graphql(`
  mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {
    updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...EditorRecommendation
    }
  }
`);

const MoveRecommendationMutation = graphql(`
  mutation MoveRecommendation($id: ID!, $sectionId: ID!, $position: Int!) {
    moveRecommendation(id: $id, sectionId: $sectionId, position: $position) {
      id
    }
  }
`);

const RemoveRecommendationMutation = graphql(`
  mutation RemoveRecommendation($id: ID!) {
    removeRecommendation(id: $id) {
      id
    }
  }
`);

const valuesOf = (r: EditorRecommendationFragment): RecommendationValues => ({
  statement: r.statement,
  rationale: r.rationale ?? '',
  priority: r.priority,
});

export const toRecommendationInput = (v: RecommendationValues) => ({
  statement: v.statement.trim(),
  rationale: v.rationale.trim() ? v.rationale : null,
  priority: v.priority,
});

/** Where a move puts a recommendation: a section and a place there, from 1. */
type Place = { sectionId: string; position: number };

/**
 * One recommendation in the editor: its statement, priority, rationale and evidence cards; edit
 * it (saved against the version it was opened on), link evidence through the picker, move it up
 * or down (across into the next section at the ends), remove it.
 */
export function RecommendationItem({
  recommendation: r,
  up,
  down,
  canEdit,
  reload,
  onComments,
  markDirty,
}: {
  recommendation: EditorRecommendationFragment;
  up: Place | null;
  down: Place | null;
  canEdit: boolean;
  reload: () => void;
  onComments: (target: CommentsTarget) => void;
  markDirty: MarkDirty;
}) {
  const [editing, setEditing] = useState<{
    values: RecommendationValues;
    base: number;
    initial: RecommendationValues;
  } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof RecommendationValues, string>>>({});
  const [picking, setPicking] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [saved, save] = useMutation(UpdateRecommendationMutation);
  const [moved, move] = useMutation(MoveRecommendationMutation);
  const [removed, remove] = useMutation(RemoveRecommendationMutation);
  const name = `recommendation ${r.number}`;
  useDirtyMark(
    markDirty,
    `recommendation:${r.id}`,
    conflict || (!!editing && JSON.stringify(editing.values) !== JSON.stringify(editing.initial)),
  );

  const saveOver = async (values: RecommendationValues, expectedVersion: number) => {
    setProblem(null);
    setErrors({});
    const res = await save(
      { id: r.id, input: toRecommendationInput(values), expectedVersion },
      REPORT_CHANGED,
    );
    if (res.data) {
      setEditing(null);
      setConflict(false);
      notifications.show({
        color: 'teal',
        title: 'Recommendation saved',
        message: `Recommendation ${r.number} is saved.`,
      });
      return;
    }
    if (errorCode(res.error) === 'CONFLICT') {
      // Their version comes with the page's next answer; the text typed here stays in the form.
      setConflict(true);
      setEditing({ values, base: expectedVersion, initial: editing?.initial ?? values });
      reload();
      return;
    }
    const fields = recommendationFieldErrors(fieldErrors(res.error));
    setErrors(fields);
    if (!Object.keys(fields).length) setProblem(errorMessage(res.error));
  };

  const moveTo = async (place: Place) => {
    const res = await move(
      { id: r.id, sectionId: place.sectionId, position: place.position },
      REPORT_CHANGED,
    );
    if (res.error) setProblem(errorMessage(res.error));
  };

  const onRemove = async () => {
    const res = await remove({ id: r.id }, REPORT_CHANGED);
    if (res.data) {
      setRemoving(false);
      notifications.show({
        color: 'teal',
        title: 'Recommendation removed',
        message: `Recommendation ${r.number} is removed.`,
      });
    }
  };

  if (editing)
    return (
      <Paper withBorder p="sm" component="article" aria-label={`Recommendation ${r.number}`}>
        <RecommendationForm
          label={`Edit recommendation ${r.number}`}
          values={editing.values}
          onChange={(values) => setEditing({ ...editing, values })}
          errors={errors}
          problem={problem}
          saving={saved.fetching}
          submitLabel={conflict ? 'Save mine over theirs' : 'Save the recommendation'}
          onSubmit={() => void saveOver(editing.values, conflict ? r.version : editing.base)}
          onCancel={() => {
            setEditing(null);
            setConflict(false);
            setProblem(null);
            setErrors({});
          }}
        >
          {conflict && (
            <ConflictNotice
              what={`recommendation ${r.number}`}
              version={r.version}
              base={editing.base}
              theirs={[
                { label: 'Statement', text: r.statement },
                { label: 'Rationale', text: r.rationale ?? '' },
              ]}
              onTakeTheirs={() => {
                setEditing({ values: valuesOf(r), base: r.version, initial: valuesOf(r) });
                setConflict(false);
              }}
            />
          )}
        </RecommendationForm>
      </Paper>
    );

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={`Recommendation ${r.number}`}
      style={{ minWidth: 0 }}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title order={3} size="h5" style={{ overflowWrap: 'anywhere', minWidth: 0, flex: '1 1 14rem' }}>
            {r.number} {r.statement}
          </Title>
          <PriorityBadge priority={r.priority} />
        </Group>
        {r.rationaleHtml && <ServerHtml html={r.rationaleHtml} headingOffset={3} />}
        <Stack gap="xs" component="section" aria-label={`Evidence of recommendation ${r.number}`}>
          <Text size="sm" fw={600}>
            Evidence
          </Text>
          {r.evidence.length ? (
            r.evidence.map((e, i) => (
              <EvidenceCard key={e.id} evidence={e} name={evidenceName(r.number, i)} canEdit={canEdit} />
            ))
          ) : (
            <Empty>No evidence linked yet.</Empty>
          )}
        </Stack>
        {problem && (
          <Alert color="red" role="alert" p="xs">
            {problem}
          </Alert>
        )}
        <Group gap="xs" wrap="wrap">
          {canEdit && (
            <>
              <Button size="xs" onClick={() => setPicking(true)} aria-label={`Link evidence to ${name}`}>
                Link evidence
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setEditing({ values: valuesOf(r), base: r.version, initial: valuesOf(r) });
                  setProblem(null);
                }}
                aria-label={`Edit ${name}`}
              >
                Edit
              </Button>
              <ActionIcon
                size="md"
                variant="default"
                disabled={!up || moved.fetching}
                onClick={() => up && void moveTo(up)}
                aria-label={`Move ${name} up`}
                title="Move up"
              >
                <span aria-hidden>↑</span>
              </ActionIcon>
              <ActionIcon
                size="md"
                variant="default"
                disabled={!down || moved.fetching}
                onClick={() => down && void moveTo(down)}
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
            onClick={() => onComments({ anchor: { recommendationId: r.id }, label: name })}
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
      </Stack>
      {canEdit && <EvidencePicker opened={picking} onClose={() => setPicking(false)} recommendation={r} />}
      <ConfirmDialog
        opened={removing}
        title={`Remove recommendation ${r.number}?`}
        confirmLabel="Remove the recommendation"
        busy={removed.fetching}
        problem={removed.error ? errorMessage(removed.error) : null}
        onCancel={() => setRemoving(false)}
        onConfirm={() => void onRemove()}
      >
        “{r.statement}” and its links to evidence go; the recommendations after it move up a number.
      </ConfirmDialog>
    </Paper>
  );
}
