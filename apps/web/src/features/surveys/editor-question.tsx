import {
  ActionIcon,
  Button,
  Checkbox,
  CloseButton,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import type { QuestionKind, ResultMeasure } from '../../gql/graphql';
import { ConditionPicker } from './editor-condition';
import {
  KIND_LABEL,
  OTHER_KEY,
  isChoiceKind,
  keyFromText,
  newOption,
  type EditorOption,
  type EditorQuestion,
  type EditorValues,
} from './editor-model';

export type ErrorsOf = (id: string, field: string) => string | undefined;

const KINDS = Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }));

/** How a question is named in buttons and announcements: its text, else its number. */
export function questionName(q: EditorQuestion, number: number): string {
  return q.text.trim() ? `question “${q.text.trim()}”` : `question ${number}`;
}

/** Up and down buttons that keep the focus (data-move finds them again after the move). */
export function MoveButtons({
  id,
  name,
  first,
  last,
  onMove,
  disabled,
}: {
  id: string;
  name: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  disabled?: boolean;
}) {
  return (
    <>
      <ActionIcon
        variant="default"
        size="lg"
        data-move={`${id}-up`}
        disabled={disabled || first}
        onClick={() => onMove(-1)}
        aria-label={`Move ${name} up`}
      >
        <span aria-hidden>↑</span>
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="lg"
        data-move={`${id}-down`}
        disabled={disabled || last}
        onClick={() => onMove(1)}
        aria-label={`Move ${name} down`}
      >
        <span aria-hidden>↓</span>
      </ActionIcon>
    </>
  );
}

