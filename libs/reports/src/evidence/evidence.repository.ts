import { Injectable } from '@nestjs/common';
import { TransactionContext, sql, type Sql } from '@cop/platform';
import { documentCandidatesSql, documentSourcesSql, documentVersionsSql } from '@cop/knowledge';
import { meetingCandidatesSql, meetingSourcesSql } from '@cop/meetings';
import { surveyResultFactsSql } from '@cop/surveys';
import {
  completeUseCasesSql,
  requirementCandidatesSql,
  requirementSourcesByIdsSql,
  requirementSourcesOfUseCasesSql,
  useCaseCandidatesSql,
} from '@cop/use-cases';
import { EvidenceEntity, type AnswerFilterValue, type EvidenceKindValue } from '../report.entity';

/** An evidence row with what the reads need of its survey (slug, title, and the results rule's facts). */
export interface EvidenceRow extends EvidenceEntity {
  surveySlug: string | null;
  surveyStatus: string | null;
  surveyClosesAt: Date | null;
}

export interface RequirementSourceRow {
  id: string;
  useCaseId: string;
  useCaseTitle: string;
  category: string;
  metric: string;
  value: number;
  unit: string;
  year: number;
  note: string | null;
}

export interface DocumentSourceRow {
  id: string;
  title: string;
  version: number;
  visible: boolean;
}

export interface DocumentVersionRow {
  documentId: string;
  version: number;
  title: string;
  summary: string | null;
  body: string | null;
  editedAt: Date;
}

export interface MeetingSourceRow {
  id: string;
  title: string;
  startsAt: Date;
  minutes: string | null;
  updatedAt: Date;
  visible: boolean;
}

export interface UseCaseCandidateRow {
  id: string;
  title: string;
  parts: Record<string, string | null>;
}

export type NewEvidence = Omit<EvidenceEntity, 'id' | 'position' | 'confirmedBy' | 'confirmedAt'>;

