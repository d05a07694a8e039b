import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class NewsInput {
  @Field()
  @IsString()
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  title: string;

  @Field()
  @IsString()
  @Length(1, 100000, { message: 'must be 1 to 100000 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  body: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  workingGroupId?: string | null;
}

@InputType()
export class FaqEntryInput {
  @Field()
  @IsString()
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  question: string;

  @Field()
  @IsString()
  @Length(1, 10000, { message: 'must be 1 to 10000 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  answer: string;
}
