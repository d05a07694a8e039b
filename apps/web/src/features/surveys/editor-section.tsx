import {
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { ConditionPicker } from './editor-condition';
import { keyFromText, type EditorQuestion, type EditorSection, type EditorValues } from './editor-model';
import { MoveButtons, QuestionFields, type ErrorsOf } from './editor-question';

export function sectionName(s: EditorSection, index: number): string {
  return s.title.trim() ? `section “${s.title.trim()}”` : `section ${index + 1}`;
}

/** One section: its title, key, description and condition, and its questions in order. */
export function SectionFields({
  values,
  section: s,
  index,
  count,
  firstNumber,
  onChange,
  onMove,
  onRemove,
  onAddQuestion,
  onQuestion,
  errorOf,
  disabled,
}: {
  values: EditorValues;
  section: EditorSection;
  index: number;
  count: number;
  /** The survey-wide number of its first question. */
  firstNumber: number;
  onChange: (change: (s: EditorSection) => EditorSection, fields: string[]) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onAddQuestion: () => void;
  onQuestion: {
    change: (q: EditorQuestion, change: (q: EditorQuestion) => EditorQuestion, fields: string[]) => void;
    move: (q: EditorQuestion, by: -1 | 1) => void;
    remove: (q: EditorQuestion) => void;
  };
  errorOf: ErrorsOf;
  disabled?: boolean;
}) {
  const name = sectionName(s, index);
  const headingId = `${s.id}-heading`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            Section {index + 1}
            {s.title.trim() ? `: ${s.title.trim()}` : ''}
          </Title>
          <Group gap={6} wrap="wrap">
            <MoveButtons
              id={s.id}
              name={name}
              first={index === 0}
              last={index === count - 1}
              onMove={onMove}
              disabled={disabled}
            />
            <Button
              variant="outline"
              color="red.9"
              size="compact-sm"
              onClick={onRemove}
              disabled={disabled || count === 1}
            >
              Remove<VisuallyHidden> {name}</VisuallyHidden>
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            id={`${s.id}-title`}
            label="Section title"
            required
            value={s.title}
            disabled={disabled}
            error={errorOf(s.id, 'title')}
            onChange={(e) => {
              const title = e.currentTarget.value;
              onChange(
                (cur) => ({ ...cur, title, key: cur.keyEdited ? cur.key : keyFromText(title) }),
                [`${s.id}.title`, ...(s.keyEdited ? [] : [`${s.id}.key`])],
              );
            }}
          />
          <TextInput
            label="Section key"
            description="Follows the title until you change it."
            required
            value={s.key}
            disabled={disabled}
            error={errorOf(s.id, 'key')}
            onChange={(e) => {
              const key = e.currentTarget.value;
              onChange((cur) => ({ ...cur, key, keyEdited: key !== '' }), [`${s.id}.key`]);
            }}
          />
        </SimpleGrid>
        <Textarea
          label="Section description"
          autosize
          minRows={1}
          maxRows={6}
          value={s.description}
          disabled={disabled}
          error={errorOf(s.id, 'description')}
          onChange={(e) => {
            const description = e.currentTarget.value;
            onChange((cur) => ({ ...cur, description }), [`${s.id}.description`]);
          }}
        />
        <ConditionPicker
          values={values}
          value={s.showIf}
          sectionId={s.id}
          what="this section"
          error={errorOf(s.id, 'showIf')}
          disabled={disabled}
          onChange={(showIf) => onChange((cur) => ({ ...cur, showIf }), [`${s.id}.showIf`])}
        />
        <Stack
          gap="sm"
          component="ol"
          style={{ padding: 0, margin: 0, listStyle: 'none' }}
          aria-label={`Questions of ${name}`}
        >
          {s.questions.map((q, qi) => (
            <li key={q.id}>
              <QuestionFields
                values={values}
                sectionId={s.id}
                question={q}
                number={firstNumber + qi}
                // A question moves on into the next or previous section at an end of its own.
                first={index === 0 && qi === 0}
                last={index === count - 1 && qi === s.questions.length - 1}
                onChange={(change, fields) => onQuestion.change(q, change, fields)}
                onMove={(by) => onQuestion.move(q, by)}
                onRemove={() => onQuestion.remove(q)}
                errorOf={errorOf}
                disabled={disabled}
              />
            </li>
          ))}
        </Stack>
        {errorOf(s.id, 'questions') && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {errorOf(s.id, 'questions')}
          </Text>
        )}
        <Group>
          <Button variant="default" onClick={onAddQuestion} disabled={disabled} id={`${s.id}-add-question`}>
            Add a question<VisuallyHidden> to {name}</VisuallyHidden>
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
