import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, Connection } from '@cop/platform';

export enum NewsletterStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  SENDING = 'SENDING',
  SENT = 'SENT',
}
registerEnumType(NewsletterStatus, { name: 'NewsletterStatus' });

@ObjectType()
export class DeliveryStats {
  @Field(() => Int)
  recipients: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int)
  pending: number;
}

@ObjectType()
export class NewsletterIssue {
  @Field(() => ID)
  id: string;

  @Field()
  subject: string;

  @Field({ description: 'Markdown.' })
  body: string;

  @Field(() => NewsletterStatus)
  status: NewsletterStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  scheduledFor: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt: Date | null;

  /** Resolved by NewsletterIssue.createdBy and .delivery. */
  createdById: string;
  createdAt: Date;
}

@ObjectType()
export class NewsletterIssueConnection extends Connection(NewsletterIssue, 'NewsletterIssue') {}

@ObjectType()
export class NewsletterSubscriberStats {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int)
  unsubscribed: number;
}
