import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateScalar } from '@cop/platform';
import { NO_CONTROL_CHARS } from '@cop/platform';

@InputType()
export class CommunityPhaseInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  name: string;

  @Field(() => DateScalar)
  startsOn: Date | string;

  @Field(() => DateScalar)
  endsOn: Date | string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  description?: string | null;
}

@InputType()
export class CommunityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  name?: string | null;

  /** Left out: kept; null or blank: removed (the name is used). */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'must be at most 40 characters' })
  @Matches(/^[^\u0000-\u001f\u007f]*$/, { message: 'must be one line, without control characters' })
  shortName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2000 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  mission?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'must be at most 20000 characters' })
  description?: string | null;

  @Field(() => [CommunityPhaseInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 phases' })
  @ValidateNested({ each: true })
  @Type(() => CommunityPhaseInput)
  phases?: CommunityPhaseInput[] | null;
}
