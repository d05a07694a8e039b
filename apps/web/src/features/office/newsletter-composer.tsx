import { Alert, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useClient, useMutation, type CombinedError } from 'urql';
import { z } from 'zod';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { NewsletterInput } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../components/errors';
import { MarkdownEditor } from '../../components/markdown-editor';
import { formatInZone } from '../../components/time';
import { UnsavedChangesDialog, useUnsavedChanges } from '../../components/unsaved-changes';
import { fromZonedInput, toZonedInput } from '../calendar/zoned-time';
import { useShell } from '../viewer/viewer';
import { MailPreview } from './mail-preview';
import { useNewsletterPreview } from './newsletter-preview';

const DraftNewsletterMutation = graphql(`
  mutation DraftNewsletter($input: NewsletterInput!) {
    draftNewsletter(input: $input) {
      id
      subject
      body
      status
    }
  }
`);

const UpdateNewsletterMutation = graphql(`
  mutation UpdateNewsletter($id: ID!, $input: NewsletterInput!) {
    updateNewsletter(id: $id, input: $input) {
      id
      subject
      body
      status
    }
  }
`);

const SendTestNewsletterMutation = graphql(`
  mutation SendTestNewsletter($id: ID!, $to: EmailAddress!) {
    sendTestNewsletter(id: $id, to: $to)
  }
`);

const SendNewsletterMutation = graphql(`
  mutation SendNewsletter($id: ID!, $at: DateTime) {
    sendNewsletter(id: $id, at: $at) {
      id
      status
      scheduledFor
    }
  }
`);

const NewsletterRecipientCountQuery = graphql(`
  query NewsletterRecipientCount {
    newsletterSubscribers {
      confirmed
    }
  }
`);

/** The server's limits (NewsletterInput). */
const MAX_SUBJECT = 300;
const MAX_BODY = 200_000;

const composerSchema = z.object({
  subject: z
    .string()
    .refine((v) => v.trim().length > 0, 'Enter a subject.')
    .refine((v) => v.trim().length <= MAX_SUBJECT, `At most ${MAX_SUBJECT} characters.`),
  body: z.string().refine((v) => v.length <= MAX_BODY, `At most ${MAX_BODY} characters.`),
});
type ComposerValues = z.infer<typeof composerSchema>;

// The issue list and the issue's page show what changed.
const ISSUES_CHANGED = { additionalTypenames: ['NewsletterIssue', 'NewsletterIssueConnection'] };

export type ComposedIssue = {
  id: string;
  subject: string;
  body: string;
  status: 'DRAFT' | 'SCHEDULED' | 'SENDING' | 'SENT';
  scheduledFor?: string | null;
};

/**
 * Writing an issue: subject and markdown, the real e-mail's preview (newsletterPreview), a test
 * copy to the viewer, scheduling, or sending now after a confirmation naming how many confirmed
 * subscribers get it. Every action first saves what is written, so what goes out is what is shown.
 */
