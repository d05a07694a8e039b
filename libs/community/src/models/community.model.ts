import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@cop/platform';

@ObjectType()
export class CommunityPhase {
  @Field()
  name: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType()
export class Community {
  @Field()
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A short form of the name for narrow places, such as the web app\'s header ("SPECTRUM CoP"). Null: the name is used.',
  })
  shortName: string | null;

  @Field()
  mission: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [CommunityPhase])
  phases: CommunityPhase[];
}
