import { Injectable } from '@nestjs/common';
import { displayNameSql, displayNamesOfSql, mailablePeopleSql } from '@cop/identity';
import { TransactionContext, sql } from '@cop/platform';
import {
  RecommendationEntity,
  ReportCommentEntity,
  ReportSectionEntity,
  ReviewRoundEntity,
  ReviewerEntity,
} from '../report.entity';

/** A section with its number (1..n in position order). */
export type NumberedSection = ReportSectionEntity & { number: number };
/** A recommendation with its section's number and its own place there. */
export type NumberedRecommendation = RecommendationEntity & { sectionNumber: number; index: number };

/** A reviewer of a round as the mail needs them. */
export interface ReviewerRecipient {
  id: string;
  displayName: string;
  email: string;
}

/** Review comments, review rounds and their reviewers: the only file of review that touches SQL. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly tx: TransactionContext) {}

  // ----------------------------------------------------------------- comments

  async insertComment(fields: Omit<ReportCommentEntity, 'id'>): Promise<ReportCommentEntity> {
    return this.tx.manager().getRepository(ReportCommentEntity).save(fields);
  }

  async findComment(id: string): Promise<ReportCommentEntity | null> {
    const [row] = await this.tx.query<ReportCommentEntity>(
      sql`SELECT ${this.tx.columnsOf(ReportCommentEntity, 'c')} FROM report_comments c WHERE c.id = ${id}`,
    );
    return row ?? null;
  }

  /** Every comment of these reports (threads and replies), oldest first. */
  async commentsOf(reportIds: readonly string[]): Promise<ReportCommentEntity[]> {
    if (!reportIds.length) return [];
    return this.tx.query<ReportCommentEntity>(
      sql`SELECT ${this.tx.columnsOf(ReportCommentEntity, 'c')} FROM report_comments c
           WHERE c.report_id = ANY(${reportIds}::uuid[]) ORDER BY c.created_at, c.id`,
    );
  }

  /** The replies of these thread roots, oldest first. */
  async repliesOf(parentIds: readonly string[]): Promise<ReportCommentEntity[]> {
    if (!parentIds.length) return [];
    return this.tx.query<ReportCommentEntity>(
      sql`SELECT ${this.tx.columnsOf(ReportCommentEntity, 'c')} FROM report_comments c
           WHERE c.parent_id = ANY(${parentIds}::uuid[]) ORDER BY c.created_at, c.id`,
    );
  }

  /** Open (unresolved) threads per report. */
  async openThreadCounts(reportIds: readonly string[]): Promise<Map<string, number>> {
    if (!reportIds.length) return new Map();
    const rows = await this.tx.query<{ reportId: string; n: number }>(
      sql`SELECT report_id AS "reportId", count(*)::int AS n FROM report_comments
           WHERE report_id = ANY(${reportIds}::uuid[]) AND parent_id IS NULL AND resolved_at IS NULL
           GROUP BY report_id`,
    );
    return new Map(rows.map((r) => [r.reportId, r.n]));
  }

  async setResolution(id: string, resolvedAt: Date | null, resolvedBy: string | null): Promise<void> {
    await this.tx.query(
      sql`UPDATE report_comments SET resolved_at = ${resolvedAt}, resolved_by = ${resolvedBy} WHERE id = ${id}`,
    );
  }

  /** The report a section belongs to (null: no such section). */
  async reportOfSection(sectionId: string): Promise<string | null> {
    const [row] = await this.tx.query<{ reportId: string }>(
      sql`SELECT report_id AS "reportId" FROM report_sections WHERE id = ${sectionId}`,
    );
    return row?.reportId ?? null;
  }

  /** The report and section a recommendation belongs to (null: no such recommendation). */
  async placeOfRecommendation(id: string): Promise<{ reportId: string; sectionId: string } | null> {
    const [row] = await this.tx.query<{ reportId: string; sectionId: string }>(
      sql`SELECT report_id AS "reportId", section_id AS "sectionId" FROM report_recommendations WHERE id = ${id}`,
    );
    return row ?? null;
  }

  /** Sections by id with their numbers (counted among their report's sections). */
  async numberedSections(ids: readonly string[]): Promise<NumberedSection[]> {
    if (!ids.length) return [];
    return this.tx.query<NumberedSection>(sql`SELECT * FROM (
        SELECT ${this.tx.columnsOf(ReportSectionEntity, 's')},
               (row_number() OVER (PARTITION BY s.report_id ORDER BY s.position, s.id))::int AS number
          FROM report_sections s
         WHERE s.report_id IN (SELECT report_id FROM report_sections WHERE id = ANY(${ids}::uuid[]))
      ) x WHERE x.id = ANY(${ids}::uuid[])`);
  }

  /** Recommendations by id with their section's number and their place in it. */
  async numberedRecommendations(ids: readonly string[]): Promise<NumberedRecommendation[]> {
    if (!ids.length) return [];
    return this.tx.query<NumberedRecommendation>(sql`SELECT x.*, s.number AS "sectionNumber" FROM (
        SELECT ${this.tx.columnsOf(RecommendationEntity, 'r')},
               (row_number() OVER (PARTITION BY r.section_id ORDER BY r.position, r.id) - 1)::int AS index
          FROM report_recommendations r
         WHERE r.section_id IN (SELECT section_id FROM report_recommendations WHERE id = ANY(${ids}::uuid[]))
      ) x
      JOIN (SELECT id, (row_number() OVER (PARTITION BY report_id ORDER BY position, id))::int AS number
              FROM report_sections
             WHERE report_id IN (SELECT report_id FROM report_recommendations WHERE id = ANY(${ids}::uuid[]))
           ) s ON s.id = x."sectionId"
      WHERE x.id = ANY(${ids}::uuid[])`);
  }

  // ------------------------------------------------------------------- rounds

  async roundsOf(reportIds: readonly string[]): Promise<ReviewRoundEntity[]> {
    if (!reportIds.length) return [];
    return this.tx.query<ReviewRoundEntity>(
      sql`SELECT ${this.tx.columnsOf(ReviewRoundEntity, 'r')} FROM report_review_rounds r
           WHERE r.report_id = ANY(${reportIds}::uuid[]) ORDER BY r.number`,
    );
  }

  async findRound(id: string): Promise<ReviewRoundEntity | null> {
    const [row] = await this.tx.query<ReviewRoundEntity>(
      sql`SELECT ${this.tx.columnsOf(ReviewRoundEntity, 'r')} FROM report_review_rounds r WHERE r.id = ${id}`,
    );
    return row ?? null;
  }

  async reviewersOf(roundIds: readonly string[]): Promise<ReviewerEntity[]> {
    if (!roundIds.length) return [];
    return this.tx.query<ReviewerEntity>(
      sql`SELECT v.round_id AS "roundId", v.person_id AS "personId" FROM report_reviewers v
           WHERE v.round_id = ANY(${roundIds}::uuid[]) ORDER BY ${displayNameSql(sql`v.person_id`)}, v.person_id`,
    );
  }

  /** Closes the report's open rounds and opens the next one with its reviewers; returns it. */
  async openRound(
    fields: Pick<ReviewRoundEntity, 'reportId' | 'note' | 'openedBy' | 'openedAt'>,
    reviewerIds: readonly string[],
  ): Promise<ReviewRoundEntity> {
    await this.tx.query(
      sql`UPDATE report_review_rounds SET closed_at = ${fields.openedAt}
           WHERE report_id = ${fields.reportId} AND closed_at IS NULL`,
    );
    const [{ id }] = await this.tx.query<{ id: string }>(sql`INSERT INTO report_review_rounds
        (report_id, number, note, opened_by, opened_at)
        SELECT ${fields.reportId}, COALESCE(max(number), 0) + 1, ${fields.note}, ${fields.openedBy}, ${fields.openedAt}
          FROM report_review_rounds WHERE report_id = ${fields.reportId}
        RETURNING id`);
    await this.tx.query(sql`INSERT INTO report_reviewers (round_id, person_id)
        SELECT ${id}, unnest(${reviewerIds}::uuid[]) ON CONFLICT DO NOTHING`);
    return (await this.findRound(id))!;
  }

  async setReportStatus(reportId: string, status: 'IN_REVIEW', at: Date): Promise<void> {
    await this.tx.query(
      sql`UPDATE reports SET status = ${status}, updated_at = ${at} WHERE id = ${reportId}`,
    );
  }

  /** A round's reviewers who can be mailed (members or office with an address). */
  async reviewerRecipients(roundId: string): Promise<ReviewerRecipient[]> {
    return this.tx.query<ReviewerRecipient>(sql`SELECT p.id, p."displayName", p.email
        FROM report_reviewers v JOIN (${mailablePeopleSql()}) p ON p.id = v.person_id
       WHERE v.round_id = ${roundId}
       ORDER BY p.id`);
  }

  async reportTitle(reportId: string): Promise<string | null> {
    const [row] = await this.tx.query<{ title: string }>(
      sql`SELECT title FROM reports WHERE id = ${reportId}`,
    );
    return row?.title ?? null;
  }

  async personName(id: string): Promise<string | null> {
    const [row] = await this.tx.query<{ displayName: string }>(displayNamesOfSql([id]));
    return row?.displayName ?? null;
  }
}
