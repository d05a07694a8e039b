import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import { errorCode, errorMessage, fieldErrors } from '../../components/errors';
import { UnsavedChangesDialog, useUnsavedChanges } from '../../components/unsaved-changes';
import { plural } from '../../components/words';
import {
  errorsById,
  moved,
  newQuestion,
  newSection,
  slugFromTitle,
  toSurveyInput,
  type EditorQuestion,
  type EditorSection,
  type EditorValues,
} from './editor-model';
import { questionName } from './editor-question';
import { SectionFields, sectionName } from './editor-section';
import { EditorPreview } from './editor-preview';

/** What the editor reads of a survey, and what saving it gives back. */
export const SurveyEditorSourceFields = graphql(`
  fragment SurveyEditorSource on Survey {
    id
    slug
    title
    description
    status
    anonymous
    opensAt
    closesAt
    responseCount
    sections {
      ...SurveyFormSectionFields
      questions {
        resultMeasure
      }
    }
  }
`);

const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($input: SurveyInput!) {
    createSurvey(input: $input) {
      ...SurveyEditorSource
    }
  }
`);

const UpdateSurveyMutation = graphql(`
  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {
    updateSurvey(id: $id, input: $input) {
      ...SurveyEditorSource
    }
  }
`);

// The surveys list and the survey's pages show what was saved: have them asked again.
export const SURVEYS_CHANGED = { additionalTypenames: ['Survey'] };

type Focus = { move: string; direction: 'up' | 'down' } | { id: string };

/**
 * The office's survey editor: the survey's title, slug, description, who may answer and its
 * window, then its sections and questions, with a preview as a respondent in the other tab.
 * `locked` (the survey is open or has answers) says why the definition can no longer change.
 */
export function SurveyEditor({
  initial,
  zone,
  survey,
  locked,
  lifecycle,
  onDirty,
}: {
  initial: EditorValues;
  zone: string;
  /** Editing: the survey's id and saved slug. */
  survey?: { id: string; slug: string };
  locked?: string | null;
  /** The status card of an existing survey, shown above the definition. */
  lifecycle?: ReactNode;
  onDirty?: (dirty: boolean) => void;
}) {
  const navigate = useNavigate();
  const [, create] = useMutation(CreateSurveyMutation);
  const [, update] = useMutation(UpdateSurveyMutation);
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(() => JSON.stringify(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [tab, setTab] = useState<string | null>('edit');
  const [announcement, setAnnouncement] = useState('');
  const focus = useRef<Focus | null>(null);
  const focusInvalid = useRef(false);
  const dirty = JSON.stringify(values) !== saved && !locked;
  const { blocker, release } = useUnsavedChanges(dirty);
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);

  // After a move the focus stays on the item's button (its other one at an end); after an add
  // it goes to the new item's first field.
  useEffect(() => {
    const wanted = focus.current;
    focus.current = null;
    if (wanted && 'move' in wanted) {
      const other = wanted.direction === 'up' ? 'down' : 'up';
      (
        document.querySelector<HTMLButtonElement>(
          `[data-move="${wanted.move}-${wanted.direction}"]:not(:disabled)`,
        ) ?? document.querySelector<HTMLButtonElement>(`[data-move="${wanted.move}-${other}"]`)
      )?.focus();
    } else if (wanted) document.getElementById(wanted.id)?.focus();
  }, [values]);
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    document.querySelector<HTMLElement>('form[data-survey-editor] [aria-invalid="true"]')?.focus();
  }, [errors]);

  const errorOf = (id: string, field: string) => errors[`${id}.${field}`];
  const clear = (keys: string[]) =>
    setErrors((cur) => {
      if (!keys.some((k) => k in cur)) return cur;
      const next = { ...cur };
      for (const k of keys) delete next[k];
      return next;
    });
  const set = (change: Partial<EditorValues>, fields: string[] = []) => {
    setValues((cur) => ({ ...cur, ...change }));
    clear(fields.map((f) => `survey.${f}`));
  };
  const setSections = (change: (sections: EditorSection[]) => EditorSection[]) =>
    setValues((cur) => ({ ...cur, sections: change(cur.sections) }));
  const changeSection = (id: string, change: (s: EditorSection) => EditorSection) =>
    setSections((list) => list.map((s) => (s.id === id ? change(s) : s)));

  const numberOf = (q: EditorQuestion) => values.sections.flatMap((s) => s.questions).indexOf(q) + 1;
  const moveQuestion = (q: EditorQuestion, by: -1 | 1) => {
    const name = questionName(q, numberOf(q));
    focus.current = { move: q.id, direction: by < 0 ? 'up' : 'down' };
    setSections((list) => {
      const si = list.findIndex((s) => s.questions.some((x) => x.id === q.id));
      const qi = list[si].questions.findIndex((x) => x.id === q.id);
      const to = qi + by;
      if (to >= 0 && to < list[si].questions.length)
        return list.map((s, i) => (i === si ? { ...s, questions: moved(s.questions, qi, by) } : s));
      // Past an end of its section: into the neighbouring section, at its near end.
      const other = si + by;
      if (other < 0 || other >= list.length) return list;
      return list.map((s, i) => {
        if (i === si) return { ...s, questions: s.questions.filter((x) => x.id !== q.id) };
        if (i === other) return { ...s, questions: by < 0 ? [...s.questions, q] : [q, ...s.questions] };
        return s;
      });
    });
    setAnnouncement(`${name} moved ${by < 0 ? 'up' : 'down'}.`);
  };

  const showServerError = (error: CombinedError | undefined) => {
    const fields = fieldErrors(error);
    if (Object.keys(fields).length) {
      setErrors(errorsById(fields, values));
      focusInvalid.current = true;
      setProblem(
        `${plural(Object.keys(fields).length, 'field needs', 'fields need')} attention: see the messages beside them.`,
      );
      return;
    }
    const message = errorMessage(error) ?? 'The survey was not saved. Try again.';
    if (errorCode(error) === 'CONFLICT' && /slug/i.test(message)) {
      setErrors({ 'survey.slug': message });
      focusInvalid.current = true;
    }
    setProblem(message);
  };

  const save = async () => {
    setSaving(true);
    setProblem(null);
    setErrors({});
    try {
      const input = toSurveyInput(values, zone);
      const result = survey
        ? await update({ id: survey.id, input }, SURVEYS_CHANGED)
        : await create({ input }, SURVEYS_CHANGED);
      const data =
        result.data && ('updateSurvey' in result.data ? result.data.updateSurvey : result.data.createSurvey);
      if (result.error || !data) {
        showServerError(result.error);
        return;
      }
      setSaved(JSON.stringify(values));
      notifications.show({
        color: 'green',
        title: survey ? 'Survey saved' : 'Survey created',
        message: survey
          ? `Your changes to “${data.title}” were saved.`
          : `“${data.title}” is a draft: only the office sees it.`,
      });
      if (!survey || data.slug !== survey.slug) {
        release();
        navigate(webPaths.editSurvey(data.slug), { replace: Boolean(survey) });
      }
    } finally {
      setSaving(false);
    }
  };

  const questionsBefore = (index: number) =>
    values.sections.slice(0, index).reduce((n, s) => n + s.questions.length, 0);

  return (
    <form
      data-survey-editor
      aria-label={survey ? 'Edit the survey' : 'Build a survey'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // Enter in a preview's answer is the respondent's, not a save.
        if (document.activeElement?.closest('[data-survey-preview]')) return;
        void save();
      }}
    >
      <Stack gap="lg">
        {lifecycle}
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="edit">Questions</Tabs.Tab>
            <Tabs.Tab value="preview">Preview as a respondent</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="edit" pt="md">
            <Stack gap="lg">
              {locked && (
                <Alert color="yellow" title="The questions are locked" role="note">
                  {locked}
                </Alert>
              )}
              <Card withBorder component="section" aria-labelledby="survey-editor-about">
                <Stack gap="sm">
                  <Title order={2} size="h3" id="survey-editor-about">
                    About the survey
                  </Title>
                  <TextInput
                    label="Title"
                    required
                    maxLength={300}
                    value={values.title}
                    disabled={Boolean(locked)}
                    description={locked ? 'Locked: see why above.' : undefined}
                    error={errorOf('survey', 'title')}
                    onChange={(e) => {
                      const title = e.currentTarget.value;
                      set({ title, ...(values.slugEdited ? {} : { slug: slugFromTitle(title) }) }, [
                        'title',
                        ...(values.slugEdited ? [] : ['slug']),
                      ]);
                    }}
                  />
                  <TextInput
                    label="Slug"
                    required
                    description={`The survey's address: ${webPaths.survey(values.slug || '…')}. Follows the title until you change it.`}
                    value={values.slug}
                    disabled={Boolean(locked)}
                    error={errorOf('survey', 'slug')}
                    onChange={(e) => {
                      const slug = e.currentTarget.value;
                      set({ slug, slugEdited: slug !== '' }, ['slug']);
                    }}
                  />
                  <Textarea
                    label="Description"
                    description="What the survey is for, shown above its questions."
                    autosize
                    minRows={2}
                    maxRows={10}
                    value={values.description}
                    disabled={Boolean(locked)}
                    error={errorOf('survey', 'description')}
                    onChange={(e) => set({ description: e.currentTarget.value }, ['description'])}
                  />
                  <Checkbox
                    label="Anonymous: anyone may answer without signing in"
                    description="Otherwise people sign in to answer, and each person answers once."
                    checked={values.anonymous}
                    disabled={Boolean(locked)}
                    onChange={(e) => set({ anonymous: e.currentTarget.checked })}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput
                      type="datetime-local"
                      label="Takes answers from"
                      description={`Optional; on the clocks of ${zone}. Empty: from when it is opened.`}
                      value={values.opensAt}
                      disabled={Boolean(locked)}
                      error={errorOf('survey', 'opensAt')}
                      onChange={(e) => set({ opensAt: e.currentTarget.value }, ['opensAt', 'closesAt'])}
                    />
                    <TextInput
                      type="datetime-local"
                      label="Closes at"
                      description={`Optional; on the clocks of ${zone}. Empty: until it is closed.`}
                      value={values.closesAt}
                      disabled={Boolean(locked)}
                      error={errorOf('survey', 'closesAt')}
                      onChange={(e) => set({ closesAt: e.currentTarget.value }, ['opensAt', 'closesAt'])}
                    />
                  </SimpleGrid>
                </Stack>
              </Card>
              {values.sections.map((s, index) => (
                <SectionFields
                  key={s.id}
                  values={values}
                  section={s}
                  index={index}
                  count={values.sections.length}
                  firstNumber={questionsBefore(index) + 1}
                  errorOf={errorOf}
                  disabled={Boolean(locked)}
                  onChange={(change, fields) => {
                    changeSection(s.id, change);
                    clear(fields);
                  }}
                  onMove={(by) => {
                    focus.current = { move: s.id, direction: by < 0 ? 'up' : 'down' };
                    setSections((list) => moved(list, index, by));
                    setAnnouncement(
                      `${sectionName(s, index)} moved to position ${index + by + 1} of ${values.sections.length}.`,
                    );
                  }}
                  onRemove={() => {
                    focus.current = { id: 'survey-editor-add-section' };
                    setSections((list) => list.filter((x) => x.id !== s.id));
                    setAnnouncement(`${sectionName(s, index)} removed.`);
                  }}
                  onAddQuestion={() => {
                    const q = newQuestion();
                    focus.current = { id: `${q.id}-text` };
                    changeSection(s.id, (cur) => ({ ...cur, questions: [...cur.questions, q] }));
                    clear([`${s.id}.questions`]);
                  }}
                  onQuestion={{
                    change: (q, change, fields) => {
                      changeSection(s.id, (cur) => ({
                        ...cur,
                        questions: cur.questions.map((x) => (x.id === q.id ? change(x) : x)),
                      }));
                      clear(fields);
                    },
                    move: moveQuestion,
                    remove: (q) => {
                      const name = questionName(q, numberOf(q));
                      focus.current = { id: `${s.id}-add-question` };
                      changeSection(s.id, (cur) => ({
                        ...cur,
                        questions: cur.questions.filter((x) => x.id !== q.id),
                      }));
                      setAnnouncement(`${name} removed.`);
                    },
                  }}
                />
              ))}
              {errorOf('survey', 'sections') && (
                <Text size="sm" c="var(--mantine-color-error)" role="alert">
                  {errorOf('survey', 'sections')}
                </Text>
              )}
              <Group>
                <Button
                  id="survey-editor-add-section"
                  variant="default"
                  disabled={Boolean(locked)}
                  onClick={() => {
                    const s = newSection();
                    focus.current = { id: `${s.id}-title` };
                    setSections((list) => [...list, s]);
                    clear(['survey.sections']);
                  }}
                >
                  Add a section
                </Button>
              </Group>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="md" data-survey-preview>
            <EditorPreview values={values} />
          </Tabs.Panel>
        </Tabs>
        {problem && (
          <Alert color="red" role="alert" title="The survey was not saved">
            {problem}
          </Alert>
        )}
        {!locked && (
          <Group>
            <Button type="submit" loading={saving}>
              {survey ? 'Save changes' : 'Create the draft'}
            </Button>
            <Button component={Link} variant="default" to={webPaths.surveys()}>
              Cancel
            </Button>
            {survey && !dirty && (
              <Text size="sm" c="dimmed" role="status">
                All changes saved.
              </Text>
            )}
          </Group>
        )}
      </Stack>
      <UnsavedChangesDialog blocker={blocker} what="the survey" />
    </form>
  );
}
