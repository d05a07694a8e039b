import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, EmailAddressScalar, URLScalar } from '@cop/platform';
import { DigestFrequency } from './enums';
import { Person } from './person.model';

@ObjectType()
export class NotificationSettings {
  @Field(() => DigestFrequency)
  digest: DigestFrequency;

  @Field()
  meetingReminders: boolean;

  @Field()
  newsletter: boolean;
}

@ObjectType()
export class LinkedIdentity {
  @Field()
  provider: string;

  @Field()
  subject: string;

  @Field(() => EmailAddressScalar, { nullable: true })
  email: string | null;

  @Field(() => DateTimeScalar)
  linkedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastLoginAt: Date | null;
}

@ObjectType()
export class AccessToken {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt: Date | null;
}

@ObjectType()
export class CreatedAccessToken {
  @Field(() => AccessToken)
  token: AccessToken;

  @Field({ description: 'Shown once; only a hash is stored.' })
  secret: string;
}

@ObjectType()
export class AuthProvider {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field(() => URLScalar)
  loginUrl: string;
}

/** The signed-in caller; its fields resolve from the person id. */
@ObjectType('Viewer')
export class ViewerModel {
  personId: string;

  @Field(() => Person)
  person: Person;
}
