import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar, URLScalar } from '@cop/platform';

/** Relations (groups, targets) are field resolvers. */
@ObjectType({ description: 'A related initiative the CoP feeds, e.g. JENA.' })
export class Initiative {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  description: string | null;

  @Field(() => URLScalar, { nullable: true })
  url: string | null;
}

/** Relations (initiative, linkedWorkingGroups, members, peopleInBoth) are field resolvers. */
@ObjectType({ description: "A working group of an initiative, e.g. JENA's WG Software." })
export class InitiativeGroup {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  initiativeId: string;
}

/** Relations (initiative, reports) are field resolvers. */
@ObjectType({ description: 'An initiative or process with a due date that reports feed.' })
export class ReportTarget {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => URLScalar, { nullable: true })
  url: string | null;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD.' })
  dueDate: string;

  initiativeId: string | null;
}
