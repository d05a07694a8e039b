import { Alert, Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../components/errors';

const CreateTargetMutation = graphql(`
  mutation CreateReportTarget($input: ReportTargetInput!) {
    createReportTarget(input: $input) {
      id
    }
  }
`);

/** The office adds a report target, of the initiative when one is given. */
export function NewTargetForm({ initiativeId }: { initiativeId: string | null }) {
  const [name, setName] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [state, create] = useMutation(CreateTargetMutation);
  // The Date and URL scalars refuse a value before the server's checks can name its field.
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(state.error), ...local };
  const other = state.error && !Object.keys(errors).length ? errorMessage(state.error) : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) problems['input.dueDate'] = 'must be a date';
    if (url.trim() && !isLink(url.trim())) problems['input.url'] = 'must be an http(s) link';
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const res = await create(
      {
        input: {
          name,
          dueDate,
          url: url.trim() || null,
          description: description.trim() || null,
          initiativeId,
        },
      },
      { additionalTypenames: ['ReportTarget', 'Initiative'] },
    );
    if (res.data) {
      setName('');
      setDueDate('');
      setUrl('');
      setDescription('');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Add a report target">
      <Stack gap="xs" maw={640}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Target name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors['input.name']}
          />
          <TextInput
            type="date"
            label="Due date"
            required
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={errors['input.dueDate']}
          />
        </SimpleGrid>
        <TextInput
          type="url"
          label="Link"
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={errors['input.url']}
        />
        <Textarea
          label="What the target asks for"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors['input.description']}
        />
        {other && (
          <Alert color="red" role="alert">
            {other}
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="light" loading={state.fetching}>
            Add the target
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function isLink(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}
