import { Alert, Button, Group, Radio, Stack, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { DigestFrequency, EmailSettingsFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';

export const EmailSettingsFields = graphql(`
  fragment EmailSettings on NotificationSettings {
    digest
    meetingReminders
    newsletter
  }
`);

const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      ...EmailSettings
    }
  }
`);

const DIGESTS: { value: DigestFrequency; label: string; description: string }[] = [
  {
    value: 'NEVER',
    label: 'Never',
    description: 'No update e-mails. You still see everything on the site.',
  },
  {
    value: 'DAILY',
    label: 'Daily',
    description:
      'One e-mail a day, in your time zone, with what is new in your working groups: meetings, documents, news, surveys and requests waiting for you. No e-mail on a day with nothing new.',
  },
  {
    value: 'WEEKLY',
    label: 'Weekly',
    description: 'The same, once a week, for the whole week.',
  },
];

type EmailValues = EmailSettingsFragment;
const FIELDS = ['digest', 'meetingReminders', 'newsletter'] as const;

/** How much mail the viewer gets: the digest, meeting reminders, the newsletter. */
export function EmailSettingsForm({ settings }: { settings: EmailSettingsFragment }) {
  const [, update] = useMutation(UpdateNotificationSettingsMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EmailValues>({
    defaultValues: {
      digest: settings.digest,
      meetingReminders: settings.meetingReminders,
      newsletter: settings.newsletter,
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const result = await update({
      input: {
        digest: values.digest,
        meetingReminders: values.meetingReminders,
        newsletter: values.newsletter,
      },
    });
    if (result.error) {
      setProblem(applyServerErrors(result.error, setError, FIELDS));
      return;
    }
    const saved = result.data?.updateNotificationSettings;
    if (saved)
      reset({ digest: saved.digest, meetingReminders: saved.meetingReminders, newsletter: saved.newsletter });
    notifications.show({
      color: 'green',
      title: 'E-mail settings saved',
      message: 'Your e-mail settings were saved.',
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <Controller
          control={control}
          name="digest"
          render={({ field }) => (
            <Radio.Group
              label="Update digest"
              description="A summary of what happened in your working groups."
              value={field.value}
              onChange={(v) => field.onChange(v as DigestFrequency)}
              error={errors.digest?.message}
            >
              <Stack gap="sm" mt="xs">
                {DIGESTS.map((d) => (
                  <Radio key={d.value} value={d.value} label={d.label} description={d.description} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <Controller
          control={control}
          name="meetingReminders"
          render={({ field }) => (
            <Switch
              label="Meeting reminders"
              description="An e-mail an hour before each meeting of your working groups and of the community."
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              error={errors.meetingReminders?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="newsletter"
          render={({ field }) => (
            <Switch
              label="Newsletter"
              description="The community's newsletter, sent to your e-mail address."
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              error={errors.newsletter?.message}
            />
          )}
        />
        {problem && (
          <Alert color="red" role="alert" title="The settings were not saved">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
