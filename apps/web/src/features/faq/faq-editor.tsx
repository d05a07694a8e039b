import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useFieldArray, useForm, type Path } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { z } from 'zod';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { FaqEditorEntryFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';
import { plural } from '../../components/words';
import { MarkdownEditor } from '../../components/markdown-editor';
import { UnsavedChangesDialog, useUnsavedChanges } from '../../components/unsaved-changes';

export const FaqEditorEntryFields = graphql(`
  fragment FaqEditorEntry on FaqEntry {
    id
    question
    answer
    position
  }
`);

const SetFaqMutation = graphql(`
  mutation SetFaq($entries: [FaqEntryInput!]!) {
    setFaq(entries: $entries) {
      id
      question
      answer
      answerHtml
      position
    }
  }
`);

/** The server's limits (FaqEntryInput, setFaq). */
const MAX_QUESTION = 500;
const MAX_ANSWER = 10_000;
const MAX_ENTRIES = 200;

const entrySchema = z.object({
  question: z
    .string()
    .refine((v) => v.trim().length > 0, 'Write the question.')
    .refine((v) => v.trim().length <= MAX_QUESTION, `At most ${MAX_QUESTION} characters.`),
  answer: z
    .string()
    .refine((v) => v.trim().length > 0, 'Write the answer.')
    .refine((v) => v.trim().length <= MAX_ANSWER, `At most ${MAX_ANSWER} characters.`),
});
const schema = z.object({
  entries: z.array(entrySchema).max(MAX_ENTRIES, `At most ${MAX_ENTRIES} questions.`),
});
type Values = z.infer<typeof schema>;

/**
 * `entries.2.question` as the API names a field is also the form's path of its input; the
 * list's own problems (too many) go to the list.
 */
function formPathOf(path: string): Path<Values> | undefined {
  if (/^entries\.\d+\.(question|answer)$/.test(path)) return path as Path<Values>;
  if (path === 'entries') return 'entries.root' as Path<Values>;
  return undefined;
}

/**
 * The office's FAQ editor: every question in one form, added, removed, put in order with move
 * up and down buttons (keyboard focus stays on the moved question's button), each answer in
 * markdown with the server's preview. One Save replaces the whole FAQ (setFaq); leaving with
 * unsaved changes asks first.
 */
export function FaqEditor({ entries }: { entries: FaqEditorEntryFragment[] }) {
  const navigate = useNavigate();
  const [, setFaq] = useMutation(SetFaqMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const {
    control,
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      entries: [...entries]
        .sort((a, b) => a.position - b.position)
        .map((e) => ({ question: e.question, answer: e.answer })),
    },
  });
  const { fields, append, remove, move } = useFieldArray({ control, name: 'entries' });
  const unsaved = useUnsavedChanges(isDirty);
  const drafts = watch('entries');

  useEffect(() => {
    // After a move: focus stays on the moved question's button (its other one at an end).
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const other = wanted.direction === 'up' ? 'down' : 'up';
    const button =
      document.querySelector<HTMLButtonElement>(
        `[data-move="${wanted.id}-${wanted.direction}"]:not(:disabled)`,
      ) ?? document.querySelector<HTMLButtonElement>(`[data-move="${wanted.id}-${other}"]`);
    button?.focus();
  }, [fields]);

  const nameOf = (index: number) => {
    const q = drafts[index]?.question.trim();
    return q ? `“${q}”` : `question ${index + 1}`;
  };

  const moveBy = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= fields.length) return;
    const name = nameOf(index);
    focusAfterMove.current = { id: fields[index].id, direction: by < 0 ? 'up' : 'down' };
    move(index, to);
    setAnnouncement(`${name} moved to position ${to + 1} of ${fields.length}.`);
  };

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const result = await setFaq(
      { entries: values.entries.map((e) => ({ question: e.question.trim(), answer: e.answer.trim() })) },
      { additionalTypenames: ['FaqEntry'] },
    );
    if (result.error) {
      setProblem(applyServerErrors(result.error, setError, [], formPathOf));
      return;
    }
    unsaved.release();
    notifications.show({
      color: 'teal',
      title: 'FAQ saved',
      message: `The FAQ now has ${plural(result.data?.setFaq.length ?? 0, 'question', 'questions')}.`,
    });
    navigate(webPaths.faq());
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Edit the FAQ">
      <UnsavedChangesDialog blocker={unsaved.blocker} what="the FAQ" />
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The questions show on the FAQ page in this order. Use a question&apos;s move up and down buttons to
          change it; nothing changes for readers until you save.
        </Text>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {fields.map((field, index) => {
            const name = nameOf(index);
            const entryErrors = errors.entries?.[index];
            return (
              <li key={field.id}>
                <Fieldset legend={`Question ${index + 1}`} style={{ minWidth: 0 }}>
                  <Stack gap="sm">
                    <Group gap={6} wrap="wrap">
                      <ActionIcon
                        variant="default"
                        size="lg"
                        data-move={`${field.id}-up`}
                        disabled={index === 0}
                        onClick={() => moveBy(index, -1)}
                        aria-label={`Move ${name} up`}
                      >
                        <span aria-hidden>↑</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        size="lg"
                        data-move={`${field.id}-down`}
                        disabled={index === fields.length - 1}
                        onClick={() => moveBy(index, 1)}
                        aria-label={`Move ${name} down`}
                      >
                        <span aria-hidden>↓</span>
                      </ActionIcon>
                      <Button
                        variant="outline"
                        color="red.9"
                        size="compact-sm"
                        ml="auto"
                        onClick={() => {
                          remove(index);
                          setAnnouncement(`${name} removed.`);
                          addButton.current?.focus();
                        }}
                      >
                        Remove<VisuallyHidden> {name}</VisuallyHidden>
                      </Button>
                    </Group>
                    <TextInput
                      label="Question"
                      required
                      maxLength={MAX_QUESTION}
                      error={entryErrors?.question?.message}
                      {...register(`entries.${index}.question`)}
                    />
                    <Controller
                      control={control}
                      name={`entries.${index}.answer`}
                      render={({ field: answer }) => (
                        <MarkdownEditor
                          label="Answer"
                          required
                          preview="tabs"
                          minRows={4}
                          value={answer.value}
                          onChange={answer.onChange}
                          onBlur={answer.onBlur}
                          name={answer.name}
                          inputRef={answer.ref}
                          maxLength={MAX_ANSWER}
                          error={entryErrors?.answer?.message}
                        />
                      )}
                    />
                  </Stack>
                </Fieldset>
              </li>
            );
          })}
        </Stack>
        {!fields.length && (
          <Text c="dimmed" fs="italic">
            No questions: saving leaves the FAQ empty.
          </Text>
        )}
        {errors.entries?.root?.message && (
          <Text c="red.9" size="sm" role="alert">
            {errors.entries.root.message}
          </Text>
        )}
        <Group>
          <Button
            ref={addButton}
            variant="default"
            onClick={() => {
              // useFieldArray puts the focus in the new question's input.
              append({ question: '', answer: '' });
              setAnnouncement(`Question ${fields.length + 1} added.`);
            }}
          >
            Add a question
          </Button>
        </Group>
        {problem && (
          <Alert color="red" role="alert" title="The FAQ was not saved">
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            Save the FAQ
          </Button>
          <Button component={Link} variant="default" to={webPaths.faq()}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
