import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AnswerFilter } from '@cop/surveys';
import { EvidenceKind } from '../models/evidence.model';

/**
 * What a recommendation cites. Which fields a kind needs is checked by the evidence service
 * (evidence-input.ts), which names every problem by its path ('input.questionKey').
 */
@InputType()
export class EvidenceInput {
  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Field(() => String, { nullable: true })
  surveySlug?: string | null;

  @Field(() => String, { nullable: true })
  questionKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The option the recommendation quotes.' })
  optionKey?: string | null;

  @Field(() => [AnswerFilter], { nullable: true })
  where?: AnswerFilter[] | null;

  @Field(() => ID, { nullable: true })
  useCaseId?: string | null;

  @Field(() => String, { nullable: true, description: "A template part, e.g. 'gapAnalysis'." })
  useCasePart?: string | null;

  @Field(() => ID, { nullable: true })
  requirementId?: string | null;

  @Field(() => ID, { nullable: true })
  documentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Pinned version; the current one when omitted.' })
  documentVersion?: number | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
