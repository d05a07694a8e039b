import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { DateScalar, URLScalar } from '@cop/platform';

// The fields are checked by the service (initiative-rules.ts), every problem at once under
// "input.<field>"; the decorators here only carry the values in.

@InputType()
export class InitiativeInput {
  @Field({ description: 'Lower-case letters, digits and dashes; the page is /initiatives/<slug>.' })
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  description?: string | null;

  /** The scalar parses to a URL object, which class-transformer cannot rebuild: taken as its string. */
  @Field(() => URLScalar, { nullable: true })
  @IsOptional()
  @Type(() => String)
  url?: string | null;
}

@InputType()
export class InitiativeGroupInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  description?: string | null;
}

@InputType()
export class ReportTargetInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  description?: string | null;

  @Field(() => URLScalar, { nullable: true })
  @IsOptional()
  @Type(() => String)
  url?: string | null;

  @Field(() => DateScalar)
  dueDate: Date | string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  initiativeId?: string | null;
}
