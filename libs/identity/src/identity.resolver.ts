import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '@cop/platform';
import { Access } from './access';
import { AccessTokensService } from './access-tokens.service';
import { NotificationSettingsInput, ProfileInput } from './inputs/profile.input';
import { PlatformRole, ScientificDomain } from './models/enums';
import { ExpertiseLevel } from './people-filters';
import { CurrentScope, type Scope } from './scope';
import { Person, PersonConnection } from './models/person.model';
import { AccessToken, CreatedAccessToken, NotificationSettings, ViewerModel } from './models/viewer.model';
import { PeopleService } from './people.service';
import { CurrentViewer, type Viewer, type ViewerRequest } from './viewer';

/** People and access: thin, one service call each. */
@Resolver()
export class IdentityResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly tokens: AccessTokensService,
  ) {}

  @Query(() => ViewerModel, { nullable: true, description: 'Null when anonymous.' })
  @Access('ANYONE')
  viewer(@CurrentViewer() viewer: Viewer | null): ViewerModel | null {
    return viewer ? ({ personId: viewer.personId } as ViewerModel) : null;
  }

  @Query(() => Person, { nullable: true })
  @Access('MEMBER')
  person(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Person | null> {
    return this.peopleService.person(viewer, id);
  }

  @Query(() => PersonConnection)
  @Access('MEMBER')
  people(
    @CurrentScope() scope: Scope,
    @Args('search', {
      type: () => String,
      nullable: true,
      description:
        'Matches the name, the affiliation, and the expertise and interest labels of people whose expertise the viewer may see.',
    })
    search: string | null,
    @Args('workingGroupId', { type: () => ID, nullable: true }) workingGroupId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('domain', {
      type: () => ScientificDomain,
      nullable: true,
      description: 'People whose profile domains include it, or whose visible expertise does.',
    })
    domain: ScientificDomain | null,
    @Args('termId', {
      type: () => ID,
      nullable: true,
      description: 'People holding this expertise term, where the viewer may see their expertise.',
    })
    termId: string | null,
    @Args('level', {
      type: () => ExpertiseLevel,
      nullable: true,
      description: 'With termId or domain: only holders at this level; alone: people holding any term at it.',
    })
    level: ExpertiseLevel | null,
  ): Promise<PersonConnection> {
    return this.peopleService.page(scope, { search, workingGroupId, first, after, domain, termId, level });
  }

  @Query(() => [Person], { description: 'GUESTs waiting to be admitted; OFFICE.' })
  @Access('OFFICE')
  pendingAdmissions(@CurrentViewer() viewer: Viewer): Promise<Person[]> {
    return this.peopleService.pendingAdmissions(viewer);
  }

  @Mutation(() => Person)
  @Access('SIGNED_IN')
  updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: ProfileInput): Promise<Person> {
    return this.peopleService.updateProfile(viewer, input);
  }

  @Mutation(() => NotificationSettings)
  @Access('SIGNED_IN')
  updateNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: NotificationSettingsInput,
  ): Promise<NotificationSettings> {
    return this.peopleService.updateNotificationSettings(viewer, input);
  }

  @Mutation(() => CreatedAccessToken)
  @Access('SIGNED_IN')
  async createAccessToken(
    @CurrentViewer() viewer: Viewer,
    @Args('name') name: string,
    @Args('expiresAt', { type: () => DateTimeScalar, nullable: true }) expiresAt: Date | null,
  ): Promise<CreatedAccessToken> {
    const { token, secret } = await this.tokens.create(viewer, name, expiresAt);
    return { token: toAccessToken(token), secret };
  }

  @Mutation(() => Boolean)
  @Access('SIGNED_IN')
  revokeAccessToken(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.tokens.revoke(viewer, id);
  }

  @Mutation(() => Person)
  @Access('OFFICE')
  admitMember(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<Person> {
    return this.peopleService.admitMember(viewer, personId);
  }

  @Mutation(() => [Person], {
    description:
      'OFFICE admits 1 to 100 waiting GUESTs as MEMBERs at once, in the order given. All or nothing: an id that is not a waiting GUEST (or is listed twice) is BAD_USER_INPUT naming personIds.<i>, and nobody is admitted.',
  })
  @Access('OFFICE')
  admitMembers(
    @CurrentViewer() viewer: Viewer,
    @Args('personIds', { type: () => [ID] }) personIds: string[],
  ): Promise<Person[]> {
    return this.peopleService.admitMembers(viewer, personIds);
  }

  @Mutation(() => Person, { description: 'The last OFFICE cannot be demoted (CONFLICT).' })
  @Access('OFFICE')
  setPlatformRole(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('role', { type: () => PlatformRole }) role: PlatformRole,
    @Context('req') _req: ViewerRequest,
  ): Promise<Person> {
    return this.peopleService.setPlatformRole(viewer, personId, role);
  }
}

export function toAccessToken(t: {
  id: string;
  name: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}): AccessToken {
  return { id: t.id, name: t.name, createdAt: t.createdAt, expiresAt: t.expiresAt, lastUsedAt: t.lastUsedAt };
}
