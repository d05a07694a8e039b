import { Alert, Button, Group, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MinutesSourceFragment } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../components/errors';
import { applyServerErrors } from '../../components/forms';
import { Empty } from '../../components/page';
import { ServerHtml } from '../../components/server-html';

export const MinutesSourceFields = graphql(`
  fragment MinutesSource on Meeting {
    id
    minutes
    workingGroup {
      id
      code
    }
  }
`);

const RecordMinutesMutation = graphql(`
  mutation RecordMinutes($meetingId: ID!, $minutes: String!) {
    recordMinutes(meetingId: $meetingId, minutes: $minutes) {
      id
      minutes
      minutesHtml
    }
  }
`);

const MarkdownPreviewQuery = graphql(`
  query MarkdownPreview($markdown: String!) {
    markdownPreview(markdown: $markdown)
  }
`);

/** The server's limit on minutes. */
const MAX_CHARS = 100_000;

type Values = { minutes: string };

/**
 * The minutes in markdown, with a preview the server renders (as it will render the minutes
 * themselves: the app never turns markdown into HTML). Saving mails them to the group's members.
 */
export function MinutesEditor({ meeting, onDone }: { meeting: MinutesSourceFragment; onDone: () => void }) {
  const noteId = useId();
  const [tab, setTab] = useState<string | null>('write');
  const [, record] = useMutation(RecordMinutesMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { minutes: meeting.minutes ?? '' } });
  const markdown = watch('minutes');
  const recipients = meeting.workingGroup
    ? `the members of ${meeting.workingGroup.code}`
    : 'the members of the community';

  const onSubmit = handleSubmit(async ({ minutes }) => {
    setProblem(null);
    const result = await record({ meetingId: meeting.id, minutes });
    if (result.error) {
      setProblem(applyServerErrors(result.error, setError, ['minutes']));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Minutes saved',
      message: `The minutes are on the page and on their way to ${recipients}.`,
    });
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="write">Write</Tabs.Tab>
            <Tabs.Tab value="preview">Preview</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <Textarea
              label="Minutes"
              description="Markdown: # headings, - lists, **bold**, [links](https://…)."
              autosize
              minRows={8}
              maxRows={30}
              error={errors.minutes?.message}
              {...register('minutes', {
                validate: (v) => (v.trim() ? true : 'Write the minutes first.'),
                maxLength: { value: MAX_CHARS, message: `At most ${MAX_CHARS} characters.` },
              })}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            {tab === 'preview' && <MinutesPreview markdown={markdown} />}
          </Tabs.Panel>
        </Tabs>
        {problem && (
          <Alert color="red" role="alert" title="The minutes were not saved">
            {problem}
          </Alert>
        )}
        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={isSubmitting} aria-describedby={noteId}>
            Save the minutes
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Text size="sm" id={noteId}>
            Saving mails the minutes to{' '}
            {meeting.workingGroup ? 'the group’s members' : 'the community’s members'}.
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

/** The server's render of the markdown, asked for once the chair stops typing. */
function MinutesPreview({ markdown }: { markdown: string }) {
  const [settledMarkdown] = useDebouncedValue(markdown, 400);
  const empty = !settledMarkdown.trim();
  const [result] = useQuery({
    query: MarkdownPreviewQuery,
    variables: { markdown: settledMarkdown },
    pause: empty,
  });
  if (!markdown.trim()) return <Empty>Nothing to preview yet.</Empty>;
  if (result.error) {
    const fields = fieldErrors(result.error);
    return (
      <Alert color="red" role="alert" title="No preview">
        {fields.markdown ? `The minutes ${fields.markdown}.` : errorMessage(result.error)}
      </Alert>
    );
  }
  const stale = settledMarkdown !== markdown || result.fetching || !result.data;
  return (
    <Stack gap="xs" aria-busy={stale}>
      {stale && (
        <Text size="sm" c="dimmed" role="status">
          Updating the preview…
        </Text>
      )}
      {result.data && <ServerHtml html={result.data.markdownPreview} headingOffset={2} />}
    </Stack>
  );
}
