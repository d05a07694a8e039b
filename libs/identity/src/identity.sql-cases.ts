import { SQL_SAMPLE as S, sqlCases } from '@cop/platform';
import { AccessTokensRepository } from './access-tokens.repository';
import { AccountErasureRepository } from './account-erasure.repository';
import { DevIdpAccountsRepository } from './dev-idp/dev-idp-accounts.repository';
import { LinkedIdentitiesRepository } from './linked-identities.repository';
import { LoginAttemptsRepository } from './oidc/login-attempts.repository';
import { PeopleRepository } from './people.repository';
import { SessionsRepository } from './sessions.repository';

/** Identity's SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/identity/sql/. */
const pageQuery = {
  search: null,
  restrictToIds: null,
  conditions: [],
  searchMatches: [],
  after: null,
  limit: 20,
};

export const identitySqlCases = [
  sqlCases(
    'identity/people.repository',
    PeopleRepository,
    {
      page: {
        everyone: [pageQuery],
        'searched, among ids, after a cursor': [
          {
            ...pageQuery,
            search: 'ann',
            restrictToIds: [S.person, S.otherPerson],
            after: { name: 'Ann', id: S.person },
          },
        ],
      },
      findById: [S.person],
      findByIds: [[S.person, S.otherPerson]],
      findByEmail: ['member@example.org'],
      findByRole: ['OFFICE'],
      lockOfficeHolders: [],
      lockByIds: [[S.person, S.otherPerson]],
      update: [S.person, { displayName: 'Renamed', timeZone: 'Europe/Rome' }],
      setRoles: [[S.person], 'MEMBER', 'OFFICE'],
    },
    { insert: "TypeORM's save of one entity" },
  ),
  sqlCases('identity/sessions.repository', SessionsRepository, {
    findLive: ['sample-token-hash', S.at, S.at],
    touch: [S.id, S.at],
    revoke: ['sample-token-hash', S.at],
    revokeAllOf: [S.person, S.at],
    insert: [
      {
        tokenHash: 'sample-token-hash',
        personId: S.person,
        provider: 'test',
        idToken: null,
        expiresAt: S.later,
        userAgent: null,
        ip: null,
        createdAt: S.at,
        lastSeenAt: S.at,
      },
    ],
  }),
  sqlCases('identity/access-tokens.repository', AccessTokensRepository, {
    findLive: ['sample-token-hash', S.at],
    listLiveOf: [S.person],
    touch: [S.id, S.at],
    revokeOwn: [S.person, S.id, S.at],
    insert: [{ tokenHash: 'sample-token-hash', personId: S.person, name: 'script', expiresAt: null }],
  }),
  sqlCases('identity/linked-identities.repository', LinkedIdentitiesRepository, {
    findForUpdate: ['test', 'subject-1'],
    findByPerson: [S.person],
    findByPeople: [[S.person, S.otherPerson]],
    insertOrGet: [
      {
        personId: S.person,
        provider: 'test',
        subject: 'subject-1',
        email: 'member@example.org',
        emailVerified: true,
        entitlements: [],
        lastLoginAt: null,
      },
    ],
    recordLogin: [S.id, { email: 'member@example.org', emailVerified: true, entitlements: [] }],
  }),
  sqlCases('identity/login-attempts.repository', LoginAttemptsRepository, {
    create: [
      { provider: 'test', state: 'state', nonce: 'nonce', codeVerifier: 'verifier', returnTo: '/' },
      600,
    ],
    consume: [S.id, 'test'],
    purgeExpired: [],
  }),
  sqlCases(
    'identity/dev-idp-accounts.repository',
    DevIdpAccountsRepository,
    {
      listSelectable: [],
      findByEmail: ['member@example.org'],
    },
    { registerNewcomer: 'sends no SQL (kept in memory)' },
  ),
  sqlCases('identity/account-erasure.repository', AccountErasureRepository, {
    pendingSince: [S.person],
    due: [S.at, 20],
    lockForErasure: [S.person],
    erasedIds: [[S.person, S.otherPerson]],
    statesOf: [[S.person, S.otherPerson]],
    stamp: [S.person, S.at],
    clear: [S.person],
  }),
];
