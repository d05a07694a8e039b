import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { draftAnswersOf } from '@cop/survey-logic';
import { graphql } from '../../gql';
import type { AnswerInput } from '../../gql/graphql';
import { errorCode, errorMessage, fieldErrors, retryAfterWords } from '../../components/errors';
import { When } from '../../components/time';
import { useDraftAutosave, type DraftSaveState } from './draft-autosave';
import {
  SurveyForm,
  focusSurveyQuestion,
  shownQuestionKeys,
  surveyAnswerInputs,
  type SurveyAnswers,
  type SurveyFormSection,
} from './survey-form';

const SubmitSurveyResponseMutation = graphql(`
  mutation SubmitSurveyResponse($slug: String!, $answers: [AnswerInput!]!) {
    submitSurveyResponse(slug: $slug, answers: $answers) {
      id
      submittedAt
    }
  }
`);

const FORM_ID = 'survey-answers';

export type SavedResponse = {
  submittedAt?: string | null;
  answers: {
    questionKey: string;
    optionKeys: string[];
    otherText?: string | null;
    text?: string | null;
    number?: number | null;
  }[];
};

/**
 * Answering an OPEN survey: the form, the draft saved as the person types (signed in, until
 * submitted), submitting with the server's problems beside their questions, and the
 * confirmation, from which a signed-in person may change their answers while the survey is open.
 */
export function SurveyAnswering({
  slug,
  sections,
  signedIn,
  response,
}: {
  slug: string;
  sections: SurveyFormSection[];
  signedIn: boolean;
  response: SavedResponse | null;
}) {
  const [answers, setAnswers] = useState<SurveyAnswers>(() => draftAnswersOf(response?.answers ?? []));
  const [submitted, setSubmitted] = useState<{ at: string; answers: SurveyAnswers } | null>(() =>
    response?.submittedAt ? { at: response.submittedAt, answers } : null,
  );
  const [changing, setChanging] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, submit] = useMutation(SubmitSurveyResponseMutation);
  const confirmation = useRef<HTMLHeadingElement>(null);

  const inputs = surveyAnswerInputs(sections, answers);
  // The API keeps a draft only until the response is submitted; after that, submitting replaces it.
  const draft = useDraftAutosave(slug, inputs, signedIn && !submitted);
  const draftErrors = draft.kind === 'failed' ? questionErrors(draft.fields) : {};

  const showConfirmation = submitted !== null && !changing;
  // The focus moves to the confirmation after a submit here, not when the page opens on one.
  const justSubmitted = useRef(false);
  useEffect(() => {
    if (showConfirmation && justSubmitted.current) confirmation.current?.focus();
    justSubmitted.current = false;
  }, [showConfirmation]);

  const change = (next: SurveyAnswers) => {
    // A changed answer takes its question's problem away.
    const cleared = Object.fromEntries(
      Object.entries(errors).filter(([key]) => JSON.stringify(next[key]) === JSON.stringify(answers[key])),
    );
    setErrors(cleared);
    setAnswers(next);
  };

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const res = await submit({ slug, answers: inputs as AnswerInput[] });
    if (res.error) {
      const code = errorCode(res.error);
      if (code === 'BAD_USER_INPUT') {
        const byQuestion = questionErrors(fieldErrors(res.error));
        setErrors(byQuestion);
        const first = shownQuestionKeys(sections, answers).find((key) => key in byQuestion);
        setProblem(
          first ? 'Some answers need attention: see the questions marked in red.' : errorMessage(res.error),
        );
        if (first) focusSurveyQuestion(FORM_ID, first);
      } else if (code === 'RATE_LIMITED') {
        setProblem(
          `Too many answers have come from your network in the last hour, so this one was not taken. ` +
            `Your answers are still here: submit them again ${retryAfterWords(res.error)}.`,
        );
      } else {
        setProblem(errorMessage(res.error));
      }
      return;
    }
    setErrors({});
    justSubmitted.current = true;
    setChanging(false);
    setSubmitted({ at: res.data?.submitSurveyResponse.submittedAt ?? new Date().toISOString(), answers });
  };

  if (showConfirmation)
    return (
      <Card withBorder padding="lg" component="section" aria-labelledby="survey-thanks">
        <Stack gap="sm">
          <Title order={2} size="h3" id="survey-thanks" ref={confirmation} tabIndex={-1}>
            Thank you: your answers are submitted
          </Title>
          <Text>
            Submitted on <When at={submitted.at} />.
          </Text>
          {signedIn ? (
            <>
              <Text>
                While the survey is open, you may change your answers: submitting again replaces them.
              </Text>
              <Group>
                <Button variant="light" onClick={() => setChanging(true)}>
                  Change your answers
                </Button>
              </Group>
            </>
          ) : (
            <Text>You answered without signing in, so your answers cannot be changed from here.</Text>
          )}
        </Stack>
      </Card>
    );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Your answers">
      <Stack gap="lg">
        {submitted && (
          <Alert color="blue" variant="light">
            You submitted your answers on <When at={submitted.at} />. Changes count only once you submit
            again.
          </Alert>
        )}
        {!signedIn && (
          <Text size="sm" c="dimmed">
            You are answering without signing in: nothing is kept until you submit.
          </Text>
        )}
        <SurveyForm
          id={FORM_ID}
          sections={sections}
          answers={answers}
          onChange={change}
          errors={{ ...draftErrors, ...errors }}
        />
        {problem && (
          <Alert color="red" role="alert" title="Not submitted">
            {problem}
          </Alert>
        )}
        <Group gap="md" wrap="wrap">
          <Button type="submit" loading={fetching}>
            {submitted ? 'Submit changed answers' : 'Submit answers'}
          </Button>
          {submitted && (
            <Button
              variant="subtle"
              onClick={() => {
                setAnswers(submitted.answers);
                setErrors({});
                setProblem(null);
                setChanging(false);
              }}
            >
              Keep the submitted answers
            </Button>
          )}
          <DraftStatus state={draft} active={signedIn && !submitted} />
        </Group>
      </Stack>
    </form>
  );
}

/** A quiet line on the draft: saving, saved, or why not. */
function DraftStatus({ state, active }: { state: DraftSaveState; active: boolean }) {
  const text = !active
    ? ''
    : state.kind === 'saving'
      ? 'Saving draft…'
      : state.kind === 'saved'
        ? 'Draft saved'
        : state.kind === 'failed'
          ? `Draft not saved: ${state.message}`
          : '';
  return (
    <Text role="status" size="sm" c={state.kind === 'failed' ? 'red.8' : 'dimmed'}>
      {text}
    </Text>
  );
}

/** `answers.<key>` messages by question key, in sentences. */
function questionErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const m = /^answers\.(.+)$/.exec(path);
    if (!m) continue;
    out[m[1]] =
      message === 'required'
        ? 'This question is required: please answer it.'
        : `${message[0].toUpperCase()}${message.slice(1)}.`.replace(/\.\.$/, '.');
  }
  return out;
}
