import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { DateTimeScalar, URLScalar } from '@cop/platform';
import { DocumentKind } from '../models/document.model';
import { Visibility } from '../models/visibility.enum';

@InputType()
export class DocumentInput {
  @Field()
  @IsString()
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  summary?: string | null;

  /** The size limit is configuration (KnowledgeLimits), checked by the service. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  body?: string | null;

  @Field(() => DocumentKind)
  @IsEnum(DocumentKind)
  kind: DocumentKind;

  @Field(() => Visibility, { nullable: true, defaultValue: Visibility.COMMUNITY })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;

  /** The scalar parses to a URL object, which class-transformer cannot rebuild: taken as its string. */
  @Field(() => URLScalar, { nullable: true })
  @IsOptional()
  @Type(() => String)
  externalUrl?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 working groups' })
  workingGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: 'at most 50 topics' })
  topicIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30, { message: 'at most 30 tags' })
  tags?: string[] | null;
}

@InputType()
export class DocumentFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  workingGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  topicIds?: string[] | null;

  @Field(() => [DocumentKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(DocumentKind, { each: true })
  kinds?: DocumentKind[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  tags?: string[] | null;

  @Field(() => [Visibility], { nullable: true, description: 'Documents of any of these visibilities.' })
  @IsOptional()
  @IsArray()
  @IsEnum(Visibility, { each: true })
  visibilities?: Visibility[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  authorId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  updatedSince?: Date | null;
}
