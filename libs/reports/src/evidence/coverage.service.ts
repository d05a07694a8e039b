import { Injectable } from '@nestjs/common';
import type { SignedInScope } from '@cop/identity';
import { Clock } from '@cop/platform';
import { SurveysService, surveyResultsVisible } from '@cop/surveys';
import { webPaths } from '@cop/web-routes';
import { ReportsService } from '../core/public';
import type { Recommendation } from '../models/report.model';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { CoverageItem, CoverageItemKind, ReportCoverage } from './models/evidence.model';

/**
 * Coverage of a report: every COMPLETE use case's gap analysis (one item a case) and each of its
 * requirements, and every question of every survey any evidence of the report cites; each with
 * the recommendations citing it. Only what the viewer may see: use cases are for every MEMBER;
 * a survey counts only when the viewer may read its results.
 */
@Injectable()
export class CoverageService {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly repository: EvidenceRepository,
    private readonly reports: ReportsService,
    private readonly surveys: SurveysService,
    private readonly clock: Clock,
  ) {}

  async coverage(scope: SignedInScope, reportId: string): Promise<ReportCoverage> {
    const rows = await this.evidence.rowsOfReport(scope.loaders, reportId);
    const now = this.clock.now();

    // Who cites what: recommendation ids per cited gap, requirement and question.
    const citing = new Map<string, Set<string>>();
    const cite = (key: string, recommendationId: string) => {
      if (!citing.has(key)) citing.set(key, new Set());
      citing.get(key)!.add(recommendationId);
    };
    const citedSurveyIds = new Set<string>();
    for (const e of rows) {
      if (e.kind === 'USE_CASE' && e.useCaseId && e.useCasePart === 'gapAnalysis')
        cite(`gap:${e.useCaseId}`, e.recommendationId);
      if (e.kind === 'USE_CASE' && e.requirementId) cite(`req:${e.requirementId}`, e.recommendationId);
      if (e.kind === 'SURVEY_RESULT' && e.surveyId && e.questionKey) {
        citedSurveyIds.add(e.surveyId);
        cite(`q:${e.surveyId}:${e.questionKey}`, e.recommendationId);
      }
    }

    const items: (Omit<CoverageItem, 'citedBy'> & { key: string })[] = [];
    const cases = await this.repository.completeUseCases();
    const requirements = await this.repository.requirementsOfUseCases(cases.map((c) => c.id));
    for (const c of cases) {
      items.push({
        key: `gap:${c.id}`,
        kind: CoverageItemKind.USE_CASE_GAP,
        label: `Gap analysis of “${c.title}”`,
        useCaseId: c.id,
        requirementId: null,
        surveySlug: null,
        questionKey: null,
        sourcePath: webPaths.useCase(c.id),
      });
      for (const r of requirements.filter((x) => x.useCaseId === c.id))
        items.push({
          key: `req:${r.id}`,
          kind: CoverageItemKind.REQUIREMENT,
          label: `${r.metric}: ${r.value} ${r.unit} in ${r.year} (“${c.title}”)`,
          useCaseId: c.id,
          requirementId: r.id,
          surveySlug: null,
          questionKey: null,
          sourcePath: webPaths.useCase(c.id),
        });
    }
    if (citedSurveyIds.size) {
      const surveys = (await this.surveys.list(scope.viewer)).filter(
        (s) => citedSurveyIds.has(s.id) && surveyResultsVisible(scope.viewer, s, now),
      );
      for (const s of surveys)
        for (const q of s.sections.flatMap((sec) => sec.questions))
          items.push({
            key: `q:${s.id}:${q.key}`,
            kind: CoverageItemKind.SURVEY_QUESTION,
            label: `${s.title} · Q: ${q.text}`,
            useCaseId: null,
            requirementId: null,
            surveySlug: s.slug,
            questionKey: q.key,
            sourcePath: webPaths.surveyResults(s.slug),
          });
    }

    const recommendations = new Map<string, Recommendation | null>();
    const wanted = [...new Set(items.flatMap((i) => [...(citing.get(i.key) ?? [])]))];
    await Promise.all(
      wanted.map(async (id) => recommendations.set(id, await this.reports.recommendation(scope.loaders, id))),
    );
    const done: CoverageItem[] = items.map(({ key, ...item }) => ({
      ...item,
      citedBy: [...(citing.get(key) ?? [])]
        .map((id) => recommendations.get(id))
        .filter((r): r is Recommendation => !!r)
        .sort((a, b) => compareNumbers(a.number, b.number)),
    }));
    const uncited = done.filter((i) => i.citedBy.length === 0);
    return { items: done, uncited, cited: done.length - uncited.length, total: done.length };
  }
}

/** "2.10" after "2.9". */
function compareNumbers(a: string, b: string): number {
  const [as, ar] = a.split('.').map(Number);
  const [bs, br] = b.split('.').map(Number);
  return as - bs || ar - br;
}
