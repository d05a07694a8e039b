import { Injectable } from '@nestjs/common';
import { scopeForPerson, type SignedInScope, type Viewer } from '@cop/identity';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  DomainError,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  byKeys,
  groupedByKeys,
  isUuid,
  requestLoader,
  type Visibility,
} from '@cop/platform';
import {
  SurveysService,
  surveyResultsVisible,
  surveyResultsVisibleToAudience,
  type SurveyResults,
} from '@cop/surveys';
import {
  UseCasesRepository,
  toUseCase,
  useCasesVisibleToAudience,
  type UseCase,
  type UseCaseEntity,
  Requirement,
} from '@cop/use-cases';
import {
  DocumentsService,
  documentScope,
  documentVisibleSql,
  documentVisibleToAudienceSql,
  type Document,
} from '@cop/knowledge';
import {
  MeetingsService,
  meetingScope,
  meetingVisibleSql,
  meetingVisibleToAudienceSql,
  type Meeting,
} from '@cop/meetings';
import { webPaths } from '@cop/web-routes';
import { ReportsService } from '../core/public';
import type { Recommendation } from '../models/report.model';
import type { AnswerFilterValue } from '../report.entity';
import {
  EvidenceRepository,
  type DocumentSourceRow,
  type DocumentVersionRow,
  type EvidenceRow,
  type MeetingSourceRow,
  type RequirementSourceRow,
} from './evidence.repository';
import type { EvidenceInput } from './inputs/evidence.input';
import { Evidence, EvidenceFigures, EvidenceKind } from './models/evidence.model';
import { toFigures, type FiguresData } from './snapshots/figures';
import { surveyChanged, surveyFigures, surveyLabel } from './snapshots/survey-result.snapshot';
import {
  isUseCasePart,
  partLabel,
  requirementFigures,
  textChanged,
  useCaseLabel,
  useCasePartFigures,
} from './snapshots/use-case.snapshot';
import { documentChanged, documentFigures, documentLabel } from './snapshots/document-version.snapshot';
import { minutesFigures, minutesLabel } from './snapshots/meeting-minutes.snapshot';

export const EVIDENCE_NOTE_MAX_CHARS = 2_000;
export const MAX_WHERE_FILTERS = 10;

/** A checked input: the source it names, by id, and its live figures as the viewer sees them. */
interface CheckedEvidence {
  kind: EvidenceKind;
  surveyId: string | null;
  questionKey: string | null;
  optionKey: string | null;
  where: AnswerFilterValue[];
  useCaseId: string | null;
  useCasePart: string | null;
  requirementId: string | null;
  documentId: string | null;
  documentVersion: number | null;
  meetingId: string | null;
  note: string | null;
  figures: FiguresData;
}

/** What one evidence row resolves to for one viewer: visibility and the live figures. */
interface Resolved {
  visible: boolean;
  live: FiguresData | null;
}

