import {
  Alert,
  Autocomplete,
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { NewReportPageQuery } from '../gql/graphql';
import { NotAllowed, errorMessage, fieldErrors } from '../components/errors';
import { Loaded, Page } from '../components/page';
import { formatInZone } from '../components/time';
import { MembersOnly } from '../features/use-cases/members-only';
import { useShell } from '../features/viewer/viewer';
import { REPORT_KIND_SUGGESTIONS } from '../features/reports/shared';

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
type Field = 'title' | 'kind' | 'workingGroupIds' | 'dueDate' | 'targetId';

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
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('');
  const [groupIds, setGroupIds] = useState<string[]>(groups.length === 1 ? [groups[0].id] : []);
  const [dueDate, setDueDate] = useState('');
  const [targetId, setTargetId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(CreateReportMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: Partial<Record<Field, string>> = {};
    if (!title.trim()) local.title = 'Give the report a title.';
    if (!kind.trim()) local.kind = 'Say what kind of report it is.';
    if (!groupIds.length) local.workingGroupIds = 'Choose at least one working group.';
    setErrors(local);
    if (Object.keys(local).length) return;
    const res = await create(
      {
        input: {
          title: title.trim(),
          kind: kind.trim(),
          workingGroupIds: groupIds,
          dueDate: dueDate || null,
          targetId,
        },
      },
      { additionalTypenames: ['Report'] },
    );
    if (res.error) {
      const fields = fieldErrors(res.error);
      const placed: Partial<Record<Field, string>> = {};
      const others: string[] = [];
      for (const [path, message] of Object.entries(fields)) {
        const name = path
          .split('.')
          .find((p) => ['title', 'kind', 'workingGroupIds', 'dueDate', 'targetId'].includes(p));
        if (name) placed[name as Field] = message;
        else others.push(message);
      }
      setErrors(placed);
      if (others.length) setProblem(others.join(' '));
      else if (!Object.keys(placed).length) setProblem(errorMessage(res.error));
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
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            maxLength={300}
          />
          <Autocomplete
            label="Kind"
            description="Choose one or write your own."
            required
            data={REPORT_KIND_SUGGESTIONS}
            value={kind}
            onChange={setKind}
            error={errors.kind}
            maxLength={100}
          />
          <MultiSelect
            label="Working groups"
            description="The groups whose report it is; their chairs are its editors."
            required
            data={groups.map((g) => ({ value: g.id, label: `${g.code}: ${g.name}` }))}
            value={groupIds}
            onChange={setGroupIds}
            error={errors.workingGroupIds}
            searchable
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Due date"
              type="date"
              value={dueDate}
              onChange={(e) => setDueDate(e.currentTarget.value)}
              error={errors.dueDate}
            />
            <Select
              label="Target"
              description="What the report feeds, if anything."
              placeholder="None"
              data={targets.map((t) => ({
                value: t.id,
                label: `${t.name}${t.initiative ? ` (${t.initiative.name})` : ''}, due ${formatInZone(`${t.dueDate}T12:00:00Z`, 'UTC', 'date')}`,
              }))}
              value={targetId}
              onChange={setTargetId}
              error={errors.targetId}
              clearable
            />
          </SimpleGrid>
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
