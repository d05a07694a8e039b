import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class NewsletterInput {
  @Field()
  @IsString()
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  subject: string;

  /** Markdown; may be empty while drafting, not when sending. */
  @Field()
  @IsString()
  @MaxLength(200000)
  body: string;
}
