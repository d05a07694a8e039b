import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { NewReportPageQuery } from '../gql/graphql';
import { NotAllowed } from '../components/errors';
import { Loaded, Page } from '../components/page';
import { MembersOnly } from '../features/use-cases/members-only';
import { useShell } from '../features/viewer/viewer';
import {
  ReportFieldInputs,
  missingReportFields,
  reportInputErrors,
  reportInputOf,
  type ReportFieldValues,
  type ReportInputField,
} from '../features/reports/shared';

const NewReportPageQuery = graphql(`
  query NewReportPage {
    workingGroups {
      id
      code
      name
      viewerMembership {
        id
        role
        status
      }
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

const CreateReportMutation = graphql(`
  mutation CreateReport($input: ReportInput!) {
    createReport(input: $input) {
      id
    }
  }
`);

type Groups = NewReportPageQuery['workingGroups'];
type Targets = NewReportPageQuery['reportTargets'];

/** `/reports/new`: a chair (for the groups they chair) or the office starts a report, then writes it in the editor. */
export default function NewReportRoute() {
  return (
    <MembersOnly signInText="Chairs of a working group and the project office start reports here.">
      <NewReportLoader />
    </MembersOnly>
  );
}

function NewReportLoader() {
  const shell = useShell();
  const [result, refetch] = useQuery({ query: NewReportPageQuery });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const groups = data.workingGroups.filter(
          (g) =>
            shell.isOffice ||
            (g.viewerMembership?.role === 'CHAIR' && g.viewerMembership.status === 'ACTIVE'),
        );
        if (!groups.length) return <NotAllowed />;
        return <NewReport groups={groups} targets={data.reportTargets} />;
      }}
    </Loaded>
  );
}

function NewReport({ groups, targets }: { groups: Groups; targets: Targets }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<ReportFieldValues>({
    title: '',
    kind: '',
    groupIds: groups.length === 1 ? [groups[0].id] : [],
    dueDate: '',
    targetId: null,
  });
  const [errors, setErrors] = useState<Partial<Record<ReportInputField, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(CreateReportMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local = missingReportFields(values);
    setErrors(local);
    if (Object.keys(local).length) return;
    const res = await create({ input: reportInputOf(values) }, { additionalTypenames: ['Report'] });
    if (res.error) {
      const { placed, problem } = reportInputErrors(res.error);
      setErrors(placed);
      setProblem(problem);
      return;
    }
    if (res.data) navigate(webPaths.editReport(res.data.createReport.id));
  };

  return (
    <Page
      title="New report"
      subtitle="Name it and its groups; you write its sections and recommendations next."
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md" maw={720}>
          <ReportFieldInputs
            values={values}
            onChange={setValues}
            errors={errors}
            groups={groups}
            targets={targets}
          />
          {problem && (
            <Alert color="red" role="alert" title="The report was not created">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={state.fetching}>
              Create the report
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
