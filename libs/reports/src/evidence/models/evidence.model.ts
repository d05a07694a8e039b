import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@cop/platform';
import { OptionTally } from '@cop/surveys';
import { Recommendation } from '../../models/report.model';

export enum EvidenceKind {
  SURVEY_RESULT = 'SURVEY_RESULT',
  USE_CASE = 'USE_CASE',
  DOCUMENT_VERSION = 'DOCUMENT_VERSION',
  MEETING_MINUTES = 'MEETING_MINUTES',
}
export enum CoverageItemKind {
  USE_CASE_GAP = 'USE_CASE_GAP',
  REQUIREMENT = 'REQUIREMENT',
  SURVEY_QUESTION = 'SURVEY_QUESTION',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
registerEnumType(CoverageItemKind, { name: 'CoverageItemKind' });

@ObjectType({ description: 'A cross-tab restriction of a cited survey result.' })
export class AnswerFilterValue {
  @Field()
  questionKey: string;

  @Field(() => [String])
  anyOf: string[];
}

@ObjectType({ description: 'The figures of a piece of evidence: as linked (snapshot) or now (live).' })
export class EvidenceFigures {
  @Field(() => DateTimeScalar)
  takenAt: Date;

  @Field({
    description: "One line quoting the figures, e.g. 'Infrastructure manager: 22 of 80 respondents (27.5%)'.",
  })
  summary: string;

  @Field(() => String, { nullable: true })
  questionText: string | null;

  @Field(() => Int, { nullable: true })
  responses: number | null;

  @Field(() => Int, { nullable: true })
  shown: number | null;

  @Field(() => Int, { nullable: true })
  answered: number | null;

  @Field(() => [OptionTally], { nullable: true })
  options: OptionTally[] | null;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  excerpt: string | null;

  @Field(() => Int, { nullable: true })
  version: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType({
  description: 'A source a recommendation cites, with the figures as linked and as they are now.',
})
export class Evidence {
  @Field(() => ID)
  id: string;

  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Field({
    description:
      'False when the reader may not see the source: then only kind (and id) are told, everything else null.',
  })
  visible: boolean;

  @Field(() => String, {
    nullable: true,
    description: "e.g. 'Jena survey · Q: Your role? · Infrastructure manager'.",
  })
  label: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Web path of the live source.' })
  sourcePath: string | null;

  @Field(() => EvidenceFigures, { nullable: true, description: 'As linked or last re-confirmed.' })
  snapshot: EvidenceFigures | null;

  @Field(() => EvidenceFigures, { nullable: true, description: 'Now (null if the source is gone).' })
  live: EvidenceFigures | null;

  @Field({ description: 'The live figures differ from the snapshot ("evidence changed").' })
  changed: boolean;

  @Field(() => DateTimeScalar)
  linkedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => String, { nullable: true })
  surveySlug: string | null;

  @Field(() => String, { nullable: true })
  questionKey: string | null;

  @Field(() => String, { nullable: true })
  optionKey: string | null;

  @Field(() => [AnswerFilterValue], { nullable: true })
  where: AnswerFilterValue[] | null;

  @Field(() => String, { nullable: true })
  useCasePart: string | null;

  @Field(() => Int, { nullable: true })
  documentVersion: number | null;

  // useCase, requirement, document, meeting: field resolvers on these ids (null when not visible).
  useCaseId: string | null;
  requirementId: string | null;
  documentId: string | null;
  meetingId: string | null;
  recommendationId: string;
  reportId: string;
}

@ObjectType({
  description: 'Something a report may address: a use-case gap, a requirement or a survey question.',
})
export class CoverageItem {
  @Field(() => CoverageItemKind)
  kind: CoverageItemKind;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  surveySlug: string | null;

  @Field(() => String, { nullable: true })
  questionKey: string | null;

  @Field()
  sourcePath: string;

  @Field(() => [Recommendation])
  citedBy: Recommendation[];

  // useCase, requirement: field resolvers on these ids.
  useCaseId: string | null;
  requirementId: string | null;
}

@ObjectType({
  description:
    "Per report: every COMPLETE use case's gap analysis and requirements, and every question of the surveys its evidence cites, with what cites them.",
})
export class ReportCoverage {
  @Field(() => [CoverageItem])
  items: CoverageItem[];

  @Field(() => [CoverageItem], { description: 'The items no recommendation cites.' })
  uncited: CoverageItem[];

  @Field(() => Int)
  cited: number;

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: "The evidence picker's search hit, pre-filled as an EvidenceInput." })
export class EvidenceCandidate {
  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field(() => String, { nullable: true })
  surveySlug: string | null;

  @Field(() => String, { nullable: true })
  questionKey: string | null;

  @Field(() => ID, { nullable: true })
  useCaseId: string | null;

  @Field(() => String, { nullable: true })
  useCasePart: string | null;

  @Field(() => ID, { nullable: true })
  requirementId: string | null;

  @Field(() => ID, { nullable: true })
  documentId: string | null;

  @Field(() => Int, { nullable: true })
  documentVersion: number | null;

  @Field(() => ID, { nullable: true })
  meetingId: string | null;
}
