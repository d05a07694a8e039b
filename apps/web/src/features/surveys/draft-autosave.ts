import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { AnswerInputValue } from '@cop/survey-logic';
import { graphql } from '../../gql';
import { errorCode, errorMessage, fieldErrors } from '../../components/errors';

const SaveSurveyDraftMutation = graphql(`
  mutation SaveSurveyDraft($slug: String!, $answers: [AnswerInput!]!) {
    saveSurveyDraft(slug: $slug, answers: $answers) {
      id
      submittedAt
    }
  }
`);

/** How long typing pauses before the draft is saved. */
const SAVE_AFTER_MS = 800;

export type DraftSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string; fields: Record<string, string> };

/**
 * Saves the answers as a draft once typing pauses, one save after the other (an older save never
 * lands after a newer one). The answers it was given first are taken as saved already.
 */
export function useDraftAutosave(slug: string, answers: AnswerInputValue[], enabled: boolean) {
  const [, save] = useMutation(SaveSurveyDraftMutation);
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });
  const key = JSON.stringify(answers);
  const lastSaved = useRef(key);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const live = useRef(enabled);
  useEffect(() => {
    live.current = enabled;
  }, [enabled]);

  useEffect(() => {
    if (!enabled || key === lastSaved.current) return;
    const timer = setTimeout(() => {
      queue.current = queue.current.then(async () => {
        if (!live.current || key === lastSaved.current) return;
        setState({ kind: 'saving' });
        const res = await save({ slug, answers: JSON.parse(key) as AnswerInputValue[] });
        if (!live.current) return;
        if (res.error) {
          const fields = errorCode(res.error) === 'BAD_USER_INPUT' ? fieldErrors(res.error) : {};
          setState({
            kind: 'failed',
            message: errorMessage(res.error) ?? 'The draft was not saved.',
            fields,
          });
          return;
        }
        lastSaved.current = key;
        setState({ kind: 'saved' });
      });
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [key, enabled, slug, save]);

  return state;
}
