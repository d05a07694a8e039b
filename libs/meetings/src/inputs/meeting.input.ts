import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DateTimeScalar, TimeZoneScalar, URLScalar, NO_CONTROL_CHARS } from '@cop/platform';
import { Visibility } from '../models/meeting.model';

@InputType()
export class MeetingInput {
  @Field()
  @IsString()
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'must be at most 20000 characters' })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a working group id' })
  workingGroupId?: string | null;

  @Field(() => DateTimeScalar)
  startsAt: Date;

  @Field(() => DateTimeScalar)
  endsAt: Date;

  @Field(() => TimeZoneScalar)
  @IsString()
  timeZone: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  recurrence?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  location?: string | null;

  /** The scalar parses to a URL object, which class-transformer cannot rebuild: taken as its string. */
  @Field(() => URLScalar, { nullable: true })
  @IsOptional()
  @Type(() => String)
  videoConferenceUrl?: string | null;

  @Field(() => Visibility, { nullable: true, defaultValue: Visibility.COMMUNITY })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}

@InputType()
export class AgendaItemInput {
  @Field()
  @IsString()
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  presenter?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The presenter as a person of the platform; `presenter` defaults to their display name when left out.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  presenterId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(1440, { message: 'must be at most 1440' })
  durationMinutes?: number | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'at most 50 documents' })
  @IsUUID('all', { each: true, message: 'must be document ids' })
  documentIds?: string[] | null;
}
