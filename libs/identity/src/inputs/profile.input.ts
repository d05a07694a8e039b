import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { TimeZoneScalar, NO_CONTROL_CHARS } from '@cop/platform';
import { ComputingRole, DigestFrequency, ScientificDomain, TargetGroup } from '../models/enums';

@InputType()
export class ProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  affiliation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { message: 'must be an ORCID iD such as 0000-0002-1825-0097' })
  orcid?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5000 characters' })
  bio?: string | null;

  @Field(() => [ScientificDomain], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(ScientificDomain, { each: true })
  domains?: ScientificDomain[] | null;

  @Field(() => [ComputingRole], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(ComputingRole, { each: true })
  computingRoles?: ComputingRole[] | null;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup | null;

  @Field(() => TimeZoneScalar, { nullable: true })
  @IsOptional()
  timeZone?: string | null;
}

@InputType()
export class NotificationSettingsInput {
  @Field(() => DigestFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(DigestFrequency)
  digest?: DigestFrequency | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  meetingReminders?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  newsletter?: boolean | null;
}
