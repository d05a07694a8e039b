import { ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar, groupedByKeys, requestLoader } from '@cop/platform';
import { Access } from './access';
import type { GqlContext } from './field-access';
import { LinkedIdentitiesRepository } from './linked-identities.repository';
import type { LinkedIdentityEntity } from './linked-identity.entity';
import { Person } from './models/person.model';
import { LinkedIdentity } from './models/viewer.model';
import { seesAdministrationOf } from './people.service';

/**
 * Person.identities and Person.lastSignedInAt: what only the person themself and the office
 * see. Both read the identities of a page of people through one request DataLoader.
 */
@Resolver(() => Person)
export class PersonFieldsResolver {
  constructor(private readonly linkedIdentities: LinkedIdentitiesRepository) {}

  // graphql-js's (parent, args, context), called directly (field-access.ts): lists of people.
  @ResolveField(() => [LinkedIdentity], {
    nullable: true,
    description:
      'The issuer identities linked to this person, oldest first. The person themself and OFFICE see them; null for everyone else.',
  })
  @Access('ANYONE')
  async identities(person: Person, _args: unknown, ctx: GqlContext): Promise<LinkedIdentity[] | null> {
    if (!seesAdministrationOf(ctx.req.viewer ?? null, person.id)) return null;
    return (await this.load(ctx, person.id)).map(toLinkedIdentity);
  }

  @ResolveField(() => DateTimeScalar, {
    nullable: true,
    description:
      'Their latest sign-in through any linked identity; null if they never signed in through an issuer. The person themself and OFFICE see it; null for everyone else.',
  })
  @Access('ANYONE')
  async lastSignedInAt(person: Person, _args: unknown, ctx: GqlContext): Promise<Date | null> {
    if (!seesAdministrationOf(ctx.req.viewer ?? null, person.id)) return null;
    let latest: Date | null = null;
    for (const i of await this.load(ctx, person.id))
      if (i.lastLoginAt && (!latest || i.lastLoginAt > latest)) latest = i.lastLoginAt;
    return latest;
  }

  private load(ctx: GqlContext, personId: string): Promise<LinkedIdentityEntity[]> {
    return requestLoader<string, LinkedIdentityEntity[]>(ctx.req, 'identities.byPerson', async (ids) =>
      groupedByKeys(ids, await this.linkedIdentities.findByPeople(ids), (i) => i.personId),
    ).load(personId);
  }
}

export function toLinkedIdentity(i: LinkedIdentityEntity): LinkedIdentity {
  return {
    provider: i.provider,
    subject: i.subject,
    email: i.email,
    linkedAt: i.linkedAt,
    lastLoginAt: i.lastLoginAt,
  };
}
