import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { SurveyDefinition, SurveyStatusValue } from './survey-definition';

@Entity({ name: 'surveys' })
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status: SurveyStatusValue;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ type: 'jsonb' })
  definition: SurveyDefinition;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@Entity({ name: 'survey_responses' })
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  /** Null: answered signed out (anonymous surveys only). */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  /** Null: a saved draft. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'shown_keys', type: 'text', array: true, default: () => `'{}'` })
  shownKeys: string[];

  /** Its bit in the survey's result bitmaps (survey_bitmaps), handed out by saveResponse. */
  @Column({ type: 'int' })
  ordinal: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@Entity({ name: 'survey_answers' })
export class SurveyAnswerEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @PrimaryColumn({ name: 'question_key', type: 'text' })
  questionKey: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @Column({ name: 'option_keys', type: 'text', array: true, default: () => `'{}'` })
  optionKeys: string[];

  @Column({ name: 'other_text', type: 'text', nullable: true })
  otherText: string | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'double precision', nullable: true })
  number: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** The response's ordinal, repeated. */
  @Column({ name: 'response_ordinal', type: 'int' })
  responseOrdinal: number;
}
