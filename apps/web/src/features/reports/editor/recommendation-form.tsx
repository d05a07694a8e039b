import { Alert, Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { RecommendationPriority } from '../../../gql/graphql';
import { MarkdownEditor } from '../../../components/markdown-editor';
import { PRIORITY_WORDS } from '../shared';

export type RecommendationValues = { statement: string; rationale: string; priority: RecommendationPriority };

const PRIORITIES: RecommendationPriority[] = ['HIGH', 'MEDIUM', 'LOW'];

/** The server's field messages (`input.statement`, `statement`) by the form's field. */
export function recommendationFieldErrors(
  fields: Record<string, string>,
): Partial<Record<keyof RecommendationValues, string>> {
  const out: Partial<Record<keyof RecommendationValues, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const last = path.split('.').pop();
    if (last === 'statement' || last === 'rationale' || last === 'priority') out[last] = message;
  }
  return out;
}

/**
 * A recommendation's statement, rationale (markdown, Write and Preview tabs) and priority; used
 * to add one and to edit one. The text stays as typed whatever the save answers.
 */
export function RecommendationForm({
  label,
  values,
  onChange,
  errors,
  problem,
  saving,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  values: RecommendationValues;
  onChange: (next: RecommendationValues) => void;
  errors: Partial<Record<keyof RecommendationValues, string>>;
  problem: ReactNode;
  saving: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const [tried, setTried] = useState(false);
  const missing = tried && !values.statement.trim() ? 'Write the recommendation.' : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!values.statement.trim()) return;
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        {children}
        <Textarea
          label="Statement"
          description="What the report recommends, in a sentence or two."
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={values.statement}
          onChange={(e) => onChange({ ...values, statement: e.currentTarget.value })}
          error={missing ?? errors.statement}
          data-autofocus
        />
        <MarkdownEditor
          label="Rationale"
          description="Why: the reasoning behind it, in markdown (optional)."
          value={values.rationale}
          onChange={(rationale) => onChange({ ...values, rationale })}
          error={errors.rationale}
          preview="tabs"
          minRows={4}
          maxLength={20000}
        />
        <NativeSelect
          label="Priority"
          value={values.priority}
          onChange={(e) => onChange({ ...values, priority: e.currentTarget.value as RecommendationPriority })}
          data={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_WORDS[p] }))}
          error={errors.priority}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
