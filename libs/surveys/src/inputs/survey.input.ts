import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '@cop/platform';
import { QuestionKind, ResultMeasure } from '../models/survey.model';

// Checked as a whole by checkSurveyInput / checkAnswers (survey-definition.ts), which name every
// problem by its path; the validation pipe does not descend into these lists.

@InputType()
export class ConditionInput {
  @Field()
  questionKey: string;

  @Field(() => [String])
  anyOf: string[];
}

@InputType()
export class QuestionOptionInput {
  @Field()
  key: string;

  @Field()
  label: string;
}

@InputType()
export class QuestionInput {
  @Field()
  key: string;

  @Field()
  text: string;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  required?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  allowOther?: boolean | null;

  @Field(() => [QuestionOptionInput], { nullable: true })
  options?: QuestionOptionInput[] | null;

  @Field(() => Int, { nullable: true })
  scaleMin?: number | null;

  @Field(() => Int, { nullable: true })
  scaleMax?: number | null;

  @Field(() => ConditionInput, { nullable: true })
  showIf?: ConditionInput | null;

  @Field(() => ResultMeasure, { nullable: true, defaultValue: ResultMeasure.RATIO })
  resultMeasure?: ResultMeasure | null;
}

@InputType()
export class SurveySectionInput {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ConditionInput, { nullable: true })
  showIf?: ConditionInput | null;

  @Field(() => [QuestionInput])
  questions: QuestionInput[];
}

@InputType()
export class SurveyInput {
  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  anonymous?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true })
  opensAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closesAt?: Date | null;

  @Field(() => [SurveySectionInput])
  sections: SurveySectionInput[];
}

@InputType()
export class AnswerInput {
  @Field()
  questionKey: string;

  @Field(() => [String], { nullable: true })
  optionKeys?: string[] | null;

  @Field(() => String, { nullable: true })
  otherText?: string | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Float, { nullable: true })
  number?: number | null;
}

@InputType({
  description:
    'Restricts results to responses whose answer to questionKey includes any of anyOf: a cross-tabulation.',
})
export class AnswerFilter {
  @Field()
  questionKey: string;

  @Field(() => [String])
  anyOf: string[];
}
