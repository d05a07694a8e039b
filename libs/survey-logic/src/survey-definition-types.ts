/** The longest TEXT answer or Other text accepted, in characters. */
export const SURVEY_TEXT_MAX_LENGTH = 10_000;
/** The key of the free-text "Other (please specify)" choice of a choice question. */
export const OTHER_OPTION_KEY = 'other';
export const OTHER_OPTION_LABEL = 'Other';

export type QuestionKindValue = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TEXT' | 'NUMBER' | 'SCALE';
/** Which percentage a choice question's results show: of respondents shown it, or of all choices. */
export type ResultMeasureValue = 'RATIO' | 'SHARE';

/** Shown only when the answer to the earlier choice question questionKey includes any of anyOf. */
export interface ConditionDef {
  questionKey: string;
  anyOf: string[];
}

export interface OptionDef {
  key: string;
  label: string;
}

export interface QuestionDef {
  key: string;
  text: string;
  kind: QuestionKindValue;
  required: boolean;
  allowOther: boolean;
  options: OptionDef[];
  scaleMin: number | null;
  scaleMax: number | null;
  showIf: ConditionDef | null;
  /** Absent in definitions stored before it existed: RATIO. */
  resultMeasure?: ResultMeasureValue;
}

export interface SectionDef {
  key: string;
  title: string;
  description: string | null;
  showIf: ConditionDef | null;
  questions: QuestionDef[];
}

/** What surveys.definition holds. */
export interface SurveyDefinition {
  sections: SectionDef[];
}

const CHOICE: readonly QuestionKindValue[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

export function isChoice(kind: QuestionKindValue): boolean {
  return CHOICE.includes(kind);
}

/** The option keys a choice question accepts: its options, and "other" when it allows Other. */
export function choiceKeys(q: Pick<QuestionDef, 'options' | 'allowOther'>): string[] {
  return [...q.options.map((o) => o.key), ...(q.allowOther ? [OTHER_OPTION_KEY] : [])];
}
