import { BadUserInputError } from '@cop/platform';
import {
  CONDITION_CASES,
  CONDITION_CASES_DEFINITION,
  answersToSend,
  chosenOptions,
  shownQuestions as shownByLibrary,
} from '@cop/survey-logic';
import { checkAnswers, checkSurveyInput, shownQuestions } from './survey-definition';
import { csvCell, csvLine } from './surveys.service';

const fields = checkSurveyInput({
  slug: 'unit',
  title: 'Unit',
  sections: [
    {
      key: 'a',
      title: 'A',
      questions: [
        {
          key: 'kind',
          text: 'Kind',
          kind: 'SINGLE_CHOICE',
          allowOther: true,
          options: [
            { key: 'x', label: 'X' },
            { key: 'y', label: 'Y' },
          ],
        },
      ],
    },
    {
      key: 'b',
      title: 'B',
      showIf: { questionKey: 'kind', anyOf: ['x', 'other'] },
      questions: [
        {
          key: 'more',
          text: 'More',
          kind: 'MULTIPLE_CHOICE',
          options: [
            { key: 'm1', label: 'M1' },
            { key: 'm2', label: 'M2' },
          ],
        },
        {
          key: 'deep',
          text: 'Deep',
          kind: 'TEXT',
          required: true,
          showIf: { questionKey: 'more', anyOf: ['m2'] },
        },
      ],
    },
  ],
});

const answer = (questionKey: string, optionKeys: string[]): [string, string[]] => [questionKey, optionKeys];

describe('survey conditions', () => {
  it('shows a section by one answer and a question in it by another', () => {
    const keys = (answers: [string, string[]][]) =>
      shownQuestions(fields.definition, new Map(answers)).map((q) => q.key);
    expect(keys([])).toEqual(['kind']);
    expect(keys([answer('kind', ['y']), answer('more', ['m2'])])).toEqual(['kind']);
    expect(keys([answer('kind', ['x'])])).toEqual(['kind', 'more']);
    expect(keys([answer('kind', ['other']), answer('more', ['m2'])])).toEqual(['kind', 'more', 'deep']);
  });

  it('enforces required questions only where shown and only on submit', () => {
    const answers = [
      { questionKey: 'kind', optionKeys: ['x'] },
      { questionKey: 'more', optionKeys: ['m2'] },
    ];
    expect(() => checkAnswers(fields.definition, answers, { enforceRequired: true })).toThrow(
      BadUserInputError,
    );
    expect(checkAnswers(fields.definition, answers, { enforceRequired: false }).shownKeys).toEqual([
      'kind',
      'more',
      'deep',
    ]);
  });

  it('takes a configurable text limit', () => {
    const answers = [{ questionKey: 'kind', optionKeys: ['other'], otherText: 'abcdef' }];
    expect(() => checkAnswers(fields.definition, answers, { enforceRequired: true, textLimit: 5 })).toThrow(
      'otherText must be at most 5 characters',
    );
  });
});

// The same cases for the server's checkAnswers and the library the browser uses (issue 20).
describe('the shared condition cases', () => {
  const def = checkSurveyInput({ slug: 'cases', title: 'Cases', ...CONDITION_CASES_DEFINITION }).definition;

  it('is a valid definition as the server checks it', () => {
    expect(def).toMatchObject(CONDITION_CASES_DEFINITION);
  });

  it.each(CONDITION_CASES)('$name: the library shows the expected questions', ({ answers, shown }) => {
    expect(shownByLibrary(def, chosenOptions(answers)).map((q) => q.key)).toEqual(shown);
  });

  it.each(CONDITION_CASES)(
    '$name: the server shows the same and rejects hidden answers',
    ({ answers, shown }) => {
      const all = Object.entries(answers).map(([questionKey, a]) => ({ questionKey, ...a }));
      const hidden = all.map((a) => a.questionKey).filter((k) => !shown.includes(k));
      if (hidden.length === 0) {
        expect(checkAnswers(def, all, { enforceRequired: false }).shownKeys).toEqual(shown);
      } else {
        let fields: Record<string, string> = {};
        try {
          checkAnswers(def, all, { enforceRequired: false });
        } catch (e) {
          expect(e).toBeInstanceOf(BadUserInputError);
          fields = (e as BadUserInputError).fields;
        }
        expect(Object.keys(fields).sort()).toEqual(hidden.map((k) => `answers.${k}`).sort());
      }
    },
  );

  it.each(CONDITION_CASES)('$name: what the browser sends, the server takes', ({ answers, shown }) => {
    const sent = answersToSend(def, answers);
    expect(sent.every((a) => shown.includes(a.questionKey))).toBe(true);
    expect(checkAnswers(def, sent, { enforceRequired: false }).shownKeys).toEqual(shown);
  });
});

describe('CSV cells', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-1.5')).toBe('-1.5');
    expect(csvLine(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });
});
