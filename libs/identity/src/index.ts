// @cop/identity: people, federated sign-in, sessions, access tokens, roles.
export { IdentityModule } from './identity.module';
export { Access, AccessGuard, assertAccess } from './access';
export { enforceFieldAccess } from './field-access';
export type { GqlContext } from './field-access';
export type { AccessLevel } from './access';
export { CurrentViewer, isMember, isOffice, requestOf } from './viewer';
export { CurrentScope, scopeOf, scopeForPerson, signedInScopeOf } from './scope';
export type { Scope, SignedInScope } from './scope';
export type { Viewer, ViewerRequest } from './viewer';
export { ViewerMiddleware, readCookie } from './viewer.middleware';
export { PeopleService } from './people.service';
export { PeopleRepository } from './people.repository';
export { AccountErasureRepository } from './account-erasure.repository';
export { IdentityPersonalData } from './personal-data';
export { PeopleFilters, ExpertiseLevel } from './people-filters';
export type { PeopleFilter, PeopleFilterArgs } from './people-filters';
export { SessionsService } from './sessions.service';
export { AccessTokensService } from './access-tokens.service';
export { SignInService, SignInRefusedError } from './sign-in.service';
export type { VerifiedSignIn } from './sign-in.service';
export { SESSION_COOKIE, signValue, verifySignedValue, hashToken, randomToken } from './secrets';
export { entitlementMeets, anyEntitlementMeets } from './entitlements';
export { Person, PersonConnection } from './models/person.model';
export { AuthProvider, ViewerModel } from './models/viewer.model';
export * from './models/enums';
export type { PersonEntity, PlatformRoleValue } from './person.entity';
export * from './oidc';
export * from './dev-idp';
export { identitySqlCases } from './identity.sql-cases';
export {
  digestPeopleSql,
  displayNameSql,
  displayNamesOfSql,
  mailablePeopleSql,
  memberCountSql,
  memberOrOfficeIdsSql,
  nameSortKeySql,
  peopleWithAddressSql,
  personBriefSql,
  personEmailSql,
  personIdsAmongSql,
  personRoleByIdSql,
  personRoleSql,
  setNewsletterFlagSql,
  stopDigestsSql,
} from './people-sql';
