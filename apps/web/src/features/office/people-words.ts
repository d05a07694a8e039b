import type { PlatformRole, RoleSource } from '../../gql/graphql';

/** The platform roles in words: a name, with an article, and what the role allows. */
export const ROLE_WORDS: Record<PlatformRole, { name: string; a: string; means: string }> = {
  GUEST: {
    name: 'Guest',
    a: 'a guest',
    means: 'they can sign in and edit their profile, but see only what is public.',
  },
  MEMBER: {
    name: 'Member',
    a: 'a member',
    means: 'they can join working groups and see what the community shares with its members.',
  },
  OFFICE: {
    name: 'Office',
    a: 'in the office',
    means: 'they can run the community from the office console, people and roles included.',
  },
};

/** Why someone holds their role, in words. */
export const ROLE_SOURCE_WORDS: Record<RoleSource, string> = {
  ADMISSION: 'by admission',
  ENTITLEMENT: 'by entitlement of their identity provider',
  OFFICE: 'set by the office',
  BOOTSTRAP: 'bootstrap office address',
};
