import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../components/errors';
import { MarkdownEditor } from '../../../components/markdown-editor';
import { REPORT_CHANGED } from './report-changed';
import { useDirtyMark, type MarkDirty } from './dirty';

const AddReportSectionMutation = graphql(`
  mutation AddReportSection($reportId: ID!, $input: ReportSectionInput!, $position: Int) {
    addReportSection(reportId: $reportId, input: $input, position: $position) {
      id
      number
      title
    }
  }
`);

/** A new section at the end of the report: its title, and its text if there is some yet. */
export function NewSection({
  reportId,
  count,
  markDirty,
}: {
  reportId: string;
  count: number;
  markDirty: MarkDirty;
}) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ title?: string; body?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [added, add] = useMutation(AddReportSectionMutation);
  useDirtyMark(markDirty, 'new-section', open && !!(title.trim() || body.trim()));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!title.trim()) {
      setErrors({ title: 'Give the section a title.' });
      return;
    }
    const res = await add(
      { reportId, input: { title: title.trim(), body }, position: count + 1 },
      REPORT_CHANGED,
    );
    const s = res.data?.addReportSection;
    if (s) {
      setTitle('');
      setBody('');
      setErrors({});
      setOpen(false);
      notifications.show({
        color: 'teal',
        title: 'Section added',
        message: `Section ${s.number} “${s.title}” is added.`,
      });
      return;
    }
    const out: { title?: string; body?: string } = {};
    for (const [path, message] of Object.entries(fieldErrors(res.error))) {
      const last = path.split('.').pop();
      if (last === 'title' || last === 'body') out[last] = message;
    }
    setErrors(out);
    if (!Object.keys(out).length) setProblem(errorMessage(res.error));
  };

  if (!open)
    return (
      <Group>
        <Button variant="light" onClick={() => setOpen(true)}>
          Add a section
        </Button>
      </Group>
    );
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="New section">
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            New section {count + 1}
          </Title>
          <TextInput
            label="Title"
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <MarkdownEditor
            label="Text"
            value={body}
            onChange={setBody}
            error={errors.body}
            preview="tabs"
            minRows={6}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={added.fetching}>
              Add the section
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