/** Evidence rows, and the reads of the sources they cite that the evidence part needs. */
@Injectable()
export class EvidenceRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** Evidence rows with their survey's slug and results facts (the surveys' derived table). */
  private select(where: Sql): Promise<EvidenceRow[]> {
    return this.tx.query<EvidenceRow>(sql`
      SELECT ${this.tx.columnsOf(EvidenceEntity, 'e')}, s.slug AS "surveySlug", s.status AS "surveyStatus",
             s."closesAt" AS "surveyClosesAt"
      FROM report_evidence e LEFT JOIN LATERAL (${surveyResultFactsSql(sql`e.survey_id`)}) s ON TRUE
      WHERE ${where}
      ORDER BY e.recommendation_id, e.position, e.id`);
  }

  findById(id: string): Promise<EvidenceRow | null> {
    return this.select(sql`e.id = ${id}`).then((rows) => rows[0] ?? null);
  }

  ofRecommendations(ids: readonly string[]): Promise<EvidenceRow[]> {
    return ids.length ? this.select(sql`e.recommendation_id = ANY(${ids}::uuid[])`) : Promise.resolve([]);
  }

  ofReports(ids: readonly string[]): Promise<EvidenceRow[]> {
    return ids.length ? this.select(sql`e.report_id = ANY(${ids}::uuid[])`) : Promise.resolve([]);
  }

  /** Appends the evidence to its recommendation's list. */
  async insert(fields: NewEvidence): Promise<string> {
    const [row] = await this.tx.query<{ id: string }>(sql`
      INSERT INTO report_evidence (report_id, recommendation_id, position, kind, survey_id, question_key, option_key,
        answer_filter, use_case_id, use_case_part, requirement_id, document_id, document_version, meeting_id, note,
        snapshot, snapshot_at, linked_by)
      VALUES (${fields.reportId}, ${fields.recommendationId},
        (SELECT coalesce(max(position), 0) + 1 FROM report_evidence WHERE recommendation_id = ${fields.recommendationId}),
        ${fields.kind}, ${fields.surveyId}, ${fields.questionKey}, ${fields.optionKey},
        ${JSON.stringify(fields.answerFilter)}::jsonb, ${fields.useCaseId}, ${fields.useCasePart},
        ${fields.requirementId}, ${fields.documentId}, ${fields.documentVersion}, ${fields.meetingId}, ${fields.note},
        ${JSON.stringify(fields.snapshot)}::jsonb, ${fields.snapshotAt}, ${fields.linkedBy})
      RETURNING id`);
    return row.id;
  }

  async delete(id: string): Promise<void> {
    await this.tx.query(sql`DELETE FROM report_evidence WHERE id = ${id}`);
  }

  /** Re-confirmation: the snapshot becomes the live figures (a document's pin moves with it). */
  async confirm(
    id: string,
    snapshot: Record<string, unknown>,
    documentVersion: number | null,
    by: string,
    at: Date,
  ): Promise<void> {
    await this.tx.query(sql`
      UPDATE report_evidence SET snapshot = ${JSON.stringify(snapshot)}::jsonb, snapshot_at = ${at},
        confirmed_by = ${by}, confirmed_at = ${at},
        document_version = CASE WHEN kind = 'DOCUMENT_VERSION' THEN ${documentVersion}::int ELSE document_version END
      WHERE id = ${id}`);
  }

  // ------------------------------------------------------------------ sources

  /** The requirements of these ids with their use case's title (the use cases' statement). */
  async requirements(ids: readonly string[]): Promise<RequirementSourceRow[]> {
    if (!ids.length) return [];
    return this.tx.query<RequirementSourceRow>(requirementSourcesByIdsSql(ids));
  }

  /** Documents by id, each with whether `visible` (a knowledge condition on the alias given) holds. */
  async documents(ids: readonly string[], visible: (d: string) => Sql): Promise<DocumentSourceRow[]> {
    if (!ids.length) return [];
    return this.tx.query<DocumentSourceRow>(documentSourcesSql(ids, visible));
  }

  /** The versions named by (document, version) pairs. */
  async documentVersions(
    pairs: readonly { documentId: string; version: number }[],
  ): Promise<DocumentVersionRow[]> {
    if (!pairs.length) return [];
    return this.tx.query<DocumentVersionRow>(documentVersionsSql(pairs));
  }

  /** Meetings by id, each with whether `visible` (a meetings condition on the alias given) holds. */
  async meetings(ids: readonly string[], visible: (m: string) => Sql): Promise<MeetingSourceRow[]> {
    if (!ids.length) return [];
    return this.tx.query<MeetingSourceRow>(meetingSourcesSql(ids, visible));
  }

  // ----------------------------------------------------------------- coverage

  /** Every COMPLETE use case, by title (the use cases' statement). */
  completeUseCases(): Promise<{ id: string; title: string }[]> {
    return this.tx.query(completeUseCasesSql());
  }

  async requirementsOfUseCases(ids: readonly string[]): Promise<RequirementSourceRow[]> {
    if (!ids.length) return [];
    return this.tx.query<RequirementSourceRow>(requirementSourcesOfUseCasesSql(ids));
  }

  // --------------------------------------------------------------- candidates

  /** Use cases whose title or one of whose parts contains the text (a LIKE pattern, escaped). */
  useCaseCandidates(pattern: string, limit: number): Promise<UseCaseCandidateRow[]> {
    return this.tx.query<UseCaseCandidateRow>(useCaseCandidatesSql(pattern, limit));
  }

  requirementCandidates(pattern: string, limit: number): Promise<RequirementSourceRow[]> {
    return this.tx.query<RequirementSourceRow>(requirementCandidatesSql(pattern, limit));
  }

  /** Visible documents (`visible`: a knowledge condition) whose title or summary contains the text. */
  documentCandidates(
    pattern: string,
    visible: (d: string) => Sql,
    limit: number,
  ): Promise<DocumentSourceRow[]> {
    return this.tx.query<DocumentSourceRow>(documentCandidatesSql(pattern, visible, limit));
  }

  /** Visible meetings (`visible`: a meetings condition) with minutes, by title or minutes. */
  meetingCandidates(
    pattern: string,
    visible: (m: string) => Sql,
    limit: number,
  ): Promise<MeetingSourceRow[]> {
    return this.tx.query<MeetingSourceRow>(meetingCandidatesSql(pattern, visible, limit));
  }
}

export type { AnswerFilterValue, EvidenceKindValue };
