import { Checkbox, Group, Select, Stack, Switch, Text } from '@mantine/core';
import {
  choicesOf,
  conditionProblem,
  earlierChoiceQuestions,
  type EditorCondition,
  type EditorValues,
} from './editor-model';

const PROBLEM_WORDS = {
  MISSING: 'The question it looked at was removed: choose another or turn the condition off.',
  LATER: 'The question it looks at now comes after this: choose an earlier one.',
  NOT_CHOICE: 'The question it looks at is no longer a choice question: choose another.',
  NO_OPTIONS: 'Pick at least one answer that shows it.',
};

/**
 * "Show only when…": a picker of the choice questions before this section or question, in
 * order, and of their options (never typed keys). `what` names the item ("this section").
 */
export function ConditionPicker({
  values,
  value,
  onChange,
  sectionId,
  questionId,
  what,
  error,
  disabled,
}: {
  values: EditorValues;
  value: EditorCondition | null;
  onChange: (c: EditorCondition | null) => void;
  sectionId: string;
  questionId?: string;
  what: string;
  error?: string;
  disabled?: boolean;
}) {
  const earlier = earlierChoiceQuestions(values, sectionId, questionId);
  const target = value ? earlier.find((e) => e.question.id === value.questionId) : undefined;
  const problem = conditionProblem(values, value, sectionId, questionId);
  const none = earlier.length === 0;
  return (
    <Stack gap={6}>
      <Switch
        label={`Show ${what} only for some answers`}
        description={
          none && !value
            ? 'A condition looks at a single or multiple choice question before it; there is none yet.'
            : `While hidden, ${what} is not asked, and its answers are not kept.`
        }
        checked={value !== null}
        disabled={disabled || (none && !value)}
        onChange={(e) =>
          onChange(
            e.currentTarget.checked
              ? { questionId: earlier[earlier.length - 1]?.question.id ?? '', optionIds: [] }
              : null,
          )
        }
      />
      {value && (
        <Stack gap={6} pl={{ base: 0, xs: 'md' }}>
          <Select
            label="When the answer to"
            placeholder="Choose an earlier question"
            data={earlier.map((e) => ({
              value: e.question.id,
              label: `Q${e.number}. ${e.question.text.trim() || e.question.key || '(no text yet)'}`,
            }))}
            value={target ? value.questionId : null}
            allowDeselect={false}
            disabled={disabled}
            onChange={(id) => id && onChange({ questionId: id, optionIds: [] })}
            error={problem && problem !== 'NO_OPTIONS' ? PROBLEM_WORDS[problem] : undefined}
            comboboxProps={{ withinPortal: true }}
          />
          {target && (
            <Checkbox.Group
              label="is any of"
              value={value.optionIds}
              onChange={(optionIds) => onChange({ ...value, optionIds })}
              error={problem === 'NO_OPTIONS' ? PROBLEM_WORDS.NO_OPTIONS : undefined}
            >
              <Group gap="md" mt={4}>
                {choicesOf(target.question).map((c) => (
                  <Checkbox key={c.id} value={c.id} label={c.label} disabled={disabled} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        </Stack>
      )}
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
