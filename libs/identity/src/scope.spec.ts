import { requestLoader } from '@cop/platform';
import { scopeForPerson, scopeOf, signedInScopeOf } from './scope';
import type { Viewer } from './viewer';

const member: Viewer = { personId: '00000000-0000-4000-8000-000000000001', role: 'MEMBER', via: 'session' };
const guest: Viewer = { personId: '00000000-0000-4000-8000-000000000002', role: 'GUEST', via: 'token' };

describe('scopeOf', () => {
  it('builds one scope per request: the same object on every call', () => {
    const req = { viewer: member };
    const first = scopeOf(req);
    expect(scopeOf(req)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(scopeOf({ viewer: member })).not.toBe(first);
  });

  it('is ANONYMOUS with no viewer and no person', () => {
    const scope = scopeOf({});
    expect(scope).toMatchObject({ viewer: null, personId: null, role: 'ANONYMOUS' });
  });

  it('carries the GUEST and MEMBER roles and the person as they are on the request', () => {
    expect(scopeOf({ viewer: guest })).toMatchObject({
      viewer: guest,
      personId: guest.personId,
      role: 'GUEST',
    });
    expect(scopeOf({ viewer: member })).toMatchObject({
      viewer: member,
      personId: member.personId,
      role: 'MEMBER',
    });
  });

  it("keys its loaders on the request, so a service's loaders batch with the request's", async () => {
    const req = { viewer: member };
    const calls: string[][] = [];
    const batch = async (keys: readonly string[]) => {
      calls.push([...keys]);
      return keys.map((k) => k.toUpperCase());
    };
    const [a, b] = await Promise.all([
      requestLoader<string, string>(scopeOf(req).loaders, 'scope.spec', batch).load('a'),
      requestLoader<string, string>(req, 'scope.spec', batch).load('b'),
    ]);
    expect([a, b]).toEqual(['A', 'B']);
    expect(calls).toEqual([['a', 'b']]);
  });
});

describe('scopeForPerson', () => {
  it('is the person as given, with loaders of its own', () => {
    const one = scopeForPerson(member);
    const two = scopeForPerson(member);
    expect(one).toMatchObject({ viewer: member, personId: member.personId, role: 'MEMBER' });
    expect(one.loaders).not.toBe(two.loaders);
    expect(scopeForPerson(null)).toMatchObject({ viewer: null, personId: null, role: 'ANONYMOUS' });
  });
});

describe('signedInScopeOf', () => {
  it("is the request's scope when signed in, and refuses an anonymous request", () => {
    const req = { viewer: guest };
    expect(signedInScopeOf(req)).toBe(scopeOf(req));
    expect(() => signedInScopeOf({})).toThrow(/no viewer/);
  });
});
