import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import { applyServerErrors } from '../../components/forms';
import { fieldErrors } from '../../components/errors';
import { MarkdownEditor } from '../../components/markdown-editor';
import { UnsavedChangesDialog, useUnsavedChanges } from '../../components/unsaved-changes';
import { useShell } from '../viewer/viewer';
import { ExpertSuggestions } from './expert-suggestions';
import { PeoplePicker, type PickedPerson } from './people-picker';
import { RequirementsEditor } from './requirements-editor';
import {
  MAX_PART,
  MAX_SUMMARY,
  MAX_TITLE,
  formFieldOf,
  toRequirementInputs,
  toUseCaseInput,
  useCaseFormSchema,
  type UseCaseFormValues,
} from './use-case-form-model';
import { DOMAINS, DOMAIN_WORDS, PARTS } from './use-case-words';

const ProposeUseCaseMutation = graphql(`
  mutation ProposeUseCase($input: UseCaseInput!) {
    proposeUseCase(input: $input) {
      id
      title
    }
  }
`);

const UpdateUseCaseMutation = graphql(`
  mutation UpdateUseCase($id: ID!, $input: UseCaseInput!) {
    updateUseCase(id: $id, input: $input) {
      id
      title
    }
  }
`);

const SetUseCaseRequirementsMutation = graphql(`
  mutation SetUseCaseRequirements($id: ID!, $requirements: [RequirementInput!]!) {
    setUseCaseRequirements(id: $id, requirements: $requirements) {
      id
    }
  }
`);

// The list, the totals and the use case's page read these: have them asked again.
const USE_CASES_CHANGED = { additionalTypenames: ['UseCase', 'RequirementTotal'] };

/**
 * Proposing or editing a use case: title, summary, domains, experts and groups, the eight
 * parts in markdown with the server's preview, and the requirements. Saving is two calls (the
 * use case, then its requirements); when only the second fails, the form stays, now editing the
 * saved use case, with the problems beside their rows.
 */
