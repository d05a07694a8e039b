import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type ReportStatusValue = 'DRAFTING' | 'IN_REVIEW' | 'PUBLISHED';
export type RecommendationPriorityValue = 'HIGH' | 'MEDIUM' | 'LOW';
export type EvidenceKindValue = 'SURVEY_RESULT' | 'USE_CASE' | 'DOCUMENT_VERSION' | 'MEETING_MINUTES';

@Entity({ name: 'reports' })
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  /** Free text, e.g. "SRIDA input", "Landscape analysis". */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', default: 'DRAFTING' })
  status: ReportStatusValue;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  /** The knowledge-base document it is published as (null until first published). */
  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'report_working_groups' })
export class ReportWorkingGroupEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' })
  workingGroupId: string;

  @Column({ type: 'integer' })
  position: number;
}

/** Named editors beyond the owning groups' chairs (who are editors by default). */
@Entity({ name: 'report_editors' })
export class ReportEditorEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}

@Entity({ name: 'report_sections' })
export class ReportSectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  body: string;

  /** Optimistic concurrency, as documents have: every update adds one. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'report_recommendations' })
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  statement: string;

  /** Markdown. */
  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  @Column({ type: 'text', default: 'MEDIUM' })
  priority: RecommendationPriorityValue;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A cross-tab restriction of a survey result, as the contract's AnswerFilter. */
export interface AnswerFilterValue {
  questionKey: string;
  anyOf: string[];
}

@Entity({ name: 'report_evidence' })
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  kind: EvidenceKindValue;

  @Column({ name: 'survey_id', type: 'uuid', nullable: true })
  surveyId: string | null;

  @Column({ name: 'question_key', type: 'text', nullable: true })
  questionKey: string | null;

  /** The option the recommendation quotes (e.g. 'infrastructure-manager'), if one. */
  @Column({ name: 'option_key', type: 'text', nullable: true })
  optionKey: string | null;

  @Column({ name: 'answer_filter', type: 'jsonb', default: () => "'[]'" })
  answerFilter: AnswerFilterValue[];

  @Column({ name: 'use_case_id', type: 'uuid', nullable: true })
  useCaseId: string | null;

  /** A UseCase template part key (e.g. 'gapAnalysis'), or null for the whole case / a requirement. */
  @Column({ name: 'use_case_part', type: 'text', nullable: true })
  useCasePart: string | null;

  @Column({ name: 'requirement_id', type: 'uuid', nullable: true })
  requirementId: string | null;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @Column({ name: 'document_version', type: 'integer', nullable: true })
  documentVersion: number | null;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The figures as they were when linked (or last re-confirmed); see evidence/snapshot types. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ name: 'snapshot_at', type: 'timestamptz' })
  snapshotAt: Date;

  @Column({ name: 'linked_by', type: 'uuid', nullable: true })
  linkedBy: string | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}

@Entity({ name: 'report_comments' })
export class ReportCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'section_id', type: 'uuid', nullable: true })
  sectionId: string | null;

  @Column({ name: 'recommendation_id', type: 'uuid', nullable: true })
  recommendationId: string | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;
}

@Entity({ name: 'report_review_rounds' })
export class ReviewRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

@Entity({ name: 'report_reviewers' })
export class ReviewerEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;
}

@Entity({ name: 'report_publications' })
export class ReportPublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @Column({ name: 'document_version', type: 'integer' })
  documentVersion: number;

  @Column({ type: 'text' })
  visibility: string;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}

export const REPORT_ENTITIES = [
  ReportEntity,
  ReportWorkingGroupEntity,
  ReportEditorEntity,
  ReportSectionEntity,
  RecommendationEntity,
  EvidenceEntity,
  ReportCommentEntity,
  ReviewRoundEntity,
  ReviewerEntity,
  ReportPublicationEntity,
];
