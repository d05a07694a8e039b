import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  Clock,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  OutboxService,
  byKeys,
  groupedByKeys,
  isUuid,
  renderMarkdown,
  requestLoader,
} from '@cop/platform';
import {
  PeopleRepository,
  PeopleService,
  type Person,
  type PersonEntity,
  type Scope,
  type Viewer,
} from '@cop/identity';
import { ReportsService, recommendationNumber, rolesById, toRecommendation, toSection } from '../core/public';
import type { Recommendation, ReportSection } from '../models/report.model';
import type { ReportCommentEntity, ReviewRoundEntity } from '../report.entity';
import type { ReportCommentInput } from './inputs/report-comment.input';
import type { ReportComment, ReviewRound } from './models/review.model';
import {
  COMMENT_BODY_MAX_CHARS,
  MAX_REVIEWERS,
  REVIEW_NOTE_MAX_CHARS,
  mayResolveThread,
  mayReview,
} from './review-rules';
import { ReviewRepository, type NumberedRecommendation, type NumberedSection } from './review.repository';

/** Review of reports: threaded comments on a report, its sections and recommendations; review rounds. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly review: ReviewRepository,
    private readonly reports: ReportsService,
    private readonly people: PeopleService,
    private readonly peopleRepository: PeopleRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  // ----------------------------------------------------------------- comments

  /** Any member who may read the report; a reply joins the thread of the comment it answers. */
  async addComment(viewer: Viewer, input: ReportCommentInput): Promise<ReportComment> {
    const report = await this.reports.readable(viewer, input.reportId);
    const problems = new InputProblems();
    const body = typeof input.body === 'string' ? input.body.trim() : '';
    problems.check(body !== '', 'input.body', 'must not be blank');
    problems.check(
      body.length <= COMMENT_BODY_MAX_CHARS,
      'input.body',
      `at most ${COMMENT_BODY_MAX_CHARS} characters`,
    );

    let root: ReportCommentEntity | null = null;
    if (given(input.parentId)) {
      const parent = isUuid(input.parentId) ? await this.review.findComment(input.parentId) : null;
      if (!parent || parent.reportId !== report.id)
        problems.add('input.parentId', 'is not a comment of this report');
      else root = parent.parentId ? await this.review.findComment(parent.parentId) : parent;
    }
    let sectionId: string | null = null;
    if (given(input.sectionId)) {
      const of = isUuid(input.sectionId) ? await this.review.reportOfSection(input.sectionId) : null;
      if (of !== report.id) problems.add('input.sectionId', 'is not a section of this report');
      else sectionId = input.sectionId;
    }
    let recommendationId: string | null = null;
    if (given(input.recommendationId)) {
      const place = isUuid(input.recommendationId)
        ? await this.review.placeOfRecommendation(input.recommendationId)
        : null;
      if (!place || place.reportId !== report.id)
        problems.add('input.recommendationId', 'is not a recommendation of this report');
      else if (sectionId && place.sectionId !== sectionId)
        problems.add('input.recommendationId', 'is not a recommendation of that section');
      else {
        recommendationId = input.recommendationId;
        sectionId = place.sectionId;
      }
    }
    problems.throwIfAny();

    const saved = await this.review.insertComment({
      reportId: report.id,
      // A reply is anchored where its thread is.
      sectionId: root ? root.sectionId : sectionId,
      recommendationId: root ? root.recommendationId : recommendationId,
      parentId: root ? root.id : null,
      authorId: viewer.personId,
      body,
      createdAt: this.clock.now(),
      editedAt: null,
      resolvedAt: null,
      resolvedBy: null,
    });
    return toComment(saved);
  }

  resolveComment(viewer: Viewer, id: string): Promise<ReportComment> {
    return this.setResolved(viewer, id, true);
  }

  reopenComment(viewer: Viewer, id: string): Promise<ReportComment> {
    return this.setResolved(viewer, id, false);
  }

  /** On a thread's root: its author, an editor of the report, or the office. */
  private async setResolved(viewer: Viewer, id: string, resolved: boolean): Promise<ReportComment> {
    const comment = isUuid(id) ? await this.review.findComment(id) : null;
    if (!comment) throw new NotFoundError('ReportComment', id);
    await this.reports.readable(viewer, comment.reportId);
    if (comment.parentId)
      throw BadUserInputError.field('id', "is a reply: resolve or reopen its thread's first comment");
    const mayEdit =
      comment.authorId === viewer.personId || (await this.reports.mayEdit(viewer, comment.reportId));
    if (!mayResolveThread(viewer.personId, comment.authorId, mayEdit))
      throw new ForbiddenError("Only the comment's author, the report's editors and the office may do this.");
    if ((comment.resolvedAt !== null) === resolved) return toComment(comment);
    const at = resolved ? this.clock.now() : null;
    const by = resolved ? viewer.personId : null;
    await this.review.setResolution(comment.id, at, by);
    return toComment({ ...comment, resolvedAt: at, resolvedBy: by });
  }

  /** The report's threads (top-level comments), oldest first; resolved ones unless left out. */
  async comments(req: object, reportId: string, includeResolved: boolean): Promise<ReportComment[]> {
    const all = await requestLoader<string, ReportCommentEntity[]>(
      req,
      'reports.review.comments',
      async (ids) => groupedByKeys(ids, await this.review.commentsOf(ids), (c) => c.reportId),
    ).load(reportId);
    return all
      .filter((c) => c.parentId === null && (includeResolved || c.resolvedAt === null))
      .map(toComment);
  }

  async openComments(req: object, reportId: string): Promise<number> {
    return requestLoader<string, number>(req, 'reports.review.openComments', async (ids) => {
      const counts = await this.review.openThreadCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(reportId);
  }

  async replies(req: object, comment: ReportComment): Promise<ReportComment[]> {
    if (comment.parentId) return [];
    const rows = await requestLoader<string, ReportCommentEntity[]>(
      req,
      'reports.review.replies',
      async (ids) => groupedByKeys(ids, await this.review.repliesOf(ids), (c) => c.parentId!),
    ).load(comment.id);
    return rows.map(toComment);
  }

  async section(req: object, comment: ReportComment): Promise<ReportSection | null> {
    if (!comment.sectionId) return null;
    const row = await requestLoader<string, NumberedSection | null>(
      req,
      'reports.review.sections',
      async (ids) => byKeys(ids, await this.review.numberedSections(ids), (s) => s.id),
    ).load(comment.sectionId);
    return row ? toSection(row, row.number) : null;
  }

  async recommendation(req: object, comment: ReportComment): Promise<Recommendation | null> {
    if (!comment.recommendationId) return null;
    const row = await requestLoader<string, NumberedRecommendation | null>(
      req,
      'reports.review.recommendations',
      async (ids) => byKeys(ids, await this.review.numberedRecommendations(ids), (r) => r.id),
    ).load(comment.recommendationId);
    return row ? toRecommendation(row, recommendationNumber(row.sectionNumber, row.index)) : null;
  }

  // ------------------------------------------------------------------- rounds

  /**
   * An editor asks these people (members or office) to review: the report goes IN_REVIEW, the
   * previous round closes, and each reviewer is mailed through the outbox once the change commits.
   */
  async openRound(
    viewer: Viewer,
    reportId: string,
    reviewerIds: readonly string[],
    note: string | null | undefined,
  ): Promise<ReviewRound> {
    const report = await this.reports.assertEditor(viewer, reportId);
    const problems = new InputProblems();
    problems.check(reviewerIds.length > 0, 'reviewerIds', 'name at least one reviewer');
    problems.check(reviewerIds.length <= MAX_REVIEWERS, 'reviewerIds', `at most ${MAX_REVIEWERS} reviewers`);
    const roles = rolesById(await this.peopleRepository.findByIds(reviewerIds.filter(isUuid)));
    reviewerIds.forEach((id, i) =>
      problems.check(
        isUuid(id) && mayReview(roles.get(id)),
        `reviewerIds.${i}`,
        'is not a member of the community',
      ),
    );
    const text = typeof note === 'string' ? note.trim() : '';
    problems.check(
      text.length <= REVIEW_NOTE_MAX_CHARS,
      'note',
      `at most ${REVIEW_NOTE_MAX_CHARS} characters`,
    );
    problems.throwIfAny();

    const now = this.clock.now();
    const round = await this.review.openRound(
      { reportId: report.id, note: text || null, openedBy: viewer.personId, openedAt: now },
      [...new Set(reviewerIds)],
    );
    await this.review.setReportStatus(report.id, 'IN_REVIEW', now);
    await this.outbox.enqueue('reports.review-round-opened', { roundId: round.id });
    return toRound(round);
  }

  async rounds(req: object, reportId: string): Promise<ReviewRound[]> {
    const rows = await requestLoader<string, ReviewRoundEntity[]>(req, 'reports.review.rounds', async (ids) =>
      groupedByKeys(ids, await this.review.roundsOf(ids), (r) => r.reportId),
    ).load(reportId);
    return rows.map(toRound);
  }

  async reviewers(scope: Scope, roundId: string): Promise<Person[]> {
    const ids = await requestLoader<string, string[]>(
      scope.loaders,
      'reports.review.reviewerIds',
      async (keys) =>
        groupedByKeys(
          keys,
          await this.review.reviewersOf(keys),
          (r) => r.roundId,
          (r) => r.personId,
        ),
    ).load(roundId);
    const people = await Promise.all(ids.map((id) => this.personLoader(scope.loaders, 'reviewers').load(id)));
    return people.filter((p) => p !== null).map((p) => this.people.toModel(p, scope.viewer));
  }

  /**
   * A person by id (a comment's author or resolver, a round's opener), on a loader of the relation's
   * own, so a request's query count never depends on which relations happen to share a batch.
   */
  async person(scope: Scope, relation: 'author' | 'resolvedBy' | 'openedBy', id: string): Promise<Person> {
    const person = await this.personLoader(scope.loaders, relation).load(id);
    if (!person) throw new NotFoundError('Person', id);
    return this.people.toModel(person, scope.viewer);
  }

  private personLoader(req: object, relation: string) {
    return requestLoader<string, PersonEntity | null>(req, `reports.review.people.${relation}`, async (ids) =>
      byKeys(ids, await this.peopleRepository.findByIds(ids), (p) => p.id),
    );
  }
}

function given(value: string | null | undefined): value is string {
  return value !== null && value !== undefined;
}

function toComment(c: ReportCommentEntity): ReportComment {
  return {
    id: c.id,
    body: c.body,
    get bodyHtml() {
      return renderMarkdown(c.body);
    },
    createdAt: c.createdAt,
    parentId: c.parentId,
    resolved: c.resolvedAt !== null,
    resolvedAt: c.resolvedAt,
    reportId: c.reportId,
    authorId: c.authorId,
    sectionId: c.sectionId,
    recommendationId: c.recommendationId,
    resolvedById: c.resolvedBy,
  };
}

function toRound(r: ReviewRoundEntity): ReviewRound {
  return {
    id: r.id,
    number: r.number,
    note: r.note,
    openedAt: r.openedAt,
    closedAt: r.closedAt,
    reportId: r.reportId,
    openedById: r.openedBy,
  };
}
