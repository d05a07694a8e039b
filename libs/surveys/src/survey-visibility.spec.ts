import { sql } from '@cop/platform';
import {
  surveyAnswerableCondition,
  surveyAnsweredByCondition,
  surveyOpenedAtExpression,
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

  it('write the rules the digests compose, columns as SQL', () => {
    expect(surveyAnswerableCondition('s', sql`w.at`).text)
      .toBe(`(s.status = 'OPEN' AND (s.opens_at IS NULL OR s.opens_at <= w.at)
    AND (s.closes_at IS NULL OR s.closes_at > w.at))`);
    expect(surveyAnsweredByCondition('s', sql`p.id`).text)
      .toBe(`EXISTS (SELECT 1 FROM survey_responses sr WHERE sr.survey_id = s.id
    AND sr.person_id = p.id AND sr.submitted_at IS NOT NULL)`);
    expect(surveyOpenedAtExpression('s').text).toBe('GREATEST(s.opens_at, s.updated_at)');
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
