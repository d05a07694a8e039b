import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Progress,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId, type ReactNode } from 'react';
import {
  OTHER_OPTION_KEY,
  SURVEY_TEXT_MAX_LENGTH,
  answersToSend,
  chosenOptions,
  shownQuestions,
  type AnswerInputValue,
  type DraftAnswer,
  type DraftAnswers,
  type QuestionKindValue,
} from '@cop/survey-logic';
import { graphql } from '../../gql';
import { plural } from '../../components/words';

/** What the form needs of a section, for a page's query (it fits SurveyFormSection). */
export const SurveyFormSectionFields = graphql(`
  fragment SurveyFormSectionFields on SurveySection {
    key
    position
    title
    description
    showIf {
      questionKey
      anyOf
    }
    questions {
      key
      kind
      text
      required
      allowOther
      options {
        key
        label
      }
      scaleMin
      scaleMax
      showIf {
        questionKey
        anyOf
      }
    }
  }
`);

type Condition = { questionKey: string; anyOf: string[] };

/** A question as the form shows it; the API's Question fits it as it is. */
export type SurveyFormQuestion = {
  key: string;
  kind: QuestionKindValue;
  text: string;
  required: boolean;
  allowOther: boolean;
  options: { key: string; label: string }[];
  scaleMin?: number | null;
  scaleMax?: number | null;
  showIf?: Condition | null;
};

export type SurveyFormSection = {
  key: string;
  title: string;
  description?: string | null;
  showIf?: Condition | null;
  questions: SurveyFormQuestion[];
};

/** Answers by question key while the person types; a hidden question may keep its answer here. */
export type SurveyAnswers = DraftAnswers;

/** What to save or submit: the shown questions' non-empty answers only (AnswerInput[]). */
export function surveyAnswerInputs(
  sections: SurveyFormSection[],
  answers: SurveyAnswers,
): AnswerInputValue[] {
  return answersToSend({ sections }, answers);
}

/** The keys of the questions these answers show, in order (the same evaluator as the API's). */
export function shownQuestionKeys(sections: SurveyFormSection[], answers: SurveyAnswers): string[] {
  return shownQuestions({ sections }, chosenOptions(answers)).map((q) => q.key);
}

/** The id of a question's block in a SurveyForm, for scrolling to it and focusing its first input. */
export function surveyQuestionId(formId: string, questionKey: string): string {
  return `${formId}-q-${questionKey}`;
}

/** Moves the focus to a question's first input (after a submit names it). */
export function focusSurveyQuestion(formId: string, questionKey: string): void {
  const block = document.getElementById(surveyQuestionId(formId, questionKey));
  const input = block?.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])');
  block?.scrollIntoView({ block: 'center' });
  input?.focus({ preventScroll: true });
}

/**
 * A survey as its respondent sees it: the shown sections, numbered, with a progress bar; sections
 * and questions appear and disappear as the answers change their conditions. Controlled: the
 * parent holds the answers (and saves or submits surveyAnswerInputs of them). `errors` are by
 * question key. The answer page and the office's preview both use it.
 */
