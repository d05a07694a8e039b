import { Alert, Button, Card, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { z } from 'zod';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { NewsInput } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';
import type { MeetingFormGroup } from '../meetings/meeting-form';
import { COMMUNITY_WIDE } from '../meetings/meeting-form-model';
import { UnsavedChangesDialog, useUnsavedChanges } from '../../components/unsaved-changes';
import { MarkdownEditor } from '../../components/markdown-editor';

const PublishNewsMutation = graphql(`
  mutation PublishNews($input: NewsInput!) {
    publishNews(input: $input) {
      id
      title
    }
  }
`);

const UpdateNewsMutation = graphql(`
  mutation UpdateNews($id: ID!, $input: NewsInput!) {
    updateNews(id: $id, input: $input) {
      id
      title
      pinned
    }
  }
`);

/** The server's limits (NewsInput). */
const MAX_TITLE = 300;
const MAX_BODY = 100_000;

export const newsFormSchema = z.object({
  title: z
    .string()
    .refine((v) => v.trim().length > 0, 'Enter a title.')
    .refine((v) => v.trim().length <= MAX_TITLE, `At most ${MAX_TITLE} characters.`),
  body: z
    .string()
    .refine((v) => v.trim().length > 0, 'Write the news first.')
    .refine((v) => v.length <= MAX_BODY, `At most ${MAX_BODY} characters.`),
  pinned: z.boolean(),
  /** A working group's id, or COMMUNITY_WIDE. */
  group: z.string().min(1, 'Choose the working group.'),
});
export type NewsFormValues = z.infer<typeof newsFormSchema>;

export function toNewsInput(v: NewsFormValues): NewsInput {
  return {
    title: v.title.trim(),
    body: v.body,
    pinned: v.pinned,
    workingGroupId: v.group === COMMUNITY_WIDE ? null : v.group,
  };
}

const FORM_FIELDS: Record<string, keyof NewsFormValues> = {
  title: 'title',
  body: 'body',
  pinned: 'pinned',
  workingGroupId: 'group',
};

// News shows in lists (the news page, the home page, a group's page): have them asked again.
export const NEWS_CHANGED = { additionalTypenames: ['NewsItem'] };

/**
 * Writing or editing a news item: title, the body in markdown with the server's preview,
 * pinned or not, and whose news it is (a group the writer chairs; the office may also write for
 * the whole community). Saving opens the news item's page.
 */
export function NewsForm({
  initial,
  groups,
  communityWide,
  item,
}: {
  initial: NewsFormValues;
  /** The working groups the writer may publish for. */
  groups: MeetingFormGroup[];
  /** Whether "Community-wide" may be chosen (OFFICE). */
  communityWide: boolean;
  /** Editing: the item's id and title. */
  item?: { id: string; title: string };
}) {
  const navigate = useNavigate();
  const [, publish] = useMutation(PublishNewsMutation);
  const [, update] = useMutation(UpdateNewsMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<NewsFormValues>({
    resolver: zodResolver(newsFormSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const unsaved = useUnsavedChanges(isDirty);

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const input = toNewsInput(values);
    const result = item
      ? await update({ id: item.id, input }, NEWS_CHANGED)
      : await publish({ input }, NEWS_CHANGED);
    const done =
      result.data && ('updateNews' in result.data ? result.data.updateNews : result.data.publishNews);
    if (result.error || !done) {
      setProblem(
        applyServerErrors<NewsFormValues>(
          result.error,
          setError,
          [],
          (path) => FORM_FIELDS[path.split('.').pop()!],
        ) ?? (result.error ? null : 'The news item was not saved. Try again.'),
      );
      return;
    }
    unsaved.release();
    notifications.show({
      color: 'teal',
      title: item ? 'News saved' : 'News published',
      message: item ? `Your changes to “${done.title}” were saved.` : `“${done.title}” is on the news page.`,
    });
    navigate(webPaths.newsItem(done.id));
  });

  const groupOptions = [
    ...(communityWide ? [{ value: COMMUNITY_WIDE, label: 'Community-wide (no working group)' }] : []),
    ...groups.map((g) => ({ value: g.id, label: `${g.code}: ${g.name}` })),
  ];

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={item ? 'Edit the news item' : 'Write news'}
    >
      <UnsavedChangesDialog blocker={unsaved.blocker} what={item ? 'this news item' : 'the news item'} />
      <Card withBorder>
        <Stack gap="md">
          <TextInput
            label="Title"
            required
            maxLength={MAX_TITLE}
            error={errors.title?.message}
            {...register('title')}
          />
          <Controller
            control={control}
            name="group"
            render={({ field }) => (
              <Select
                label="From"
                description={
                  communityWide
                    ? 'A working group, or the whole community.'
                    : 'News of a working group you chair.'
                }
                required
                data={groupOptions}
                allowDeselect={false}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                name={field.name}
                error={errors.group?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="body"
            render={({ field }) => (
              <MarkdownEditor
                label="Text"
                required
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                inputRef={field.ref}
                error={errors.body?.message}
                maxLength={MAX_BODY}
              />
            )}
          />
          <Controller
            control={control}
            name="pinned"
            render={({ field }) => (
              <Switch
                label="Pin to the top"
                description="A pinned item stays at the top of the news list, above newer news, until it is unpinned."
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
                name={field.name}
                error={errors.pinned?.message}
              />
            )}
          />
        </Stack>
      </Card>
      {problem && (
        <Alert color="red" role="alert" title="The news item was not saved" mt="md">
          {problem}
        </Alert>
      )}
      <Group mt="md" gap="sm">
        <Button type="submit" loading={isSubmitting}>
          {item ? 'Save changes' : 'Publish'}
        </Button>
        <Button component={Link} variant="default" to={item ? webPaths.newsItem(item.id) : webPaths.news()}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
