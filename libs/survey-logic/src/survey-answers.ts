import { shownQuestions, type ConditionalSection } from './conditions';
import { OTHER_OPTION_KEY } from './survey-definition-types';

/** One question's answer as a form holds it while the person types; fields by kind. */
export interface DraftAnswer {
  optionKeys?: string[];
  otherText?: string;
  text?: string;
  number?: number | null;
}

/** Answers by question key, as a form holds them (hidden questions may keep theirs). */
export type DraftAnswers = Record<string, DraftAnswer>;

/** The shape of the API's AnswerInput. */
export interface AnswerInputValue {
  questionKey: string;
  optionKeys?: string[];
  otherText?: string;
  text?: string;
  number?: number;
}

/** The chosen option keys per question, which is all the conditions read. */
export function chosenOptions(answers: DraftAnswers): Map<string, string[]> {
  return new Map(Object.entries(answers).map(([key, a]) => [key, a.optionKeys ?? []]));
}

/**
 * What to send for these answers: the shown questions' non-empty answers only, so an answer
 * left behind in a question that a later change hid is neither saved nor submitted.
 */
export function answersToSend(
  def: { sections: readonly ConditionalSection[] },
  answers: DraftAnswers,
): AnswerInputValue[] {
  const out: AnswerInputValue[] = [];
  for (const q of shownQuestions(def, chosenOptions(answers))) {
    const a = answers[q.key];
    if (!a) continue;
    const optionKeys = a.optionKeys ?? [];
    if (optionKeys.length) {
      const otherText = a.otherText?.trim();
      out.push({
        questionKey: q.key,
        optionKeys,
        ...(optionKeys.includes(OTHER_OPTION_KEY) && otherText ? { otherText: a.otherText } : {}),
      });
    } else if (a.text !== undefined && a.text.trim() !== '') {
      out.push({ questionKey: q.key, text: a.text });
    } else if (typeof a.number === 'number' && Number.isFinite(a.number)) {
      out.push({ questionKey: q.key, number: a.number });
    }
  }
  return out;
}

/** The reverse, for a saved draft or response read back from the API. */
export function draftAnswersOf(
  answers: readonly {
    questionKey: string;
    optionKeys: readonly string[];
    otherText?: string | null;
    text?: string | null;
    number?: number | null;
  }[],
): DraftAnswers {
  const out: DraftAnswers = {};
  for (const a of answers) {
    const d: DraftAnswer = {};
    if (a.optionKeys.length) d.optionKeys = [...a.optionKeys];
    if (a.otherText) d.otherText = a.otherText;
    if (a.text) d.text = a.text;
    if (a.number !== null && a.number !== undefined) d.number = a.number;
    out[a.questionKey] = d;
  }
  return out;
}
