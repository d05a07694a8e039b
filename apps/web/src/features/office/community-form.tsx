import {
  Alert,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import type { CombinedError } from 'urql';
import { applyServerErrors } from '../../components/forms';
import { UnsavedChangesDialog, useUnsavedChanges } from '../../components/unsaved-changes';
import type { CommunityInput } from '../../gql/graphql';

export type CommunityFields = {
  name: string;
  shortName: string | null;
  mission: string;
  description: string | null;
  phases: { name: string; startsOn: string; endsOn: string; description: string | null }[];
};

type Values = {
  name: string;
  shortName: string;
  mission: string;
  description: string;
  phases: { name: string; startsOn: string; endsOn: string; description: string }[];
};

const FIELDS: Path<Values>[] = ['name', 'shortName', 'mission', 'description'];

function valuesOf(c: CommunityFields): Values {
  return {
    name: c.name,
    shortName: c.shortName ?? '',
    mission: c.mission,
    description: c.description ?? '',
    phases: c.phases.map((p) => ({ ...p, description: p.description ?? '' })),
  };
}

/** `input.phases.1.endsOn` → `phases.1.endsOn`; `input.name` → `name`. */
function fieldOf(path: string): Path<Values> | undefined {
  const rest = path.replace(/^input\./, '');
  if (/^phases\.\d+\.(name|startsOn|endsOn|description)$/.test(rest)) return rest as Path<Values>;
  return FIELDS.includes(rest as Path<Values>) ? (rest as Path<Values>) : undefined;
}

/**
 * The community's own fields (updateCommunity): its name and the short form the header shows,
 * its mission and description as the public home page has them, and its phases. Dates are the
 * community's calendar days. Messages from the server go beside the inputs they name.
 */
export function CommunityForm({
  initial,
  error,
  busy,
  onSubmit,
}: {
  initial: CommunityFields;
  error: CombinedError | undefined;
  busy: boolean;
  onSubmit: (input: CommunityInput) => Promise<boolean>;
}) {
  const form = useForm<Values>({ defaultValues: valuesOf(initial) });
  const { register, handleSubmit, setError, reset, control, formState } = form;
  const phases = useFieldArray({ control, name: 'phases' });
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const unsaved = useUnsavedChanges(formState.isDirty);

  useEffect(() => setGeneral(applyServerErrors(error, setError, FIELDS, fieldOf)), [error, setError]);

  const submit = handleSubmit(async (v) => {
    setSaved(false);
    const ok = await onSubmit({
      name: v.name.trim(),
      shortName: v.shortName.trim() || null,
      mission: v.mission.trim(),
      description: v.description.trim() || null,
      phases: v.phases.map((p) => ({
        name: p.name.trim(),
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        description: p.description.trim() || null,
      })),
    });
    if (ok) {
      reset(v);
      setSaved(true);
    }
  });
  const errors = formState.errors;

  return (
    <form onSubmit={submit} noValidate aria-label="The community">
      <Stack gap="md" maw={760}>
        <TextInput
          label="Name"
          required
          error={errors.name?.message}
          {...register('name', { validate: (v) => !!v.trim() || 'The name is required.' })}
        />
        <TextInput
          label="Short name"
          description="Shown where the name does not fit, such as the header on every page. Leave empty to use the name."
          maxLength={40}
          error={errors.shortName?.message}
          {...register('shortName')}
        />
        <Textarea
          label="Mission"
          description="One or two sentences: the first thing the public home page says."
          required
          autosize
          minRows={2}
          error={errors.mission?.message}
          {...register('mission', { validate: (v) => !!v.trim() || 'The mission is required.' })}
        />
        <Textarea
          label="Description"
          autosize
          minRows={3}
          error={errors.description?.message}
          {...register('description')}
        />

        <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Title order={3} size="h4" component="legend">
            Phases
          </Title>
          {phases.fields.length === 0 && (
            <Text c="dimmed" size="sm">
              No phases: the home page shows none.
            </Text>
          )}
          {phases.fields.map((field, i) => (
            <Card key={field.id} withBorder padding="sm" role="group" aria-label={`Phase ${i + 1}`}>
              <Stack gap="xs">
                <TextInput
                  label={`Name of phase ${i + 1}`}
                  required
                  error={errors.phases?.[i]?.name?.message}
                  {...register(`phases.${i}.name`, {
                    validate: (v) => !!v.trim() || 'A phase needs a name.',
                  })}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    type="date"
                    label={`Start of phase ${i + 1}`}
                    required
                    error={errors.phases?.[i]?.startsOn?.message}
                    {...register(`phases.${i}.startsOn`, { required: 'A phase needs a start.' })}
                  />
                  <TextInput
                    type="date"
                    label={`End of phase ${i + 1}`}
                    required
                    error={errors.phases?.[i]?.endsOn?.message}
                    {...register(`phases.${i}.endsOn`, {
                      required: 'A phase needs an end.',
                      validate: (v, all) =>
                        !all.phases[i]?.startsOn ||
                        v >= all.phases[i].startsOn ||
                        'The end is before the start.',
                    })}
                  />
                </SimpleGrid>
                <Textarea
                  label={`Description of phase ${i + 1}`}
                  autosize
                  minRows={1}
                  error={errors.phases?.[i]?.description?.message}
                  {...register(`phases.${i}.description`)}
                />
                <Group>
                  <Button variant="outline" color="red.9" size="compact-sm" onClick={() => phases.remove(i)}>
                    Remove phase {i + 1}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() => phases.append({ name: '', startsOn: '', endsOn: '', description: '' })}
            >
              Add a phase
            </Button>
          </Group>
        </Stack>

        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            Save the community
          </Button>
          <Text role="status" size="sm">
            {saved && !formState.isDirty ? 'Saved.' : ''}
          </Text>
        </Group>
      </Stack>
      <UnsavedChangesDialog blocker={unsaved.blocker} what="the community" />
    </form>
  );
}
