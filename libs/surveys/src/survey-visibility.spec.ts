import { sql } from '@cop/platform';
import {
  surveyAnswerableCondition,
  surveyAnswerableSql,
  surveyAnsweredByCondition,
  surveyAnsweredBySql,
  surveyOpenedAtExpression,
  surveyOpenedAtSql,
  surveyVisibleSql,
} from './survey-visibility';

describe('survey SQL builders', () => {
  it('hide DRAFT surveys from everyone but the office', () => {
    expect(surveyVisibleSql({ kind: 'office' }, 's').text).toBe('TRUE');
    const published = surveyVisibleSql({ kind: 'published' }, 'sv');
    expect(published.text).toBe(`sv.status <> 'DRAFT'`);
    expect(published.values).toEqual([]);
  });

  it('bind the instant and the person, never paste them', () => {
    const at = new Date('2026-12-05T12:00:00Z');
    const answerable = surveyAnswerableCondition('s', sql`${at}`);
    expect(answerable.values).toEqual([at, at]);
    expect(answerable.text).not.toContain('2026');
    const answered = surveyAnsweredByCondition('s', sql`${"x' OR TRUE --"}`);
    expect(answered.values).toEqual(["x' OR TRUE --"]);
    expect(answered.text).toContain('sr.person_id = $1');
  });

  it('write the same SQL as the text builders the digests still use', () => {
    expect(surveyAnswerableCondition('s', sql`w.at`).text).toBe(surveyAnswerableSql('s', 'w.at'));
    expect(surveyAnsweredByCondition('s', sql`p.id`).text).toBe(surveyAnsweredBySql('s', 'p.id'));
    expect(surveyOpenedAtExpression('s').text).toBe(surveyOpenedAtSql('s'));
  });

  it('refuse an alias that is not an identifier', () => {
    expect(() => surveyVisibleSql({ kind: 'published' }, 's; DROP TABLE surveys')).toThrow(/identifier/);
    expect(() => surveyOpenedAtExpression('1s')).toThrow(/identifier/);
  });
});
