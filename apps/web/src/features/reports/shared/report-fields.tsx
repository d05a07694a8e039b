import { Autocomplete, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ReportInput } from '../../../gql/graphql';
import type { ReportInputField } from './report-input-errors';
import { REPORT_KIND_SUGGESTIONS, reportTargetLabel } from './report-words';

/** A report's own fields as its forms hold them (new report, the editor's details). */
export type ReportFieldValues = {
  title: string;
  kind: string;
  groupIds: string[];
  dueDate: string;
  targetId: string | null;
};

type Errors = Partial<Record<ReportInputField, string>>;

/** What is missing, said beside its field before anything is sent. */
export function missingReportFields(v: ReportFieldValues): Errors {
  const errors: Errors = {};
  if (!v.title.trim()) errors.title = 'Give the report a title.';
  if (!v.kind.trim()) errors.kind = 'Say what kind of report it is.';
  if (!v.groupIds.length) errors.workingGroupIds = 'Choose at least one working group.';
  return errors;
}

export function reportInputOf(v: ReportFieldValues): ReportInput {
  return {
    title: v.title.trim(),
    kind: v.kind.trim(),
    workingGroupIds: v.groupIds,
    dueDate: v.dueDate || null,
    targetId: v.targetId,
  };
}

/** Title, kind, working groups, due date and target, each with its error. */
export function ReportFieldInputs({
  values,
  onChange,
  errors,
  groups,
  targets,
  narrow,
}: {
  values: ReportFieldValues;
  onChange: (next: ReportFieldValues) => void;
  errors: Errors;
  groups: readonly { id: string; code: string; name: string }[];
  targets: readonly { id: string; name: string; dueDate: string; initiative?: { name: string } | null }[];
  /** One column throughout (a side panel). */
  narrow?: boolean;
}) {
  const set = <K extends keyof ReportFieldValues>(key: K, value: ReportFieldValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <>
      <TextInput
        label="Title"
        required
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        maxLength={300}
      />
      <Autocomplete
        label="Kind"
        description={narrow ? undefined : 'Choose one or write your own.'}
        required
        data={REPORT_KIND_SUGGESTIONS}
        value={values.kind}
        onChange={(v) => set('kind', v)}
        error={errors.kind}
        maxLength={100}
      />
      <MultiSelect
        label="Working groups"
        description="The groups whose report it is; their chairs are its editors."
        required
        data={groups.map((g) => ({ value: g.id, label: `${g.code}: ${g.name}` }))}
        value={values.groupIds}
        onChange={(v) => set('groupIds', v)}
        error={errors.workingGroupIds}
        searchable
      />
      <SimpleGrid cols={{ base: 1, sm: narrow ? 1 : 2 }} spacing="md">
        <TextInput
          label="Due date"
          type="date"
          value={values.dueDate}
          onChange={(e) => set('dueDate', e.currentTarget.value)}
          error={errors.dueDate}
        />
        <Select
          label="Target"
          description={narrow ? undefined : 'What the report feeds, if anything.'}
          placeholder="None"
          data={targets.map((t) => ({ value: t.id, label: reportTargetLabel(t) }))}
          value={values.targetId}
          onChange={(v) => set('targetId', v)}
          error={errors.targetId}
          clearable
        />
      </SimpleGrid>
    </>
  );
}
