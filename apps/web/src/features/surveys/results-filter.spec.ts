import { describe, expect, it } from '@jest/globals';
import { webPaths } from '@cop/web-routes';
import { parseResultsWhere, withOptions } from './results-filter';

const parse = (path: string) => parseResultsWhere(new URL(path, 'https://cop.example').searchParams);

describe('the results page filter in the URL', () => {
  it('reads back what webPaths.surveyResults writes', () => {
    const where = [
      { questionKey: 'roles', anyOf: ['rse', 'researcher'] },
      { questionKey: 'infrastructure_manager', anyOf: ['yes'] },
    ];
    expect(parse(webPaths.surveyResults('spectrum-jena-survey-1', where))).toEqual(where);
    expect(parse(webPaths.surveyResults('s'))).toEqual([]);
  });

  it('merges a question named twice and drops entries without a question or an option', () => {
    expect(
      parse('/surveys/s/results?where=a:x&where=b:&where=:y&where=zz&where=a:y,x,&where=c:%20z'),
    ).toEqual([
      { questionKey: 'a', anyOf: ['x', 'y'] },
      { questionKey: 'c', anyOf: ['z'] },
    ]);
  });

  it('replaces, adds and drops one question', () => {
    const where = [{ questionKey: 'a', anyOf: ['x'] }];
    expect(withOptions(where, 'a', ['y'])).toEqual([{ questionKey: 'a', anyOf: ['y'] }]);
    expect(withOptions(where, 'b', ['z'])).toEqual([...where, { questionKey: 'b', anyOf: ['z'] }]);
    expect(withOptions(where, 'a', [])).toEqual([]);
  });
});
