import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, EmailAddressScalar, TimeZoneScalar, Connection } from '@cop/platform';
import { ComputingRole, PlatformRole, RoleSource, ScientificDomain, TargetGroup } from './enums';

@ObjectType()
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  affiliation: string | null;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  orcid: string | null;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => [ScientificDomain])
  domains: ScientificDomain[];

  @Field(() => [ComputingRole])
  computingRoles: ComputingRole[];

  @Field(() => TargetGroup, { nullable: true })
  targetGroup: TargetGroup | null;

  @Field(() => TimeZoneScalar, {
    nullable: true,
    description: "Times in this person's e-mails are shown here; null: UTC.",
  })
  timeZone: string | null;

  @Field(() => PlatformRole)
  role: PlatformRole;

  @Field(() => RoleSource, {
    nullable: true,
    description: 'Why they hold their role. The person themself and OFFICE see it; null for everyone else.',
  })
  roleSource: RoleSource | null;

  @Field(() => EmailAddressScalar, {
    nullable: true,
    description: 'The person themself, MEMBER and OFFICE see it; null for everyone else.',
  })
  email: string | null;

  @Field(() => DateTimeScalar)
  joinedAt: Date;
}

@ObjectType()
export class PersonConnection extends Connection(Person, 'Person') {}
