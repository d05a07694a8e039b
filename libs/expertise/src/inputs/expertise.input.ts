import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { NO_CONTROL_CHARS } from '@cop/platform';
import { ExpertiseLevel, ExpertiseVisibility } from '../models/expertise.model';

// Lengths, the 50-entry limit, duplicates and unknown terms are checked by the service
// (expertise-rules.ts), every problem at once under "input.entries.<i>…".

@InputType({ description: 'An existing term (termId), or a new free tag (newTag): exactly one of them.' })
export class ExpertiseEntryInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  termId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A new free tag, 1 to 60 characters once trimmed. A term with the same label (case aside) is reused, a merged tag by the tag it was merged into.',
  })
  @IsOptional()
  @IsString()
  @Matches(NO_CONTROL_CHARS, { message: 'must not contain control characters' })
  newTag?: string | null;

  @Field(() => ExpertiseLevel)
  level: ExpertiseLevel;
}

@InputType()
export class MyExpertiseInput {
  @Field(() => [ExpertiseEntryInput], {
    description: 'Replaces the list, in this order; at most 50; the same term twice is refused.',
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ExpertiseEntryInput)
  entries: ExpertiseEntryInput[];

  @Field(() => ExpertiseVisibility)
  visibility: ExpertiseVisibility;
}
