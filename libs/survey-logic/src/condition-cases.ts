import type { SurveyDefinition } from './survey-definition-types';
import type { DraftAnswers } from './survey-answers';

/**
 * One definition with section and question conditions, chained (a condition on a question that
 * is itself conditional) and on the Other choice, and the questions each set of answers shows.
 * The server's checkAnswers and the library's shownQuestions both run these cases
 * (libs/surveys/src/survey-definition.spec.ts), so the browser and the API cannot drift.
 */
export const CONDITION_CASES_DEFINITION: SurveyDefinition = {
  sections: [
    {
      key: 'you',
      title: 'You',
      description: null,
      showIf: null,
      questions: [
        choice('roles', 'MULTIPLE_CHOICE', ['researcher', 'rse', 'infra'], {
          allowOther: true,
          required: true,
        }),
        choice('manages', 'SINGLE_CHOICE', ['yes', 'no'], { required: true }),
      ],
    },
    {
      key: 'infrastructure',
      title: 'Your infrastructure',
      description: null,
      showIf: { questionKey: 'manages', anyOf: ['yes'] },
      questions: [
        { ...plain('cores', 'NUMBER'), required: true },
        choice('storage', 'MULTIPLE_CHOICE', ['disk', 'tape']),
        { ...plain('tape_vendor', 'TEXT'), showIf: { questionKey: 'storage', anyOf: ['tape'] } },
      ],
    },
    {
      key: 'software',
      title: 'Software',
      description: null,
      showIf: { questionKey: 'roles', anyOf: ['rse', 'other'] },
      questions: [
        choice('languages', 'MULTIPLE_CHOICE', ['python', 'cpp'], { allowOther: true }),
        {
          ...choice('ci', 'SINGLE_CHOICE', ['yes', 'no']),
          showIf: { questionKey: 'languages', anyOf: ['other'] },
        },
      ],
    },
    {
      key: 'end',
      title: 'Last words',
      description: null,
      showIf: null,
      questions: [{ ...plain('satisfaction', 'SCALE'), scaleMin: 1, scaleMax: 5 }, plain('comments', 'TEXT')],
    },
  ],
};

export interface ConditionCase {
  name: string;
  answers: DraftAnswers;
  /** The questions these answers show, in order. */
  shown: string[];
}

const ALWAYS = ['roles', 'manages'];
const END = ['satisfaction', 'comments'];
const INFRA = ['cores', 'storage'];

export const CONDITION_CASES: ConditionCase[] = [
  { name: 'nothing answered', answers: {}, shown: [...ALWAYS, ...END] },
  {
    name: 'a manager sees the infrastructure section',
    answers: { manages: { optionKeys: ['yes'] } },
    shown: [...ALWAYS, ...INFRA, ...END],
  },
  {
    name: 'a non-manager does not',
    answers: { manages: { optionKeys: ['no'] } },
    shown: [...ALWAYS, ...END],
  },
  {
    name: 'a question shown inside a shown section',
    answers: {
      manages: { optionKeys: ['yes'] },
      cores: { number: 800 },
      storage: { optionKeys: ['disk', 'tape'] },
    },
    shown: [...ALWAYS, ...INFRA, 'tape_vendor', ...END],
  },
  {
    name: 'a hidden answer shows nothing (its section hidden)',
    answers: {
      manages: { optionKeys: ['no'] },
      cores: { number: 800 },
      storage: { optionKeys: ['tape'] },
      tape_vendor: { text: 'IBM' },
    },
    shown: [...ALWAYS, ...END],
  },
  {
    name: 'the Other choice shows a section',
    answers: { roles: { optionKeys: ['other'], otherText: 'Educator' } },
    shown: [...ALWAYS, 'languages', ...END],
  },
  {
    name: 'any of the options shows it',
    answers: {
      roles: { optionKeys: ['researcher', 'rse'] },
      languages: { optionKeys: ['other'], otherText: 'Julia' },
    },
    shown: [...ALWAYS, 'languages', 'ci', ...END],
  },
  {
    name: 'a chain breaks where its first link is hidden',
    answers: {
      roles: { optionKeys: ['researcher'] },
      languages: { optionKeys: ['other'] },
      ci: { optionKeys: ['yes'] },
    },
    shown: [...ALWAYS, ...END],
  },
  {
    name: 'unconditional questions answered',
    answers: { satisfaction: { number: 4 }, comments: { text: 'Thanks' } },
    shown: [...ALWAYS, ...END],
  },
];

function plain(key: string, kind: 'TEXT' | 'NUMBER' | 'SCALE') {
  return {
    key,
    text: key,
    kind,
    required: false,
    allowOther: false,
    options: [],
    scaleMin: null,
    scaleMax: null,
    showIf: null,
  };
}

function choice(
  key: string,
  kind: 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE',
  options: string[],
  more: { allowOther?: boolean; required?: boolean } = {},
) {
  return {
    ...plain(key, 'TEXT'),
    kind,
    options: options.map((o) => ({ key: o, label: o })),
    allowOther: more.allowOther ?? false,
    required: more.required ?? false,
  };
}
