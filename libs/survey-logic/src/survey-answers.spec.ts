import { CONDITION_CASES_DEFINITION as def } from './condition-cases';
import { answersToSend, draftAnswersOf } from './survey-answers';

describe('answersToSend', () => {
  it('sends the shown questions only, and nothing empty', () => {
    expect(
      answersToSend(def, {
        manages: { optionKeys: ['no'] },
        cores: { number: 800 },
        roles: { optionKeys: [] },
        comments: { text: '   ' },
        satisfaction: { number: null },
      }),
    ).toEqual([{ questionKey: 'manages', optionKeys: ['no'] }]);
  });

  it('keeps the Other text only while Other is chosen', () => {
    expect(answersToSend(def, { roles: { optionKeys: ['rse'], otherText: 'Educator' } })).toEqual([
      { questionKey: 'roles', optionKeys: ['rse'] },
    ]);
    expect(answersToSend(def, { roles: { optionKeys: ['other'], otherText: 'Educator' } })).toEqual([
      { questionKey: 'roles', optionKeys: ['other'], otherText: 'Educator' },
    ]);
  });

  it('reads a stored response back into the form and out again unchanged', () => {
    const stored = [
      { questionKey: 'roles', optionKeys: ['other'], otherText: 'Educator', text: null, number: null },
      { questionKey: 'manages', optionKeys: ['yes'], otherText: null, text: null, number: null },
      { questionKey: 'cores', optionKeys: [], otherText: null, text: null, number: 0 },
      { questionKey: 'comments', optionKeys: [], otherText: null, text: 'Thanks', number: null },
    ];
    expect(answersToSend(def, draftAnswersOf(stored))).toEqual([
      { questionKey: 'roles', optionKeys: ['other'], otherText: 'Educator' },
      { questionKey: 'manages', optionKeys: ['yes'] },
      { questionKey: 'cores', number: 0 },
      { questionKey: 'comments', text: 'Thanks' },
    ]);
  });
});
