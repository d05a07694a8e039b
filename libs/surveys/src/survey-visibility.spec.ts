import { sql } from '@cop/platform';
import {
  surveyAnswerableCondition,
  surveyAnswerableSql,
  surveyAnsweredByCondition,
  surveyAnsweredBySql,
  surveyOpenedAtExpression,
  surveyOpenedAtSql,
  surveyResultsVisible,
  surveyResultsVisibleSql,
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

describe('who reads results', () => {
  const now = new Date('2026-12-05T10:00:00Z');
  const open = { status: 'OPEN', closesAt: null };
  const past = { status: 'OPEN', closesAt: new Date('2026-12-01T00:00:00Z') };
  const closed = { status: 'CLOSED', closesAt: null };

  it('the office at any time, members once CLOSED (by closeSurvey or closesAt), nobody else', () => {
    expect(surveyResultsVisible({ role: 'OFFICE' }, open, now)).toBe(true);
    expect(surveyResultsVisible({ role: 'MEMBER' }, open, now)).toBe(false);
    expect(surveyResultsVisible({ role: 'MEMBER' }, past, now)).toBe(true);
    expect(surveyResultsVisible({ role: 'MEMBER' }, closed, now)).toBe(true);
    expect(surveyResultsVisible({ role: 'GUEST' }, closed, now)).toBe(false);
    expect(surveyResultsVisible(null, closed, now)).toBe(false);
  });

  it('says the same as SQL, the instant bound', () => {
    expect(surveyResultsVisibleSql({ role: 'OFFICE' }, 's', now).text).toBe('TRUE');
    expect(surveyResultsVisibleSql({ role: 'GUEST' }, 's', now).text).toBe('FALSE');
    const member = surveyResultsVisibleSql({ role: 'MEMBER' }, 's', now);
    expect(member.text).toContain(`s.status = 'CLOSED'`);
    expect(member.values).toEqual([now]);
  });
});