export function SurveyForm({
  sections,
  answers,
  onChange,
  errors = {},
  disabled = false,
  id,
  headingOrder = 2,
}: {
  sections: SurveyFormSection[];
  answers: SurveyAnswers;
  onChange: (answers: SurveyAnswers) => void;
  errors?: Record<string, string>;
  disabled?: boolean;
  /** The prefix of the questions' ids (focusSurveyQuestion); one is made up when absent. */
  id?: string;
  /** The sections' heading level under the page's own headings. */
  headingOrder?: 2 | 3 | 4;
}) {
  const generated = useId();
  const formId = id ?? `survey${generated.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const shown = new Set(shownQuestionKeys(sections, answers));
  const shownSections = sections.filter((s) => s.questions.some((q) => shown.has(q.key)));
  const answered = [...shown].filter((key) => hasAnswer(answers[key])).length;
  const setAnswer = (key: string, answer: DraftAnswer) => onChange({ ...answers, [key]: answer });

  return (
    <Stack gap="lg">
      <SurveyProgress answered={answered} total={shown.size} sections={shownSections.length} />
      {shownSections.map((section, index) => {
        const headingId = `${formId}-s-${section.key}`;
        return (
          <Card key={section.key} withBorder component="section" aria-labelledby={headingId} padding="lg">
            <Stack gap="md">
              <div>
                <Text size="sm" c="dimmed">
                  Section {index + 1} of {shownSections.length}
                </Text>
                <Title order={headingOrder} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
                  {section.title}
                </Title>
                {section.description && (
                  <Text mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {section.description}
                  </Text>
                )}
              </div>
              {section.questions
                .filter((q) => shown.has(q.key))
                .map((q) => (
                  <div key={q.key} id={surveyQuestionId(formId, q.key)}>
                    <QuestionField
                      question={q}
                      answer={answers[q.key] ?? {}}
                      error={errors[q.key]}
                      disabled={disabled}
                      onAnswer={(a) => setAnswer(q.key, a)}
                    />
                  </div>
                ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}

function SurveyProgress({
  answered,
  total,
  sections,
}: {
  answered: number;
  total: number;
  sections: number;
}) {
  const percent = total ? Math.round((answered / total) * 100) : 0;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {answered} of {plural(total, 'question', 'questions')} answered, in{' '}
        {plural(sections, 'section', 'sections')}
      </Text>
      <Progress value={percent} aria-label="Questions answered" size="md" />
    </Stack>
  );
}

function hasAnswer(a: DraftAnswer | undefined): boolean {
  if (!a) return false;
  return (
    (a.optionKeys?.length ?? 0) > 0 ||
    (a.text !== undefined && a.text.trim() !== '') ||
    (typeof a.number === 'number' && Number.isFinite(a.number))
  );
}

function QuestionField({
  question: q,
  answer,
  error,
  disabled,
  onAnswer,
}: {
  question: SurveyFormQuestion;
  answer: DraftAnswer;
  error?: string;
  disabled: boolean;
  onAnswer: (a: DraftAnswer) => void;
}) {
  const common = { label: q.text, withAsterisk: q.required, error, disabled };
  // A group has no aria-required: its name says it (the asterisk is hidden from screen readers).
  const group = { ...common, label: groupLabel(q) };
  switch (q.kind) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return <ChoiceField question={q} answer={answer} common={group} onAnswer={onAnswer} />;
    case 'SCALE':
      return <ScaleField question={q} answer={answer} common={group} onAnswer={onAnswer} />;
    case 'NUMBER':
      return (
        <NumberInput
          {...common}
          aria-required={q.required}
          value={answer.number ?? ''}
          onChange={(v) => onAnswer({ number: typeof v === 'number' ? v : null })}
          style={{ maxWidth: '16rem' }}
        />
      );
    default:
      return (
        <Textarea
          {...common}
          aria-required={q.required}
          autosize
          minRows={2}
          maxRows={12}
          maxLength={SURVEY_TEXT_MAX_LENGTH}
          value={answer.text ?? ''}
          onChange={(e) => onAnswer({ text: e.currentTarget.value })}
        />
      );
  }
}

type Common = { label: ReactNode; withAsterisk: boolean; error?: string; disabled: boolean };

/** What a choice or scale question's field gets: the group's label, asterisk and error in `common`. */
type FieldProps = {
  question: SurveyFormQuestion;
  answer: DraftAnswer;
  common: Common;
  onAnswer: (a: DraftAnswer) => void;
};

function ChoiceField({ question: q, answer, common, onAnswer }: FieldProps) {
  const picked = answer.optionKeys ?? [];
  const options = [
    ...q.options,
    ...(q.allowOther ? [{ key: OTHER_OPTION_KEY, label: 'Other (please specify)' }] : []),
  ];
  const otherChosen = picked.includes(OTHER_OPTION_KEY);
  const other = otherChosen && (
    <TextInput
      label="Please specify"
      aria-label={`Please specify your other answer to: ${q.text}`}
      maxLength={SURVEY_TEXT_MAX_LENGTH}
      disabled={common.disabled}
      value={answer.otherText ?? ''}
      onChange={(e) => onAnswer({ ...answer, otherText: e.currentTarget.value })}
      ml={30}
      style={{ maxWidth: '30rem' }}
    />
  );
  if (q.kind === 'MULTIPLE_CHOICE')
    return (
      <Stack gap="xs">
        <Checkbox.Group
          {...common}
          description="Choose all that apply."
          value={picked}
          onChange={(optionKeys) => onAnswer({ ...answer, optionKeys })}
        >
          <OptionList>
            {options.map((o) => (
              <Checkbox key={o.key} value={o.key} label={o.label} disabled={common.disabled} />
            ))}
          </OptionList>
        </Checkbox.Group>
        {other}
      </Stack>
    );
  return (
    <Stack gap="xs">
      <Radio.Group
        {...common}
        value={picked[0] ?? null}
        onChange={(key) => onAnswer({ ...answer, optionKeys: [key] })}
      >
        <OptionList>
          {options.map((o) => (
            <Radio key={o.key} value={o.key} label={o.label} disabled={common.disabled} />
          ))}
        </OptionList>
      </Radio.Group>
      {other}
      <ClearAnswer
        question={q}
        shown={picked.length > 0}
        disabled={common.disabled}
        onClear={() => onAnswer({})}
      />
    </Stack>
  );
}

function ScaleField({ question: q, answer, common, onAnswer }: FieldProps) {
  const min = q.scaleMin ?? 1;
  const max = Math.max(min, q.scaleMax ?? 5);
  const steps = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <Stack gap="xs">
      <Radio.Group
        {...common}
        description={`From ${min} to ${max}.`}
        value={typeof answer.number === 'number' ? String(answer.number) : null}
        onChange={(v) => onAnswer({ number: Number(v) })}
      >
        <Group gap="md" mt={6} wrap="wrap">
          {steps.map((n) => (
            <Radio key={n} value={String(n)} label={String(n)} disabled={common.disabled} />
          ))}
        </Group>
      </Radio.Group>
      <ClearAnswer
        question={q}
        shown={typeof answer.number === 'number'}
        disabled={common.disabled}
        onClear={() => onAnswer({})}
      />
    </Stack>
  );
}

function groupLabel(q: SurveyFormQuestion): ReactNode {
  if (!q.required) return q.text;
  return (
    <>
      {q.text}
      <VisuallyHidden> (required)</VisuallyHidden>
    </>
  );
}

function OptionList({ children }: { children: ReactNode }) {
  return (
    <Stack gap={8} mt={6}>
      {children}
    </Stack>
  );
}

/** Radios cannot be unticked: an optional question's answer can be taken back with this. */
function ClearAnswer({
  question,
  shown,
  disabled,
  onClear,
}: {
  question: SurveyFormQuestion;
  shown: boolean;
  disabled: boolean;
  onClear: () => void;
}) {
  if (!shown || question.required) return null;
  return (
    <Group>
      <Button
        variant="subtle"
        size="compact-sm"
        disabled={disabled}
        aria-label={`Clear answer: ${question.text}`}
        onClick={onClear}
      >
        Clear answer
      </Button>
    </Group>
  );
}
