import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExpertiseLevel, ScientificDomain } from '@cop/identity';

export { ExpertiseLevel };

export enum ExpertiseTermKind {
  DOMAIN = 'DOMAIN',
  TOPIC = 'TOPIC',
  TAG = 'TAG',
}
registerEnumType(ExpertiseTermKind, {
  name: 'ExpertiseTermKind',
  description: "The survey's scientific domains, the working groups' topics, and free tags.",
});

export enum ExpertiseVisibility {
  MEMBERS = 'MEMBERS',
  PRIVATE = 'PRIVATE',
}
registerEnumType(ExpertiseVisibility, {
  name: 'ExpertiseVisibility',
  description: "Who sees a person's expertise besides themself: members (and the office), or nobody.",
});

@ObjectType({ description: 'A term of the shared expertise vocabulary.' })
export class ExpertiseTerm {
  @Field(() => ID)
  id: string;

  @Field(() => ExpertiseTermKind)
  kind: ExpertiseTermKind;

  @Field({ description: '"Observational Radio Astronomy", "Data Access Protocols", "FPGA".' })
  label: string;

  @Field(() => ScientificDomain, { nullable: true, description: 'Kind DOMAIN: the domain it names.' })
  domain: ScientificDomain | null;

  /** Kind TOPIC: resolved by ExpertiseTerm.topic. */
  topicId: string | null;

  /** Filled when the list that found the term counted its holders already (expertiseTerms). */
  peopleCount?: number;
}

@ObjectType({ description: "One entry of a person's expertise." })
export class ExpertiseEntry {
  @Field(() => ExpertiseTerm)
  term: ExpertiseTerm;

  @Field(() => ExpertiseLevel)
  level: ExpertiseLevel;
}