/** One question: text, key, kind, required, options with "Other", the scale and its condition. */
export function QuestionFields({
  values,
  sectionId,
  question: q,
  number,
  first,
  last,
  onChange,
  onMove,
  onRemove,
  errorOf,
  disabled,
}: {
  values: EditorValues;
  sectionId: string;
  question: EditorQuestion;
  /** Its number in the whole survey (Q1, Q2…). */
  number: number;
  first: boolean;
  last: boolean;
  onChange: (change: (q: EditorQuestion) => EditorQuestion, fields: string[]) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  errorOf: ErrorsOf;
  disabled?: boolean;
}) {
  const name = questionName(q, number);
  const choice = isChoiceKind(q.kind);
  const setOption = (o: EditorOption, change: Partial<EditorOption>, fields: string[]) =>
    onChange(
      (cur) => ({ ...cur, options: cur.options.map((x) => (x.id === o.id ? { ...x, ...change } : x)) }),
      [...fields.map((f) => `${o.id}.${f}`)],
    );
  return (
    <Fieldset legend={`Q${number}`} style={{ minWidth: 0 }} disabled={disabled}>
      <Stack gap="xs">
        <Group gap={6} wrap="wrap">
          <MoveButtons id={q.id} name={name} first={first} last={last} onMove={onMove} disabled={disabled} />
          <Button
            variant="outline"
            color="red.9"
            size="compact-sm"
            ml="auto"
            onClick={onRemove}
            disabled={disabled}
          >
            Remove<VisuallyHidden> {name}</VisuallyHidden>
          </Button>
        </Group>
        <Textarea
          id={`${q.id}-text`}
          label="Question"
          required
          autosize
          minRows={1}
          maxRows={6}
          value={q.text}
          error={errorOf(q.id, 'text')}
          onChange={(e) => {
            const text = e.currentTarget.value;
            onChange(
              (cur) => ({ ...cur, text, key: cur.keyEdited ? cur.key : keyFromText(text) }),
              [`${q.id}.text`, ...(q.keyEdited ? [] : [`${q.id}.key`])],
            );
          }}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label="Key"
            description="Names its answers in results and exports; follows the question until you change it."
            required
            value={q.key}
            error={errorOf(q.id, 'key')}
            onChange={(e) => {
              const key = e.currentTarget.value;
              onChange((cur) => ({ ...cur, key, keyEdited: key !== '' }), [`${q.id}.key`]);
            }}
          />
          <NativeSelect
            label="Kind"
            data={KINDS}
            value={q.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as QuestionKind;
              onChange(
                (cur) => ({
                  ...cur,
                  kind,
                  options:
                    isChoiceKind(kind) && cur.options.length === 0 ? [newOption(), newOption()] : cur.options,
                }),
                [`${q.id}.kind`, `${q.id}.options`, `${q.id}.scaleMin`, `${q.id}.scaleMax`],
              );
            }}
          />
        </SimpleGrid>
        <Checkbox
          label="Required (only while it is shown)"
          checked={q.required}
          onChange={(e) => {
            const required = e.currentTarget.checked;
            onChange((cur) => ({ ...cur, required }), []);
          }}
        />
        {choice && (
          <Stack gap={6}>
            <Text size="sm" fw={500} id={`${q.id}-options`}>
              Options
            </Text>
            <Stack
              gap={6}
              component="ol"
              aria-labelledby={`${q.id}-options`}
              style={{ padding: 0, margin: 0, listStyle: 'none' }}
            >
              {q.options.map((o, i) => (
                <li key={o.id}>
                  <Group gap="xs" align="flex-start" wrap="nowrap">
                    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" style={{ flex: 1, minWidth: 0 }}>
                      <TextInput
                        label={`Option ${i + 1}`}
                        required
                        value={o.label}
                        error={errorOf(o.id, 'label')}
                        onChange={(e) => {
                          const label = e.currentTarget.value;
                          setOption(o, { label, key: o.keyEdited ? o.key : keyFromText(label) }, [
                            'label',
                            'key',
                          ]);
                        }}
                      />
                      <TextInput
                        label={`Key of option ${i + 1}`}
                        required
                        value={o.key}
                        error={errorOf(o.id, 'key')}
                        onChange={(e) => {
                          const key = e.currentTarget.value;
                          setOption(o, { key, keyEdited: key !== '' }, ['key']);
                        }}
                      />
                    </SimpleGrid>
                    <CloseButton
                      mt={26}
                      aria-label={`Remove option ${i + 1}${o.label.trim() ? ` “${o.label.trim()}”` : ''}`}
                      disabled={disabled}
                      onClick={() =>
                        onChange(
                          (cur) => ({ ...cur, options: cur.options.filter((x) => x.id !== o.id) }),
                          [`${q.id}.options`],
                        )
                      }
                    />
                  </Group>
                </li>
              ))}
            </Stack>
            {errorOf(q.id, 'options') && (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {errorOf(q.id, 'options')}
              </Text>
            )}
            <Group gap="sm" wrap="wrap">
              <Button
                variant="default"
                size="compact-sm"
                disabled={disabled}
                onClick={() =>
                  onChange((cur) => ({ ...cur, options: [...cur.options, newOption()] }), [`${q.id}.options`])
                }
              >
                Add an option<VisuallyHidden> to {name}</VisuallyHidden>
              </Button>
            </Group>
            <NativeSelect
              label="Its results show the percentage"
              description="Ratio: of the respondents shown the question. Share: of all the choices made in it."
              data={[
                { value: 'RATIO', label: 'Ratio: of those shown it' },
                { value: 'SHARE', label: 'Share: of all choices made' },
              ]}
              value={q.resultMeasure}
              error={errorOf(q.id, 'resultMeasure')}
              onChange={(e) => {
                const resultMeasure = e.currentTarget.value as ResultMeasure;
                onChange((cur) => ({ ...cur, resultMeasure }), [`${q.id}.resultMeasure`]);
              }}
            />
            <Checkbox
              label="Offer “Other (please specify)” with a text field"
              description={`Its answers count under the key “${OTHER_KEY}”.`}
              checked={q.allowOther}
              error={errorOf(q.id, 'allowOther')}
              onChange={(e) => {
                const allowOther = e.currentTarget.checked;
                onChange((cur) => ({ ...cur, allowOther }), [`${q.id}.allowOther`]);
              }}
            />
          </Stack>
        )}
        {q.kind === 'SCALE' && (
          <SimpleGrid cols={2} spacing="xs">
            <TextInput
              label="Scale from"
              type="number"
              inputMode="numeric"
              required
              value={q.scaleMin}
              error={errorOf(q.id, 'scaleMin')}
              onChange={(e) => {
                const scaleMin = e.currentTarget.value;
                onChange((cur) => ({ ...cur, scaleMin }), [`${q.id}.scaleMin`]);
              }}
            />
            <TextInput
              label="to"
              type="number"
              inputMode="numeric"
              required
              value={q.scaleMax}
              error={errorOf(q.id, 'scaleMax')}
              onChange={(e) => {
                const scaleMax = e.currentTarget.value;
                onChange((cur) => ({ ...cur, scaleMax }), [`${q.id}.scaleMax`]);
              }}
            />
          </SimpleGrid>
        )}
        <ConditionPicker
          values={values}
          value={q.showIf}
          sectionId={sectionId}
          questionId={q.id}
          what="this question"
          error={errorOf(q.id, 'showIf')}
          disabled={disabled}
          onChange={(showIf) => onChange((cur) => ({ ...cur, showIf }), [`${q.id}.showIf`])}
        />
      </Stack>
    </Fieldset>
  );
}
