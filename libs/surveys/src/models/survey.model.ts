import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@cop/platform';

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum QuestionKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  SCALE = 'SCALE',
}

registerEnumType(SurveyStatus, { name: 'SurveyStatus' });
export enum ResultMeasure {
  RATIO = 'RATIO',
  SHARE = 'SHARE',
}

registerEnumType(QuestionKind, { name: 'QuestionKind' });
registerEnumType(ResultMeasure, {
  name: 'ResultMeasure',
  description: "Which percentage a choice question's results show (OptionTally.ratio or .share).",
  valuesMap: {
    RATIO: { description: 'Of the respondents shown the question (the survey tool\'s "Ratio").' },
    SHARE: { description: 'Of all choices made in the question (the seed slides\' "Fraction").' },
  },
});

@ObjectType()
export class Condition {
  @Field({
    description: 'Shown only when the answer to this earlier question includes any of anyOf (option keys).',
  })
  questionKey: string;

  @Field(() => [String])
  anyOf: string[];
}

@ObjectType()
export class QuestionOption {
  @Field()
  key: string;

  @Field()
  label: string;
}

@ObjectType()
export class Question {
  @Field()
  key: string;

  @Field()
  text: string;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field({ description: 'Required only while shown.' })
  required: boolean;

  @Field({ description: "Adds a free-text 'Other (please specify)' choice to a choice question." })
  allowOther: boolean;

  @Field(() => [QuestionOption])
  options: QuestionOption[];

  @Field(() => Int, { nullable: true })
  scaleMin: number | null;

  @Field(() => Int, { nullable: true })
  scaleMax: number | null;

  @Field(() => Condition, { nullable: true })
  showIf: Condition | null;

  @Field(() => ResultMeasure, {
    description: 'The percentage its results show; SHARE only for choice questions.',
  })
  resultMeasure: ResultMeasure;
}

@ObjectType()
export class SurveySection {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  position: number;

  @Field(() => Condition, { nullable: true })
  showIf: Condition | null;

  @Field(() => [Question])
  questions: Question[];
}

@ObjectType()
export class Survey {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => SurveyStatus)
  status: SurveyStatus;

  @Field({ description: 'True: ANYONE may answer without signing in.' })
  anonymous: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  opensAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closesAt: Date | null;

  @Field(() => [SurveySection])
  sections: SurveySection[];

  // responseCount: resolved by SurveysResolver through a per-request DataLoader.
}

@ObjectType()
export class Answer {
  @Field()
  questionKey: string;

  @Field(() => [String])
  optionKeys: string[];

  @Field(() => String, { nullable: true })
  otherText: string | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => Float, { nullable: true })
  number: number | null;
}

@ObjectType()
export class SurveyResponse {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null while a saved draft.' })
  submittedAt: Date | null;

  @Field(() => [Answer])
  answers: Answer[];
}

@ObjectType()
export class OptionTally {
  @Field({ description: '"other" for the free-text Other choice.' })
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'count / shown, e.g. 22 of 80 respondents = 0.275.' })
  ratio: number;

  @Field(() => Float, {
    description: 'count / the sum of all counts of this question, e.g. 30 of 101 choices = 0.297.',
  })
  share: number;
}

@ObjectType()
export class QuestionResult {
  @Field(() => Question)
  question: Question;

  @Field(() => Int, { description: 'Submitted responses to which the question was shown.' })
  shown: number;

  @Field(() => Int)
  answered: number;

  @Field(() => Int, { description: 'shown - answered.' })
  noAnswer: number;

  @Field(() => [OptionTally])
  options: OptionTally[];

  @Field(() => Float, { nullable: true, description: 'NUMBER and SCALE answers.' })
  mean: number | null;

  /** The newest texts (up to RESULT_TEXTS_MAX), sliced by the texts(first) field. */
  allTexts: string[];
}

@ObjectType()
export class SurveyResults {
  @Field(() => Survey)
  survey: Survey;

  @Field(() => Int, { description: 'Submitted responses counted (after the where filter).' })
  responses: number;

  @Field(() => [QuestionResult])
  questions: QuestionResult[];
}