export function UseCaseForm({
  initial,
  groups,
  knownPeople,
  useCase,
}: {
  initial: UseCaseFormValues;
  groups: readonly { id: string; code: string; name: string }[];
  knownPeople: readonly PickedPerson[];
  /** Editing: the use case's id and title. */
  useCase?: { id: string; title: string };
}) {
  const navigate = useNavigate();
  const [, propose] = useMutation(ProposeUseCaseMutation);
  const [, update] = useMutation(UpdateUseCaseMutation);
  const [, setRequirements] = useMutation(SetUseCaseRequirementsMutation);
  const [savedId, setSavedId] = useState<string | null>(useCase?.id ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  // People added from the suggestions: the picker names them with these.
  const [added, setAdded] = useState<PickedPerson[]>([]);
  const shell = useShell();
  const {
    control,
    register,
    handleSubmit,
    setError,
    setFocus,
    getValues,
    setValue,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<UseCaseFormValues>({
    resolver: zodResolver(useCaseFormSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const unsaved = useUnsavedChanges(isDirty);

  const failed = (error: CombinedError | undefined, fallback: string) => {
    setProblem(
      applyServerErrors<UseCaseFormValues>(
        error,
        setError,
        [],
        (path) => formFieldOf(path) as Path<UseCaseFormValues>,
      ) ?? (error ? null : fallback),
    );
    // The server's first problem may be far down the page: its field takes the focus.
    const first = Object.keys(fieldErrors(error)).map(formFieldOf).find(Boolean);
    if (first) setFocus(first as Path<UseCaseFormValues>);
  };

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const input = toUseCaseInput(values);
    let id = savedId;
    if (id) {
      const result = await update({ id, input }, USE_CASES_CHANGED);
      if (result.error || !result.data) return failed(result.error, 'The use case was not saved. Try again.');
    } else {
      const result = await propose({ input }, USE_CASES_CHANGED);
      if (result.error || !result.data) return failed(result.error, 'The use case was not saved. Try again.');
      id = result.data.proposeUseCase.id;
      setSavedId(id);
    }
    if (values.requirements.length || useCase) {
      const result = await setRequirements(
        { id, requirements: toRequirementInputs(values) },
        USE_CASES_CHANGED,
      );
      if (result.error || !result.data)
        return failed(result.error, 'The use case was saved, its requirements were not. Try again.');
    }
    unsaved.release();
    notifications.show({
      color: 'teal',
      title: useCase ? 'Use case saved' : 'Use case proposed',
      message: useCase ? 'Your changes were saved.' : `“${input.title}” is in the compendium.`,
    });
    navigate(webPaths.useCase(id));
  });

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={useCase ? 'Edit the use case' : 'Propose a use case'}
    >
      <UnsavedChangesDialog blocker={unsaved.blocker} what={useCase ? 'this use case' : 'the use case'} />
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="use-case-form-about">
          <Title order={2} size="h3" id="use-case-form-about" mb="sm">
            About the use case
          </Title>
          <Stack gap="md">
            <TextInput
              label="Title"
              required
              maxLength={MAX_TITLE}
              error={errors.title?.message}
              {...register('title')}
            />
            <Textarea
              label="Summary"
              description="A few sentences for the list of use cases."
              autosize
              minRows={3}
              maxLength={MAX_SUMMARY}
              error={errors.summary?.message}
              {...register('summary')}
            />
            <Controller
              control={control}
              name="domains"
              render={({ field }) => (
                <MultiSelect
                  ref={field.ref}
                  label="Domains"
                  aria-label="Domains"
                  placeholder={field.value.length ? undefined : 'Choose the scientific domains'}
                  data={DOMAINS.map((d) => ({ value: d, label: DOMAIN_WORDS[d] }))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  searchable
                  clearable
                  error={errors.domains?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="expertIds"
              render={({ field }) => (
                <Stack gap="xs">
                  <PeoplePicker
                    inputRef={field.ref}
                    label="Experts"
                    description="Experts may edit the use case too."
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    known={[...knownPeople, ...added]}
                    error={errors.expertIds?.message}
                  />
                  {useCase && shell.isOffice && (
                    <ExpertSuggestions
                      useCaseId={useCase.id}
                      chosen={field.value}
                      onAdd={(person) => {
                        setAdded((list) => [...list, person]);
                        field.onChange([...field.value, person.id]);
                      }}
                    />
                  )}
                </Stack>
              )}
            />
            <Controller
              control={control}
              name="workingGroupIds"
              render={({ field }) => (
                <MultiSelect
                  ref={field.ref}
                  label="Working groups"
                  aria-label="Working groups"
                  placeholder={field.value.length ? undefined : 'Choose the groups that follow it'}
                  data={groups.map((g) => ({ value: g.id, label: `${g.code} ${g.name}` }))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  searchable
                  clearable
                  error={errors.workingGroupIds?.message}
                />
              )}
            />
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="use-case-form-parts">
          <Title order={2} size="h3" id="use-case-form-parts">
            The template&apos;s eight parts
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Write what you know; a part may stay empty until the use case is complete.
          </Text>
          <Stack gap="md">
            {PARTS.map((part) => (
              // Each part framed, so its Write and Preview tabs read as its own.
              <Paper key={part.key} withBorder p="sm">
                <Controller
                  control={control}
                  name={`parts.${part.key}`}
                  render={({ field }) => (
                    <MarkdownEditor
                      label={part.title}
                      description={part.guidance}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      name={field.name}
                      inputRef={field.ref}
                      error={errors.parts?.[part.key]?.message}
                      maxLength={MAX_PART}
                      preview="tabs"
                      minRows={4}
                    />
                  )}
                />
              </Paper>
            ))}
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="use-case-form-requirements">
          <Title order={2} size="h3" id="use-case-form-requirements">
            Requirements
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Amounts by year. Totals across use cases add storage in PB and transport in Gbit/s; core-hours and
            GPU-hours are summed apart.
          </Text>
          <RequirementsEditor
            control={control}
            register={register}
            errors={errors}
            getValues={getValues}
            setValue={setValue}
          />
        </Card>
      </Stack>
      {problem && (
        <Alert color="red" role="alert" title="The use case was not saved" mt="md">
          {problem}
        </Alert>
      )}
      <Group mt="md" gap="sm">
        <Button type="submit" loading={isSubmitting}>
          {useCase ? 'Save changes' : 'Propose'}
        </Button>
        <Button
          component={Link}
          variant="default"
          to={useCase ? webPaths.useCase(useCase.id) : webPaths.useCases()}
        >
          Cancel
        </Button>
      </Group>
    </form>
  );
}
