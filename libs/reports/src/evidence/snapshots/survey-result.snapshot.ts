import type { QuestionResult, SurveyResults } from '@cop/surveys';
import type { AnswerFilterValue } from '../../report.entity';
import { percent, type FiguresData } from './figures';

/**
 * SURVEY_RESULT evidence: the tally of one question (under an optional cross-tab filter), taken
 * from the surveys lib's results. Null when the question is not in the results (gone).
 */
export function surveyFigures(
  results: SurveyResults,
  questionKey: string,
  optionKey: string | null,
  at: Date,
): FiguresData | null {
  const q = results.questions.find((r) => r.question.key === questionKey);
  if (!q) return null;
  const option = optionKey ? (q.options.find((o) => o.key === optionKey) ?? null) : null;
  return {
    takenAt: at.toISOString(),
    summary: surveySummary(results.responses, q, option),
    surveyTitle: results.survey.title,
    title: results.survey.title,
    questionText: q.question.text,
    optionLabel: option?.label ?? null,
    responses: results.responses,
    shown: q.shown,
    answered: q.answered,
    options: q.options.map((o) => ({
      key: o.key,
      label: o.label,
      count: o.count,
      ratio: o.ratio,
      share: o.share,
    })),
    mean: q.mean,
  };
}

/** 'Infrastructure manager: 22 of 80 respondents (27.5%)', or the question's totals without an option. */
function surveySummary(
  responses: number,
  q: QuestionResult,
  option: { label: string; count: number; ratio: number; share: number } | null,
): string {
  if (option) {
    if (String(q.question.resultMeasure) === 'SHARE') {
      const choices = q.options.reduce((n, o) => n + o.count, 0);
      return `${option.label}: ${option.count} of ${choices} choices (${percent(option.share)})`;
    }
    return `${option.label}: ${option.count} of ${q.shown} respondents (${percent(option.ratio)})`;
  }
  const mean = q.mean === null ? '' : `; mean ${Math.round(q.mean * 100) / 100}`;
  return `${q.answered} of ${q.shown} respondents answered (${responses} responses)${mean}`;
}

/** Drift of a survey result: the responses or any count differ. */
export function surveyChanged(snapshot: FiguresData, live: FiguresData): boolean {
  if (
    snapshot.responses !== live.responses ||
    snapshot.shown !== live.shown ||
    snapshot.answered !== live.answered
  )
    return true;
  const counts = (d: FiguresData) => new Map((d.options ?? []).map((o) => [o.key, o.count]));
  const a = counts(snapshot);
  const b = counts(live);
  if (a.size !== b.size) return true;
  for (const [k, n] of a) if (b.get(k) !== n) return true;
  return false;
}

/** 'SPECTRUM-JENA Survey 1 · Q: Are you …? · Yes (where roles: rse)'. */
export function surveyLabel(d: FiguresData, where: readonly AnswerFilterValue[]): string {
  const parts = [d.surveyTitle ?? d.title ?? 'Survey', `Q: ${d.questionText ?? '?'}`];
  if (d.optionLabel) parts.push(d.optionLabel);
  const filter = where.map((f) => `${f.questionKey}: ${f.anyOf.join(', ')}`).join('; ');
  return `${parts.join(' · ')}${filter ? ` (where ${filter})` : ''}`;
}
