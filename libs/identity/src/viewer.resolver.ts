import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from './access';
import { AccessTokensService } from './access-tokens.service';
import { toAccessToken } from './identity.resolver';
import { LinkedIdentitiesRepository } from './linked-identities.repository';
import { Person } from './models/person.model';
import { AccessToken, LinkedIdentity, NotificationSettings, ViewerModel } from './models/viewer.model';
import { PeopleService } from './people.service';
import { CurrentViewer, type Viewer } from './viewer';
import { CurrentScope, type SignedInScope } from './scope';

/** The fields of `viewer`: only ever the caller's own data. */
@Resolver(() => ViewerModel)
@Access('SIGNED_IN')
export class ViewerResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly tokens: AccessTokensService,
    private readonly linkedIdentities: LinkedIdentitiesRepository,
  ) {}

  @ResolveField(() => Person)
  async person(@CurrentScope() scope: SignedInScope): Promise<Person> {
    const { viewer } = scope;
    const person = await this.people.load(scope.loaders, viewer.personId);
    return this.people.toModel(person ?? (await this.people.viewerPerson(viewer)), viewer);
  }

  @ResolveField(() => NotificationSettings)
  async notificationSettings(@CurrentScope() scope: SignedInScope): Promise<NotificationSettings> {
    return this.people.settingsOf(
      (await this.people.load(scope.loaders, scope.personId)) ??
        (await this.people.viewerPerson(scope.viewer)),
    );
  }

  @ResolveField(() => [AccessToken])
  async accessTokens(@CurrentViewer() viewer: Viewer): Promise<AccessToken[]> {
    return (await this.tokens.listOf(viewer)).map(toAccessToken);
  }

  @ResolveField(() => [LinkedIdentity])
  async identities(
    @CurrentViewer() viewer: Viewer,
    @Parent() _parent: ViewerModel,
  ): Promise<LinkedIdentity[]> {
    return (await this.linkedIdentities.findByPerson(viewer.personId)).map((i) => ({
      provider: i.provider,
      subject: i.subject,
      email: i.email,
      linkedAt: i.linkedAt,
      lastLoginAt: i.lastLoginAt,
    }));
  }
}
