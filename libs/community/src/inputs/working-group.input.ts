import { NO_CONTROL_CHARS } from '@cop/platform';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from 'class-validator';
import { JoinPolicy } from '../models/working-group.model';

@InputType()
export class WorkingGroupInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, {
    message: 'must be 1 to 20 letters, digits or hyphens, such as WG7',
  })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'must be at most 10000 characters' })
  description?: string | null;

  @Field(() => JoinPolicy, { nullable: true })
  @IsOptional()
  @IsEnum(JoinPolicy)
  joinPolicy?: JoinPolicy | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  seatLimit?: number | null;
}