export function NewsletterComposer({
  issue,
  viewerEmail,
  onChanged,
}: {
  /** Editing a saved issue (DRAFT or SCHEDULED); none: a new one. */
  issue?: ComposedIssue;
  viewerEmail: string | null;
  /** After the issue changed on the server (its page asks again). */
  onChanged?: () => void;
}) {
  const navigate = useNavigate();
  const client = useClient();
  const { zone } = useShell();
  const [, draft] = useMutation(DraftNewsletterMutation);
  const [, update] = useMutation(UpdateNewsletterMutation);
  const [, sendTest] = useMutation(SendTestNewsletterMutation);
  const [, send] = useMutation(SendNewsletterMutation);
  const preview = useNewsletterPreview();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [at, setAt] = useState(issue?.scheduledFor ? toZonedInput(issue.scheduledFor, zone) : '');
  const [atError, setAtError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ confirmed: number | null } | null>(null);
  const {
    control,
    register,
    trigger,
    getValues,
    reset,
    setError,
    formState: { errors, isDirty },
  } = useForm<ComposerValues>({
    resolver: zodResolver(composerSchema),
    defaultValues: { subject: issue?.subject ?? '', body: issue?.body ?? '' },
    mode: 'onTouched',
  });
  const unsaved = useUnsavedChanges(isDirty);

  const input = (): NewsletterInput => {
    const v = getValues();
    return { subject: v.subject.trim(), body: v.body };
  };

  /** Server errors beside their inputs; what no input shows goes in the alert. */
  const showErrors = (error: CombinedError | undefined, fallback: string) => {
    const fields = fieldErrors(error);
    const rest: string[] = [];
    for (const [path, message] of Object.entries(fields)) {
      if (path.endsWith('subject')) setError('subject', { type: 'server', message });
      else if (path.endsWith('body')) setError('body', { type: 'server', message });
      else if (path === 'at') setAtError(message);
      else rest.push(path === 'id' ? `The issue: ${message}.` : message);
    }
    setProblem(
      rest.length ? rest.join(' ') : Object.keys(fields).length ? null : (errorMessage(error) ?? fallback),
    );
  };

  /** Saves what is written (a new draft, or the changes); the issue's id, or null on failure. */
  const save = async (): Promise<string | null> => {
    setProblem(null);
    if (!(await trigger())) return null;
    if (issue && !isDirty) return issue.id;
    const values = input();
    const result = issue
      ? await update({ id: issue.id, input: values }, ISSUES_CHANGED)
      : await draft({ input: values }, ISSUES_CHANGED);
    const saved =
      result.data &&
      ('updateNewsletter' in result.data ? result.data.updateNewsletter : result.data.draftNewsletter);
    if (result.error || !saved) {
      showErrors(result.error, 'The issue was not saved. Try again.');
      return null;
    }
    reset({ subject: saved.subject, body: saved.body });
    return saved.id;
  };

  /** Runs an action on the saved issue; a new issue's page opens afterwards. */
  const act = async (name: string, action: (id: string) => Promise<boolean>) => {
    setBusy(name);
    try {
      const id = await save();
      if (!id) return;
      const ok = await action(id);
      if (!issue) {
        unsaved.release();
        navigate(webPaths.officeNewsletterIssue(id));
      } else if (ok) onChanged?.();
    } finally {
      setBusy(null);
    }
  };

  const needsBody = (): boolean => {
    if (getValues('body').trim()) return true;
    setError('body', { type: 'manual', message: 'Write the issue before sending it.' });
    return false;
  };

  const onSaveDraft = () =>
    act('save', async () => {
      notifications.show({ color: 'teal', title: 'Draft saved', message: `“${input().subject}” was saved.` });
      return true;
    });

  const onPreview = async () => {
    setProblem(null);
    if (!(await trigger())) return;
    const error = await preview.run(input());
    if (error) showErrors(error, 'The preview could not be made. Try again.');
  };

  const onTest = () =>
    act('test', async (id) => {
      const result = await sendTest({ id, to: viewerEmail! });
      if (result.error || !result.data?.sendTestNewsletter) {
        showErrors(result.error, 'The test copy was not sent. Try again.');
        return false;
      }
      notifications.show({
        color: 'teal',
        title: 'Test copy on its way',
        message: `A test copy goes to ${viewerEmail} in a moment.`,
      });
      return true;
    });

  const onSchedule = () => {
    setAtError(null);
    const when = at ? fromZonedInput(at, zone) : null;
    if (!when) return setAtError('Choose the date and time to send it.');
    if (new Date(when).getTime() <= Date.now()) return setAtError('Choose a time in the future.');
    if (!needsBody()) return;
    return act('schedule', async (id) => {
      const result = await send({ id, at: when }, ISSUES_CHANGED);
      if (result.error || !result.data) {
        showErrors(result.error, 'The issue was not scheduled. Try again.');
        return false;
      }
      notifications.show({
        color: 'teal',
        title: 'Issue scheduled',
        message: `It goes out on ${formatInZone(when, zone)} (${zone}).`,
      });
      return true;
    });
  };

  const openSendNow = async () => {
    setProblem(null);
    if (!(await trigger()) || !needsBody()) return;
    setConfirming({ confirmed: null });
    const result = await client
      .query(NewsletterRecipientCountQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) {
      setConfirming(null);
      showErrors(result.error, 'The subscribers could not be counted. Try again.');
      return;
    }
    setConfirming({ confirmed: result.data?.newsletterSubscribers.confirmed ?? 0 });
  };

  const onSendNow = () =>
    act('send', async (id) => {
      const result = await send({ id, at: null }, ISSUES_CHANGED);
      setConfirming(null);
      if (result.error || !result.data) {
        showErrors(result.error, 'The issue was not sent. Try again.');
        return false;
      }
      return true;
    });

  const confirmed = confirming?.confirmed;
  const subscribers = `${confirmed} confirmed subscriber${confirmed === 1 ? '' : 's'}`;

  return (
    <Stack gap="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSaveDraft();
        }}
        noValidate
        aria-label={issue ? 'Edit the issue' : 'Write an issue'}
      >
        <UnsavedChangesDialog blocker={unsaved.blocker} what="the issue" />
        <Card withBorder>
          <Stack gap="md">
            <TextInput
              label="Subject"
              required
              maxLength={MAX_SUBJECT}
              error={errors.subject?.message}
              {...register('subject')}
            />
            <Controller
              control={control}
              name="body"
              render={({ field }) => (
                <MarkdownEditor
                  label="Text"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  name={field.name}
                  inputRef={field.ref}
                  error={errors.body?.message}
                  maxLength={MAX_BODY}
                  preview="tabs"
                  minRows={10}
                />
              )}
            />
          </Stack>
        </Card>
        {problem && (
          <Alert color="red" role="alert" title="That did not work" mt="md">
            {problem}
          </Alert>
        )}
        <Group mt="md" gap="sm" wrap="wrap">
          <Button type="submit" loading={busy === 'save'} disabled={Boolean(busy) && busy !== 'save'}>
            Save draft
          </Button>
          <Button variant="default" loading={preview.fetching} onClick={() => void onPreview()}>
            Preview the e-mail
          </Button>
          <Button
            variant="default"
            loading={busy === 'test'}
            disabled={!viewerEmail || (Boolean(busy) && busy !== 'test')}
            onClick={() => void onTest()}
          >
            Send a test to me
          </Button>
        </Group>
        <Text size="sm" c="dimmed" mt="xs">
          {viewerEmail
            ? `The test copy goes to ${viewerEmail}, marked as a test.`
            : 'Your profile has no e-mail address, so no test copy can be sent to you.'}
        </Text>
      </form>

      {preview.error && !Object.keys(fieldErrors(preview.error)).length && (
        <Alert color="red" role="alert" title="The preview could not be made">
          {errorMessage(preview.error)}
        </Alert>
      )}
      {preview.mail && (
        <Card withBorder component="section" aria-labelledby="newsletter-preview">
          <Title order={2} size="h3" id="newsletter-preview" mb="xs">
            Preview
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            As a subscriber gets it; their own unsubscribe link replaces NEWSLETTER_UNSUBSCRIBE_TOKEN.
          </Text>
          <MailPreview mail={preview.mail} label="Newsletter preview" />
        </Card>
      )}

      <Card withBorder component="section" aria-labelledby="newsletter-sending">
        <Stack gap="md">
          <Title order={2} size="h3" id="newsletter-sending">
            Sending
          </Title>
          {issue?.status === 'SCHEDULED' && issue.scheduledFor && (
            <Text>
              Scheduled for {formatInZone(issue.scheduledFor, zone)} ({zone}). Schedule again to change the
              time, or send it now.
            </Text>
          )}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              type="datetime-local"
              label="Send at"
              description={`On the clocks of ${zone}.`}
              value={at}
              error={atError}
              onChange={(e) => {
                setAt(e.currentTarget.value);
                setAtError(null);
              }}
              style={{ flex: '1 1 14rem' }}
            />
            <Button
              variant="default"
              loading={busy === 'schedule'}
              disabled={Boolean(busy) && busy !== 'schedule'}
              onClick={() => void onSchedule()}
            >
              Schedule
            </Button>
          </Group>
          <div>
            <Button color="teal.9" disabled={Boolean(busy)} onClick={() => void openSendNow()}>
              Send now
            </Button>
          </div>
        </Stack>
      </Card>

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title="Send this issue now?"
        centered
      >
        <Stack gap="md">
          <Text role="status">
            {confirmed == null
              ? 'Counting the subscribers…'
              : `“${input().subject}” goes to ${subscribers} now. Once sending starts it cannot be stopped or edited.`}
          </Text>
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>
              Not yet
            </Button>
            <Button
              color="teal.9"
              disabled={confirmed == null}
              loading={busy === 'send'}
              onClick={() => void onSendNow()}
            >
              {confirmed == null ? 'Send' : `Send to ${subscribers}`}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
