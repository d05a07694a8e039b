import { Injectable } from '@nestjs/common';
import { TransactionContext, sql, type Sql } from '@cop/platform';
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

  private select(where: Sql): Promise<EvidenceRow[]> {
    return this.tx.query<EvidenceRow>(sql`
      SELECT ${this.tx.columnsOf(EvidenceEntity, 'e')}, s.slug AS "surveySlug", s.status AS "surveyStatus",
             s.closes_at AS "surveyClosesAt"
      FROM report_evidence e LEFT JOIN surveys s ON s.id = e.survey_id
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

  /** Documents by id with the viewer's visibility (`visible`, the knowledge rule as SQL). */
  async documents(ids: readonly string[], visibleSql: Sql): Promise<DocumentSourceRow[]> {
    if (!ids.length) return [];
    return this.tx.query<DocumentSourceRow>(sql`
      SELECT d.id, d.title, d.version, (${visibleSql}) AS visible
      FROM documents d WHERE d.id = ANY(${ids}::uuid[])`);
  }

  /** The versions named by (document, version) pairs. */
  async documentVersions(
    pairs: readonly { documentId: string; version: number }[],
  ): Promise<DocumentVersionRow[]> {
    if (!pairs.length) return [];
    return this.tx.query<DocumentVersionRow>(sql`
      SELECT v.document_id AS "documentId", v.version, v.title, v.summary, v.body, v.edited_at AS "editedAt"
      FROM document_versions v
      JOIN unnest(${pairs.map((p) => p.documentId)}::uuid[], ${pairs.map((p) => p.version)}::int[]) AS w(document_id, version)
        ON w.document_id = v.document_id AND w.version = v.version`);
  }

  /** Meetings by id with the viewer's visibility (`visible`, the meetings rule as SQL). */
  async meetings(ids: readonly string[], visibleSql: Sql): Promise<MeetingSourceRow[]> {
    if (!ids.length) return [];
    return this.tx.query<MeetingSourceRow>(sql`
      SELECT m.id, m.title, m.starts_at AS "startsAt", m.minutes, m.updated_at AS "updatedAt", (${visibleSql}) AS visible
      FROM meetings m WHERE m.id = ANY(${ids}::uuid[])`);
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

  /** Visible documents (the knowledge rule as SQL on alias d) whose title contains the text. */
  documentCandidates(pattern: string, visibleSql: Sql, limit: number): Promise<DocumentSourceRow[]> {
    return this.tx.query<DocumentSourceRow>(sql`
      SELECT d.id, d.title, d.version, TRUE AS visible FROM documents d
      WHERE ${visibleSql} AND (d.title ILIKE ${pattern} OR d.summary ILIKE ${pattern})
      ORDER BY (d.title ILIKE ${pattern}) DESC, d.updated_at DESC, d.id
      LIMIT ${limit}`);
  }

  /** Visible meetings (the meetings rule as SQL on alias m) with minutes, by title or minutes. */
  meetingCandidates(pattern: string, visibleSql: Sql, limit: number): Promise<MeetingSourceRow[]> {
    return this.tx.query<MeetingSourceRow>(sql`
      SELECT m.id, m.title, m.starts_at AS "startsAt", m.minutes, m.updated_at AS "updatedAt", TRUE AS visible
      FROM meetings m
      WHERE ${visibleSql} AND m.minutes IS NOT NULL AND btrim(m.minutes) <> ''
        AND (m.title ILIKE ${pattern} OR m.minutes ILIKE ${pattern})
      ORDER BY (m.title ILIKE ${pattern}) DESC, m.starts_at DESC, m.id
      LIMIT ${limit}`);
  }
}

export type { AnswerFilterValue, EvidenceKindValue };