/**
 * Evidence behind recommendations: linking takes a snapshot of the figures, reading compares it
 * with the live figures (drift), re-confirming takes a new one. Who may see each source is each
 * domain's rule; an invisible source tells nothing but its kind.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly reports: ReportsService,
    private readonly surveys: SurveysService,
    private readonly useCases: UseCasesRepository,
    private readonly documents: DocumentsService,
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------------ reading

  /**
   * The per-viewer evidence of these recommendations, in the ids' order and each one's own order
   * (the exporter's entry point: each model carries its recommendationId).
   */
  async forRecommendations(scope: SignedInScope, recommendationIds: readonly string[]): Promise<Evidence[]> {
    const rows = this.inOrder(await this.evidence.ofRecommendations(recommendationIds), recommendationIds);
    return this.resolveRows(scope, rows);
  }

  /**
   * The evidence of these recommendations as every reader of a publication at `audience` sees it
   * (the published document's notes), in the ids' order: which sources that audience may see is
   * each source's domain's audience rule, asked of no person. No live figures: the notes quote the
   * snapshots.
   */
  async forAudience(audience: Visibility, recommendationIds: readonly string[]): Promise<Evidence[]> {
    const rows = this.inOrder(await this.evidence.ofRecommendations(recommendationIds), recommendationIds);
    const documentIds = [
      ...new Set(rows.flatMap((r) => (r.kind === 'DOCUMENT_VERSION' && r.documentId ? [r.documentId] : []))),
    ];
    const meetingIds = [
      ...new Set(rows.flatMap((r) => (r.kind === 'MEETING_MINUTES' && r.meetingId ? [r.meetingId] : []))),
    ];
    const [documents, meetings] = await Promise.all([
      this.evidence.documents(documentIds, (d) => documentVisibleToAudienceSql(audience, d)),
      this.evidence.meetings(meetingIds, (m) => meetingVisibleToAudienceSql(audience, m)),
    ]);
    const seen = new Set([...documents, ...meetings].filter((x) => x.visible).map((x) => x.id));
    const now = this.clock.now();
    return rows.map((row) => {
      let visible: boolean;
      switch (row.kind) {
        case 'SURVEY_RESULT':
          visible =
            !!row.surveySlug &&
            !!row.questionKey &&
            surveyResultsVisibleToAudience(
              audience,
              { status: row.surveyStatus ?? 'DRAFT', closesAt: row.surveyClosesAt },
              now,
            );
          break;
        case 'USE_CASE':
          visible = useCasesVisibleToAudience(audience);
          break;
        case 'DOCUMENT_VERSION':
          visible = !!row.documentId && seen.has(row.documentId);
          break;
        case 'MEETING_MINUTES':
          visible = !!row.meetingId && seen.has(row.meetingId);
          break;
      }
      return toEvidence(row, { visible, live: null });
    });
  }

  /** Rows in the order of their recommendations' ids, each recommendation's in its own order. */
  private inOrder(rows: EvidenceRow[], recommendationIds: readonly string[]): EvidenceRow[] {
    const order = new Map(recommendationIds.map((id, i) => [id, i]));
    return rows.sort(
      (a, b) => order.get(a.recommendationId)! - order.get(b.recommendationId)! || a.position - b.position,
    );
  }

  /** Recommendation.evidence, batched per request. */
  async ofRecommendation(scope: SignedInScope, recommendationId: string): Promise<Evidence[]> {
    const rows = await requestLoader<string, EvidenceRow[]>(
      scope.loaders,
      'reports.evidenceOfRecommendation',
      async (ids) => {
        const all = await this.evidence.ofRecommendations(ids);
        return groupedByKeys(ids, all, (r) => r.recommendationId);
      },
    ).load(recommendationId);
    return this.resolveRows(scope, rows);
  }

  /** Every piece of evidence of a report, per viewer (Report.changedEvidence, coverage). */
  async ofReport(scope: SignedInScope, reportId: string): Promise<Evidence[]> {
    return this.resolveRows(scope, await this.rowsOfReport(scope.loaders, reportId));
  }

  rowsOfReport(req: object, reportId: string): Promise<EvidenceRow[]> {
    return requestLoader<string, EvidenceRow[]>(req, 'reports.evidenceOfReport', async (ids) => {
      const all = await this.evidence.ofReports(ids);
      return groupedByKeys(ids, all, (r) => r.reportId);
    }).load(reportId);
  }

  /** Report.changedEvidence: the evidence the viewer may see whose live figures differ. */
  async changedCount(scope: SignedInScope, reportId: string): Promise<number> {
    return (await this.ofReport(scope, reportId)).filter((e) => e.changed).length;
  }

  /** The picker's preview: the live figures of an input, saving nothing. */
  async preview(viewer: Viewer, input: EvidenceInput): Promise<EvidenceFigures> {
    return toFigures((await this.check(viewer, input)).figures);
  }

  // ---------------------------------------------------------------- mutations

  /** An editor links evidence the editor may see; the snapshot is its figures now. */
  async link(scope: SignedInScope, recommendationId: string, input: EvidenceInput): Promise<Evidence> {
    const rec = isUuid(recommendationId)
      ? await this.reports.recommendation(scope.loaders, recommendationId)
      : null;
    if (!rec) throw new NotFoundError('Recommendation', recommendationId);
    await this.reports.assertEditor(scope.viewer, rec.reportId);
    const c = await this.check(scope.viewer, input);
    const at = this.clock.now();
    const id = await this.evidence.insert({
      reportId: rec.reportId,
      recommendationId: rec.id,
      kind: c.kind,
      surveyId: c.surveyId,
      questionKey: c.questionKey,
      optionKey: c.optionKey,
      answerFilter: c.where,
      useCaseId: c.useCaseId,
      useCasePart: c.useCasePart,
      requirementId: c.requirementId,
      documentId: c.documentId,
      documentVersion: c.documentVersion,
      meetingId: c.meetingId,
      note: c.note,
      snapshot: { ...c.figures, linkedAt: at.toISOString() },
      snapshotAt: at,
      linkedBy: scope.viewer.personId,
    });
    await this.reports.touch(rec.reportId);
    return this.byIdFresh(scope, id);
  }

  /** An editor removes evidence; the recommendation is returned. */
  async unlink(scope: SignedInScope, id: string): Promise<Recommendation> {
    const row = await this.rowOrThrow(id);
    await this.reports.assertEditor(scope.viewer, row.reportId);
    await this.evidence.delete(row.id);
    await this.reports.touch(row.reportId);
    const rec = await this.reports.recommendation({}, row.recommendationId);
    if (!rec) throw new NotFoundError('Recommendation', row.recommendationId);
    return rec;
  }

  /** An editor re-confirms: the snapshot becomes the live figures (a document's pin, its current version). */
  async reconfirm(scope: SignedInScope, id: string): Promise<Evidence> {
    const { viewer } = scope;
    const row = await this.rowOrThrow(id);
    await this.reports.assertEditor(viewer, row.reportId);
    const [resolved] = await this.resolveRaw(scopeForPerson(viewer), [row]);
    if (!resolved.visible)
      throw new ForbiddenError('You may not see the source of this evidence, so you cannot re-confirm it.');
    if (!resolved.live)
      throw new ConflictError('The source of this evidence is gone: unlink it or link another one.');
    const at = this.clock.now();
    const figures = {
      ...resolved.live,
      takenAt: at.toISOString(),
      linkedAt: (row.snapshot as unknown as FiguresData).linkedAt ?? row.snapshotAt.toISOString(),
    };
    await this.evidence.confirm(row.id, figures, resolved.live.version ?? null, viewer.personId, at);
    await this.reports.touch(row.reportId);
    return this.byIdFresh(scope, row.id);
  }

  private async rowOrThrow(id: string): Promise<EvidenceRow> {
    const row = isUuid(id) ? await this.evidence.findById(id) : null;
    if (!row) throw new NotFoundError('Evidence', id);
    return row;
  }

  /** After a write: the same person with loaders of their own, so nothing read before it is reused. */
  private async byIdFresh(scope: SignedInScope, id: string): Promise<Evidence> {
    const row = await this.rowOrThrow(id);
    const [model] = await this.resolveRows(scopeForPerson(scope.viewer), [row]);
    return model;
  }

  // ------------------------------------------------------------ field sources

  /** Evidence.useCase / CoverageItem.useCase, batched per request. */
  async useCase(req: object, id: string | null): Promise<UseCase | null> {
    if (!id) return null;
    const found = await requestLoader<string, UseCaseEntity | null>(
      req,
      'reports.evidenceUseCase',
      async (ids) => byKeys(ids, await this.useCases.findByIds(ids), (u) => u.id),
    ).load(id);
    return found ? toUseCase(found) : null;
  }

  /** Evidence.requirement / CoverageItem.requirement, batched per request. */
  async requirement(req: object, id: string | null): Promise<Requirement | null> {
    if (!id) return null;
    const r = await this.requirementLoader(req).load(id);
    return r
      ? ({
          id: r.id,
          category: r.category,
          metric: r.metric,
          value: r.value,
          unit: r.unit,
          year: r.year,
          note: r.note,
        } as Requirement)
      : null;
  }

  /** Evidence.document: the document as the viewer may see it, batched per request. */
  async document(scope: SignedInScope, id: string | null): Promise<Document | null> {
    if (!id) return null;
    return requestLoader<string, Document | null>(scope.loaders, 'reports.evidenceDocument', (ids) =>
      this.documents.documentsAmong(scope.viewer, ids),
    ).load(id);
  }

  async meeting(scope: SignedInScope, id: string | null): Promise<Meeting | null> {
    return id ? this.meetings.meetingOf(scope, id) : null;
  }

  // --------------------------------------------------------------- resolution

  /** Rows to models for one viewer; every source read batched through the request's loaders. */
  async resolveRows(scope: SignedInScope, rows: readonly EvidenceRow[]): Promise<Evidence[]> {
    const resolved = await this.resolveRaw(scope, rows);
    return rows.map((row, i) => toEvidence(row, resolved[i]));
  }

  private async resolveRaw(scope: SignedInScope, rows: readonly EvidenceRow[]): Promise<Resolved[]> {
    const now = this.clock.now();
    return Promise.all(
      rows.map(async (row): Promise<Resolved> => {
        switch (row.kind) {
          case 'SURVEY_RESULT': {
            if (!row.surveySlug || !row.questionKey) return { visible: false, live: null };
            const visible = surveyResultsVisible(
              scope.viewer,
              { status: row.surveyStatus ?? 'DRAFT', closesAt: row.surveyClosesAt },
              now,
            );
            if (!visible) return { visible, live: null };
            const results = await this.surveyResultsLoader(scope).load(
              JSON.stringify([row.surveySlug, row.answerFilter]),
            );
            return {
              visible,
              live: results ? surveyFigures(results, row.questionKey, row.optionKey, now) : null,
            };
          }
          case 'USE_CASE': {
            // Use cases are for every MEMBER: whoever reads the report may see them.
            if (row.requirementId) {
              const r = await this.requirementLoader(scope.loaders).load(row.requirementId);
              return { visible: true, live: r ? requirementFigures(r, now) : null };
            }
            const cites = (row.snapshot as unknown as FiguresData).cites;
            if (!row.useCaseId || cites === 'requirement') return { visible: true, live: null };
            const u = await requestLoader<string, UseCaseEntity | null>(
              scope.loaders,
              'reports.evidenceUseCase',
              async (ids) => byKeys(ids, await this.useCases.findByIds(ids), (x) => x.id),
            ).load(row.useCaseId);
            return { visible: true, live: u ? useCasePartFigures(u, row.useCasePart, now) : null };
          }
          case 'DOCUMENT_VERSION': {
            if (!row.documentId) return { visible: false, live: null };
            const doc = await this.documentLoader(scope).load(row.documentId);
            if (!doc?.visible) return { visible: false, live: null };
            const current = await this.versionLoader(scope.loaders).load(`${doc.id}:${doc.version}`);
            return {
              visible: true,
              live: current ? documentFigures(current, doc.version, now, row.documentVersion) : null,
            };
          }
          case 'MEETING_MINUTES': {
            if (!row.meetingId) return { visible: false, live: null };
            const m = await this.meetingLoader(scope).load(row.meetingId);
            if (!m?.visible) return { visible: false, live: null };
            return { visible: true, live: m.minutes ? minutesFigures(m, now) : null };
          }
        }
      }),
    );
  }

  private surveyResultsLoader(scope: SignedInScope) {
    return requestLoader<string, SurveyResults | null>(
      scope.loaders,
      'reports.evidenceSurveyResults',
      (keys) =>
        Promise.all(
          keys.map(async (key) => {
            const [slug, where] = JSON.parse(key) as [string, AnswerFilterValue[]];
            try {
              return await this.surveys.results(scope.viewer, slug, where);
            } catch (e) {
              // A survey the viewer may no longer read, or a filter it no longer has: no live figures.
              if (e instanceof DomainError) return null;
              throw e;
            }
          }),
        ),
    );
  }

  private requirementLoader(req: object) {
    return requestLoader<string, RequirementSourceRow | null>(
      req,
      'reports.evidenceRequirement',
      async (ids) => byKeys(ids, await this.evidence.requirements(ids), (r) => r.id),
    );
  }

  private documentLoader(scope: SignedInScope) {
    return requestLoader<string, DocumentSourceRow | null>(
      scope.loaders,
      'reports.evidenceDocumentRow',
      async (ids) =>
        byKeys(
          ids,
          await this.evidence.documents(ids, (d) =>
            documentVisibleSql(documentScope(scope.viewer), d, 'row'),
          ),
          (d) => d.id,
        ),
    );
  }

  /** Document versions by 'documentId:version'. */
  private versionLoader(req: object) {
    return requestLoader<string, DocumentVersionRow | null>(
      req,
      'reports.evidenceDocumentVersion',
      async (keys) => {
        const pairs = keys.map((k) => {
          const [documentId, version] = k.split(':');
          return { documentId, version: Number(version) };
        });
        return byKeys(
          keys,
          await this.evidence.documentVersions(pairs),
          (v) => `${v.documentId}:${v.version}`,
        );
      },
    );
  }

  private meetingLoader(scope: SignedInScope) {
    return requestLoader<string, MeetingSourceRow | null>(
      scope.loaders,
      'reports.evidenceMeeting',
      async (ids) =>
        byKeys(
          ids,
          await this.evidence.meetings(ids, (m) => meetingVisibleSql(meetingScope(scope.viewer), m)),
          (m) => m.id,
        ),
    );
  }

  // ------------------------------------------------------------------- checks

  /**
   * The input checked for its kind (every problem named by its path, 'input.questionKey'), the
   * source it names looked up as the viewer may see it, and its figures now.
   */
  private async check(viewer: Viewer, input: EvidenceInput): Promise<CheckedEvidence> {
    const p = new InputProblems();
    const used: Record<EvidenceKind, (keyof EvidenceInput)[]> = {
      [EvidenceKind.SURVEY_RESULT]: ['surveySlug', 'questionKey', 'optionKey', 'where'],
      [EvidenceKind.USE_CASE]: ['useCaseId', 'useCasePart', 'requirementId'],
      [EvidenceKind.DOCUMENT_VERSION]: ['documentId', 'documentVersion'],
      [EvidenceKind.MEETING_MINUTES]: ['meetingId'],
    };
    const allFields = Object.values(used).flat();
    for (const f of allFields) {
      const v = input[f];
      const given = v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
      if (given && !used[input.kind].includes(f))
        p.add(`input.${f}`, `is not used by ${input.kind} evidence`);
    }
    const note = input.note?.trim() || null;
    p.check(
      note === null || note.length <= EVIDENCE_NOTE_MAX_CHARS,
      'input.note',
      `at most ${EVIDENCE_NOTE_MAX_CHARS} characters`,
    );
    const base = {
      kind: input.kind,
      surveyId: null,
      questionKey: null,
      optionKey: null,
      where: [] as AnswerFilterValue[],
      useCaseId: null,
      useCasePart: null,
      requirementId: null,
      documentId: null,
      documentVersion: null,
      meetingId: null,
      note,
    };
    const at = this.clock.now();
    switch (input.kind) {
      case EvidenceKind.SURVEY_RESULT: {
        const slug = input.surveySlug?.trim() ?? '';
        const questionKey = input.questionKey?.trim() ?? '';
        p.check(slug !== '', 'input.surveySlug', 'name the survey');
        p.check(questionKey !== '', 'input.questionKey', 'name the question');
        const where = (input.where ?? []).map((f) => ({ questionKey: f.questionKey, anyOf: [...f.anyOf] }));
        p.check(where.length <= MAX_WHERE_FILTERS, 'input.where', `at most ${MAX_WHERE_FILTERS} filters`);
        p.throwIfAny();
        const survey = await this.surveys.bySlug(viewer, slug);
        if (!survey) throw BadUserInputError.field('input.surveySlug', `no survey "${slug}"`);
        if (!surveyResultsVisible(viewer, survey, at))
          throw BadUserInputError.field('input.surveySlug', 'its results are not open to you yet');
        const question = survey.sections.flatMap((s) => s.questions).find((q) => q.key === questionKey);
        if (!question)
          throw BadUserInputError.field('input.questionKey', `no question "${questionKey}" in this survey`);
        const optionKey = input.optionKey?.trim() || null;
        if (optionKey) {
          const keys = [...question.options.map((o) => o.key), ...(question.allowOther ? ['other'] : [])];
          if (!keys.includes(optionKey))
            throw BadUserInputError.field('input.optionKey', `"${questionKey}" has no option "${optionKey}"`);
        }
        let results: SurveyResults;
        try {
          results = await this.surveys.results(viewer, slug, where);
        } catch (e) {
          if (e instanceof BadUserInputError)
            throw new BadUserInputError(
              Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [`input.${k}`, m])),
            );
          throw e;
        }
        const figures = surveyFigures(results, questionKey, optionKey, at);
        if (!figures)
          throw BadUserInputError.field('input.questionKey', `no question "${questionKey}" in this survey`);
        return { ...base, surveyId: survey.id, questionKey, optionKey, where, figures };
      }
      case EvidenceKind.USE_CASE: {
        const useCaseId = input.useCaseId ?? '';
        p.check(useCaseId !== '', 'input.useCaseId', 'name the use case');
        const part = input.useCasePart?.trim() || null;
        const requirementId = input.requirementId || null;
        if (part && !isUseCasePart(part))
          p.add('input.useCasePart', `no part "${part}" in the use-case template`);
        if (part && requirementId) p.add('input.requirementId', 'cite a part or a requirement, not both');
        p.throwIfAny();
        const [u] = isUuid(useCaseId) ? await this.useCases.findByIds([useCaseId]) : [];
        if (!u) throw BadUserInputError.field('input.useCaseId', 'no such use case');
        if (requirementId) {
          const [r] = isUuid(requirementId) ? await this.evidence.requirements([requirementId]) : [];
          if (!r || r.useCaseId !== u.id)
            throw BadUserInputError.field('input.requirementId', 'no such requirement of this use case');
          return { ...base, useCaseId: u.id, requirementId: r.id, figures: requirementFigures(r, at) };
        }
        if (part && isUseCasePart(part) && !u[part]?.trim())
          throw BadUserInputError.field(
            'input.useCasePart',
            `the use case has no ${partLabel(part).toLowerCase()} yet`,
          );
        return { ...base, useCaseId: u.id, useCasePart: part, figures: useCasePartFigures(u, part, at) };
      }
      case EvidenceKind.DOCUMENT_VERSION: {
        const documentId = input.documentId ?? '';
        p.check(documentId !== '', 'input.documentId', 'name the document');
        const pinned = input.documentVersion ?? null;
        p.check(pinned === null || pinned >= 1, 'input.documentVersion', 'versions start at 1');
        p.throwIfAny();
        const [doc] = isUuid(documentId)
          ? await this.evidence.documents([documentId], (d) =>
              documentVisibleSql(documentScope(viewer), d, 'row'),
            )
          : [];
        if (!doc?.visible)
          throw BadUserInputError.field('input.documentId', 'no document you may see has this id');
        const version = pinned ?? doc.version;
        if (version > doc.version)
          throw BadUserInputError.field('input.documentVersion', `the document is at version ${doc.version}`);
        const [v] = await this.evidence.documentVersions([{ documentId: doc.id, version }]);
        if (!v)
          throw BadUserInputError.field('input.documentVersion', `the document has no version ${version}`);
        return {
          ...base,
          documentId: doc.id,
          documentVersion: version,
          figures: documentFigures(v, doc.version, at),
        };
      }
      case EvidenceKind.MEETING_MINUTES: {
        const meetingId = input.meetingId ?? '';
        p.check(meetingId !== '', 'input.meetingId', 'name the meeting');
        p.throwIfAny();
        const [m] = isUuid(meetingId)
          ? await this.evidence.meetings([meetingId], (m) => meetingVisibleSql(meetingScope(viewer), m))
          : [];
        if (!m?.visible)
          throw BadUserInputError.field('input.meetingId', 'no meeting you may see has this id');
        if (!m.minutes?.trim())
          throw BadUserInputError.field('input.meetingId', 'the meeting has no minutes yet');
        return { ...base, meetingId: m.id, figures: minutesFigures(m, at) };
      }
    }
  }
}

