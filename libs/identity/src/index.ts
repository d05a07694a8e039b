// @cop/identity: people, federated sign-in, sessions, access tokens, roles.
export { IdentityModule } from './identity.module';
export { Access, AccessGuard } from './access';
export type { AccessLevel } from './access';
export { CurrentViewer, isMember, isOffice, requestOf } from './viewer';
export type { Viewer, ViewerRequest } from './viewer';
export { ViewerMiddleware, readCookie } from './viewer.middleware';
export { PeopleService } from './people.service';
export { PeopleRepository } from './people.repository';
export { SessionsService } from './sessions.service';
export { AccessTokensService, isUuid } from './access-tokens.service';
export { SignInService, SignInRefusedError } from './sign-in.service';
export type { VerifiedSignIn } from './sign-in.service';
export { SESSION_COOKIE, signValue, verifySignedValue, hashToken, randomToken } from './secrets';
export { entitlementMeets, anyEntitlementMeets } from './entitlements';
export { Person, PersonConnection } from './models/person.model';
export { AuthProvider } from './models/viewer.model';
export * from './models/enums';
export type { PersonEntity, PlatformRoleValue } from './person.entity';
