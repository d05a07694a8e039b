import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { PlatformRole, ProfileEditableFragment, ProfileInput } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';
import { browserZone } from '../viewer/viewer';
import { countryOptions, timeZoneOptions } from './places';

export const ProfileEditableFields = graphql(`
  fragment ProfileEditable on Person {
    id
    displayName
    affiliation
    country
    orcid
    bio
    timeZone
    email
    role
  }
`);

const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) {
      ...ProfileEditable
    }
  }
`);

type ProfileValues = {
  displayName: string;
  affiliation: string;
  country: string | null;
  orcid: string;
  bio: string;
  timeZone: string | null;
};
const FIELDS = ['displayName', 'affiliation', 'country', 'orcid', 'bio', 'timeZone'] as const;

const ROLE_WORDS: Record<PlatformRole, string> = {
  GUEST: 'Guest: waiting for the project office to admit you to the community',
  MEMBER: 'Member of the community',
  OFFICE: 'Project office',
};

function valuesOf(p: ProfileEditableFragment): ProfileValues {
  return {
    displayName: p.displayName,
    affiliation: p.affiliation ?? '',
    country: p.country ?? null,
    orcid: p.orcid ?? '',
    bio: p.bio ?? '',
    timeZone: p.timeZone ?? null,
  };
}

/** The viewer's profile: what others see of them, and the zone their times are shown in. */
export function ProfileForm({ person }: { person: ProfileEditableFragment }) {
  const [, update] = useMutation(UpdateProfileMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    setValue,
    watch,
    formState: { errors, dirtyFields, isSubmitting },
  } = useForm<ProfileValues>({ defaultValues: valuesOf(person) });
  const zone = watch('timeZone');
  const browser = useMemo(browserZone, []);
  const zones = useMemo(() => timeZoneOptions(person.timeZone), [person.timeZone]);
  const countries = useMemo(() => countryOptions(person.country), [person.country]);

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const input: ProfileInput = {};
    for (const field of FIELDS) {
      if (!dirtyFields[field]) continue;
      const raw = values[field];
      const text = typeof raw === 'string' ? raw.trim() : raw;
      // An emptied optional field is cleared (null), not sent as an empty string.
      (input as Record<string, unknown>)[field] = field === 'displayName' ? text : text || null;
    }
    if (!Object.keys(input).length) {
      notifications.show({ message: 'Nothing to save: no field was changed.' });
      return;
    }
    const result = await update({ input });
    if (result.error) {
      setProblem(applyServerErrors(result.error, setError, FIELDS));
      return;
    }
    if (result.data) reset(valuesOf(result.data.updateProfile));
    notifications.show({ color: 'green', title: 'Profile saved', message: 'Your profile was saved.' });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <div>
              <Text size="sm" fw={600}>
                E-mail address
              </Text>
              <Text style={{ overflowWrap: 'anywhere' }}>{person.email ?? 'Not known'}</Text>
              <Text size="sm" c="dimmed">
                From your sign-in; the platform&apos;s e-mails go here.
              </Text>
            </div>
            <div>
              <Text size="sm" fw={600}>
                Role
              </Text>
              <Text>{ROLE_WORDS[person.role]}</Text>
            </div>
          </SimpleGrid>
        </Paper>
        <TextInput
          label="Display name"
          description="How other members see you."
          required
          maxLength={200}
          error={errors.displayName?.message}
          {...register('displayName', {
            validate: (v) => (v.trim() ? true : 'Enter the name others should see.'),
            maxLength: { value: 200, message: 'At most 200 characters.' },
          })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Affiliation"
            description="Your institution or organisation."
            error={errors.affiliation?.message}
            {...register('affiliation', { maxLength: { value: 200, message: 'At most 200 characters.' } })}
          />
          <Controller
            control={control}
            name="country"
            render={({ field }) => (
              <Select
                label="Country"
                description="Where you work."
                data={countries}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': 'Clear the country' }}
                nothingFoundMessage="No country by that name"
                value={field.value}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                error={errors.country?.message}
              />
            )}
          />
        </SimpleGrid>
        <TextInput
          label="ORCID iD"
          description="Sixteen digits in four groups, e.g. 0000-0002-1825-0097."
          placeholder="0000-0002-1825-0097"
          error={errors.orcid?.message}
          {...register('orcid', {
            pattern: {
              value: /^\s*\d{4}-\d{4}-\d{4}-\d{3}[\dX]\s*$/,
              message: 'Must be an ORCID iD such as 0000-0002-1825-0097.',
            },
          })}
        />
        <Textarea
          label="Bio"
          description="A few lines on your work and interests, shown on your profile."
          autosize
          minRows={3}
          maxRows={12}
          error={errors.bio?.message}
          {...register('bio', { maxLength: { value: 5000, message: 'At most 5000 characters.' } })}
        />
        <Stack gap={6}>
          <Controller
            control={control}
            name="timeZone"
            render={({ field }) => (
              <Select
                label="Time zone"
                description="Times on the site and in your e-mails are shown in this zone; without one, e-mails use UTC."
                data={zones}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': 'Clear the time zone' }}
                nothingFoundMessage="No zone by that name"
                limit={100}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                error={errors.timeZone?.message}
              />
            )}
          />
          {zone !== browser && (
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => setValue('timeZone', browser, { shouldDirty: true, shouldValidate: true })}
              >
                Use my browser&apos;s zone ({browser})
              </Button>
            </Group>
          )}
        </Stack>
        {problem && (
          <Alert color="red" role="alert" title="The profile was not saved">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
