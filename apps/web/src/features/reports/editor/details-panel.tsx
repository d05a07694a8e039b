import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { fieldErrors, errorMessage } from '../../../components/errors';
import { PeoplePicker } from '../../use-cases/people-picker';
import {
  ReportFieldInputs,
  missingReportFields,
  reportInputErrors,
  reportInputOf,
  type ReportFieldValues,
  type ReportInputField,
} from '../shared';
import type { MarkDirty } from './dirty';
import type { EditableReport } from './report-editor';

const ReportDetailsOptionsQuery = graphql(`
  query ReportDetailsOptions {
    workingGroups {
      id
      code
      name
    }
    reportTargets {
      id
      name
      dueDate
      initiative {
        id
        name
      }
    }
  }
`);

const UpdateReportDetailsMutation = graphql(`
  mutation UpdateReportDetails($id: ID!, $input: ReportInput!) {
    updateReport(id: $id, input: $input) {
      id
      ...EditorReportDetails
    }
  }
`);

const SetReportEditorsMutation = graphql(`
  mutation SetReportEditors($id: ID!, $personIds: [ID!]!) {
    setReportEditors(id: $id, personIds: $personIds) {
      id
      ...EditorReportDetails
    }
  }
`);

/** What the details panel shows of the report, asked for by the editor's page. */
export const EditorReportDetails = graphql(`
  fragment EditorReportDetails on Report {
    title
    kind
    dueDate
    target {
      id
    }
    workingGroups {
      id
      code
      name
    }
    editors {
      id
      displayName
    }
    namedEditors {
      id
      displayName
      affiliation
    }
  }
`);

/**
 * The editor's "Details" panel: the report's title, kind, groups, due date and target
 * (updateReport), and the editors named beyond its groups' chairs (setReportEditors).
 */
export function ReportDetailsPanel({ report, markDirty }: { report: EditableReport; markDirty: MarkDirty }) {
  return (
    <Stack gap="lg">
      <DetailsForm report={report} markDirty={markDirty} />
      <EditorsForm report={report} markDirty={markDirty} />
    </Stack>
  );
}

function DetailsForm({ report, markDirty }: { report: EditableReport; markDirty: MarkDirty }) {
  const [options] = useQuery({ query: ReportDetailsOptionsQuery });
  const initial: ReportFieldValues = {
    title: report.title,
    kind: report.kind,
    groupIds: report.workingGroups.map((g) => g.id),
    dueDate: report.dueDate ?? '',
    targetId: report.target?.id ?? null,
  };
  const [values, setValues] = useState<ReportFieldValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<ReportInputField, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [state, update] = useMutation(UpdateReportDetailsMutation);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => markDirty('details', dirty), [markDirty, dirty]);
  useEffect(() => () => markDirty('details', false), [markDirty]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const local = missingReportFields(values);
    setErrors(local);
    if (Object.keys(local).length) return;
    const res = await update({ id: report.id, input: reportInputOf(values) });
    if (res.error) {
      const { placed, problem } = reportInputErrors(res.error);
      setErrors(placed);
      setProblem(problem);
      return;
    }
    setSaved(true);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="report-details-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-details-title">
          Details
        </Title>
        <ReportFieldInputs
          values={values}
          onChange={setValues}
          errors={errors}
          // The report's own groups stay choices even before the lists arrive.
          groups={options.data?.workingGroups ?? report.workingGroups}
          targets={options.data?.reportTargets ?? []}
          narrow
        />
        {problem && (
          <Alert color="red" role="alert" title="The details were not saved">
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={state.fetching}>
            Save the details
          </Button>
          <Text role="status" size="sm">
            {saved && !dirty ? 'Saved.' : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

function EditorsForm({ report, markDirty }: { report: EditableReport; markDirty: MarkDirty }) {
  const initial = report.namedEditors.map((p) => p.id);
  const [named, setNamed] = useState<string[]>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [state, save] = useMutation(SetReportEditorsMutation);
  const dirty = named.join() !== initial.join();
  useEffect(() => markDirty('editors', dirty), [markDirty, dirty]);
  useEffect(() => () => markDirty('editors', false), [markDirty]);
  const namedIds = new Set(report.namedEditors.map((p) => p.id));
  const chairs = report.editors.filter((p) => !namedIds.has(p.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const res = await save({ id: report.id, personIds: named });
    if (res.error) {
      const fields = Object.values(fieldErrors(res.error));
      setProblem(fields.length ? fields.join(' ') : errorMessage(res.error));
      return;
    }
    setSaved(true);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="report-editors-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-editors-title">
          Editors
        </Title>
        <Text size="sm">
          {chairs.length
            ? `The chairs of its groups edit it: ${chairs.map((p) => p.displayName).join(', ')}.`
            : 'Its groups have no chairs: only the editors named here and the office edit it.'}
        </Text>
        <PeoplePicker
          label="Other editors"
          description="Members who write it with the chairs. Type two letters of a name."
          value={named}
          onChange={setNamed}
          known={report.namedEditors}
          error={problem ?? undefined}
        />
        <Group gap="sm">
          <Button type="submit" variant="default" loading={state.fetching} disabled={!dirty}>
            Save the editors
          </Button>
          <Text role="status" size="sm">
            {saved && !dirty ? 'Saved.' : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
