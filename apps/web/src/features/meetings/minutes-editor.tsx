import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { MinutesSourceFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';
import { MarkdownEditor } from '../../components/markdown-editor';

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

/** The server's limit on minutes. */
const MAX_CHARS = 100_000;

type Values = { minutes: string };

/**
 * The minutes in markdown, with a preview the server renders (as it will render the minutes
 * themselves: the app never turns markdown into HTML). Saving mails them to the group's members.
 */
export function MinutesEditor({ meeting, onDone }: { meeting: MinutesSourceFragment; onDone: () => void }) {
  const noteId = useId();
  const [, record] = useMutation(RecordMinutesMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { minutes: meeting.minutes ?? '' } });
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
        <Controller
          control={control}
          name="minutes"
          rules={{
            validate: (v) => (v.trim() ? true : 'Write the minutes first.'),
            maxLength: { value: MAX_CHARS, message: `At most ${MAX_CHARS} characters.` },
          }}
          render={({ field }) => (
            <MarkdownEditor
              label="Minutes"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
              inputRef={field.ref}
              error={errors.minutes?.message}
              preview="tabs"
              minRows={8}
            />
          )}
        />
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