/** The GraphQL evidence for one viewer: everything but kind and id null when the source is hidden. */
function toEvidence(row: EvidenceRow, r: Resolved): Evidence {
  const hidden: Evidence = {
    id: row.id,
    kind: row.kind as EvidenceKind,
    visible: false,
    label: null,
    note: null,
    sourcePath: null,
    snapshot: null,
    live: null,
    changed: false,
    linkedAt: new Date((row.snapshot as unknown as FiguresData).linkedAt ?? row.snapshotAt),
    confirmedAt: null,
    surveySlug: null,
    questionKey: null,
    optionKey: null,
    where: null,
    useCasePart: null,
    documentVersion: null,
    useCaseId: null,
    requirementId: null,
    documentId: null,
    meetingId: null,
    recommendationId: row.recommendationId,
    reportId: row.reportId,
  };
  if (!r.visible) return hidden;
  const snap = row.snapshot as unknown as FiguresData;
  const live = r.live;
  let changed = live === null;
  let label: string;
  let sourcePath: string | null = null;
  switch (row.kind) {
    case 'SURVEY_RESULT':
      if (live) changed = surveyChanged(snap, live);
      label = surveyLabel(snap, row.answerFilter);
      sourcePath = row.surveySlug ? webPaths.surveyResults(row.surveySlug, row.answerFilter) : null;
      break;
    case 'USE_CASE':
      if (live) changed = textChanged(snap, live);
      label = useCaseLabel(snap, row.useCasePart);
      sourcePath = row.useCaseId ? webPaths.useCase(row.useCaseId) : null;
      break;
    case 'DOCUMENT_VERSION':
      if (live) changed = documentChanged(snap, live);
      label = documentLabel(snap, row.documentVersion);
      sourcePath = row.documentId ? webPaths.document(row.documentId) : null;
      break;
    case 'MEETING_MINUTES':
      if (live) changed = textChanged(snap, live);
      label = minutesLabel(snap);
      sourcePath = row.meetingId ? webPaths.meeting(row.meetingId) : null;
      break;
  }
  return {
    ...hidden,
    visible: true,
    label,
    note: row.note,
    sourcePath,
    snapshot: toFigures(snap),
    live: live ? toFigures(live) : null,
    changed,
    confirmedAt: row.confirmedAt,
    surveySlug: row.surveySlug,
    questionKey: row.questionKey,
    optionKey: row.optionKey,
    where: row.kind === 'SURVEY_RESULT' ? row.answerFilter : null,
    useCasePart: row.useCasePart,
    documentVersion: row.documentVersion,
    useCaseId: row.useCaseId,
    requirementId: row.requirementId,
    documentId: row.documentId,
    meetingId: row.meetingId,
  };
}
