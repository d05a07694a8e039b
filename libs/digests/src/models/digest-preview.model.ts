import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, MailPreview } from '@cop/platform';
import { DigestRun } from './digest-run.model';

@ObjectType({
  description:
    "One person's digest as runDigest(frequency) would compose it now: the same composition and visibility rules as the real run, nothing sent.",
})
export class DigestPreview {
  @Field(() => DateTimeScalar, { description: "Start of the period, in the person's own zone." })
  periodStart: Date;

  @Field(() => DateTimeScalar, { description: "End of the period, in the person's own zone." })
  periodEnd: Date;

  @Field({
    description:
      'True when the person has this digest setting and can receive mail (a MEMBER or the OFFICE with an address); otherwise the run skips them and this is what they would get if they had.',
  })
  subscribed: boolean;

  @Field({
    description:
      'Nothing new for them in the period (or their digest of it went out already): the run sends them nothing.',
  })
  empty: boolean;

  @Field(() => MailPreview, { nullable: true, description: 'The e-mail; null when empty.' })
  mail: MailPreview | null;
}

@ObjectType({ description: "The period runDigest(frequency) covers now, in the community's default zone." })
export class DigestPeriod {
  @Field(() => DateTimeScalar)
  periodStart: Date;

  @Field(() => DateTimeScalar)
  periodEnd: Date;

  @Field(() => DigestRun, {
    nullable: true,
    description:
      'The run of this period when there is one already: runDigest then returns it and starts nothing new.',
  })
  run: DigestRun | null;
}
