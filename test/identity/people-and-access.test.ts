import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { SignInService } from '@cop/identity';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

type Caller = 'anonymous' | 'GUEST' | 'MEMBER' | 'OFFICE';
const CALLERS: Caller[] = ['anonymous', 'GUEST', 'MEMBER', 'OFFICE'];

/**
 * Every operation of this issue and who may call it. The suite below is generated from it:
 * allowed callers get data, the others UNAUTHENTICATED (anonymous) or FORBIDDEN.
 */
const RULES: {
  op: string;
  query: string;
  vars?: (ids: Record<Caller, string>) => Record<string, unknown>;
  allowed: Caller[];
}[] = [
  { op: 'viewer', query: '{ viewer { person { id } } }', allowed: CALLERS },
  { op: 'authProviders', query: '{ authProviders { id name loginUrl } }', allowed: CALLERS },
  {
    op: 'person',
    query: 'query($id: ID!) { person(id: $id) { id } }',
    vars: (ids) => ({ id: ids.MEMBER }),
    allowed: ['MEMBER', 'OFFICE'],
  },
  { op: 'people', query: '{ people { totalCount } }', allowed: ['MEMBER', 'OFFICE'] },
  { op: 'pendingAdmissions', query: '{ pendingAdmissions { id } }', allowed: ['OFFICE'] },
  {
    op: 'updateProfile',
    query: 'mutation { updateProfile(input: { bio: "hi" }) { id } }',
    allowed: ['GUEST', 'MEMBER', 'OFFICE'],
  },
  {
    op: 'updateNotificationSettings',
    query: 'mutation { updateNotificationSettings(input: { digest: DAILY }) { digest } }',
    allowed: ['GUEST', 'MEMBER', 'OFFICE'],
  },
  {
    op: 'createAccessToken',
    query: 'mutation { createAccessToken(name: "ci") { secret } }',
    allowed: ['GUEST', 'MEMBER', 'OFFICE'],
  },
  {
    op: 'revokeAccessToken',
    query: 'mutation { revokeAccessToken(id: "00000000-0000-4000-8000-000000000000") }',
    allowed: [] /* NOT_FOUND for the signed in */,
  },
  {
    op: 'admitMember',
    query: 'mutation($id: ID!) { admitMember(personId: $id) { role } }',
    vars: (ids) => ({ id: ids.GUEST }),
    allowed: ['OFFICE'],
  },
  {
    op: 'setPlatformRole',
    query: 'mutation($id: ID!) { setPlatformRole(personId: $id, role: MEMBER) { role } }',
    vars: (ids) => ({ id: ids.MEMBER }),
    allowed: ['OFFICE'],
  },
];

describe('people and access over GraphQL', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids = {} as Record<Caller, string>;
  const headers = {} as Record<Caller, Record<string, string>>;

  const resetPeople = async () => {
    await db.query(
      `UPDATE people SET role = CASE WHEN display_name LIKE 'Test %' THEN split_part(display_name, ' ', 2) ELSE role END`,
    );
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    headers.anonymous = {};
    ids.anonymous = '';
    for (const role of ['GUEST', 'MEMBER', 'OFFICE'] as const) {
      ids[role] = await insertPerson(env.db.url, {
        displayName: `Test ${role}`,
        email: `${role.toLowerCase()}@example.org`,
        role,
        affiliation: 'INFN',
      });
      headers[role] = await sessionCookie(api, ids[role]);
    }
    // A second office holder, so demoting one is allowed in the table.
    await insertPerson(env.db.url, {
      displayName: 'Second Office',
      email: 'office2@example.org',
      role: 'OFFICE',
    });
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  describe.each(RULES)('$op', (rule) => {
    it.each(CALLERS)('as %s', async (caller) => {
      await resetPeople();
      const res = await api.gql(rule.query, rule.vars?.(ids), headers[caller]);
      const code = res.errors?.[0]?.extensions?.code;
      if (rule.allowed.includes(caller)) {
        expect(res.errors).toBeUndefined();
      } else if (caller === 'anonymous') {
        expect(code).toBe('UNAUTHENTICATED');
      } else if (rule.op === 'revokeAccessToken') {
        expect(code).toBe('NOT_FOUND');
      } else {
        expect(code).toBe('FORBIDDEN');
      }
    });
  });

  it('answers viewer with null when anonymous', async () => {
    expect((await api.gql('{ viewer { person { id } } }')).data).toEqual({ viewer: null });
  });

  it('shows e-mails to the person themself and to members, never to guests', async () => {
    const q = 'query($id: ID!) { person(id: $id) { email } }';
    expect((await api.gql(q, { id: ids.OFFICE }, headers.MEMBER)).data).toEqual({
      person: { email: 'office@example.org' },
    });
    const self = await api.gql<{ viewer: { person: { email: string } } }>(
      '{ viewer { person { email } } }',
      {},
      headers.GUEST,
    );
    expect(self.data?.viewer.person.email).toBe('guest@example.org');
  });

  it('searches people by name or affiliation with cursor pagination', async () => {
    for (let i = 0; i < 5; i++)
      await insertPerson(env.db.url, { displayName: `Radio Astronomer ${i}`, affiliation: 'ASTRON' });
    const q =
      'query($s: String, $after: String) { people(search: $s, first: 2, after: $after) { totalCount edges { node { displayName } } pageInfo { hasNextPage endCursor } } }';
    type Page = {
      people: {
        totalCount: number;
        edges: { node: { displayName: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: Page | null } = await api.gql<Page>(q, { s: 'astron', after }, headers.MEMBER);
      expect(res.data!.people.totalCount).toBe(5);
      seen.push(...res.data!.people.edges.map((e) => e.node.displayName));
      if (!res.data!.people.pageInfo.hasNextPage) break;
      after = res.data!.people.pageInfo.endCursor;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `Radio Astronomer ${i}`));
    const bad = await api.gql(q, { s: 'x', after: 'not-a-cursor' }, headers.MEMBER);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
  });

  it('filters people by the working group where they hold an ACTIVE seat', async () => {
    const { rows } = await db.query(
      `INSERT INTO working_groups (code, name) VALUES ('WGX', 'Filter group') RETURNING id`,
    );
    const wg = rows[0].id;
    const seated = await insertPerson(env.db.url, { displayName: 'Seated Person' });
    const pending = await insertPerson(env.db.url, { displayName: 'Pending Person' });
    await db.query(
      `INSERT INTO memberships (person_id, working_group_id, status, joined_at) VALUES ($1, $3, 'ACTIVE', now()), ($2, $3, 'PENDING', NULL)`,
      [seated, pending, wg],
    );
    const q = 'query($wg: ID) { people(workingGroupId: $wg) { totalCount edges { node { displayName } } } }';
    const res = await api.gql<{ people: { totalCount: number; edges: { node: { displayName: string } }[] } }>(
      q,
      { wg },
      headers.MEMBER,
    );
    expect(res.data?.people).toEqual({ totalCount: 1, edges: [{ node: { displayName: 'Seated Person' } }] });
    for (const bad of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect((await api.gql(q, { wg: bad }, headers.MEMBER)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('updates the profile and refuses bad input naming the field, changing nothing', async () => {
    const ok = await api.gql(
      'mutation { updateProfile(input: { displayName: "Ada L.", orcid: "0000-0002-1825-0097", timeZone: "Europe/Rome", domains: [RADIO_ASTRONOMY] }) { displayName orcid timeZone domains } }',
      {},
      headers.MEMBER,
    );
    expect(ok.data).toEqual({
      updateProfile: {
        displayName: 'Ada L.',
        orcid: '0000-0002-1825-0097',
        timeZone: 'Europe/Rome',
        domains: ['RADIO_ASTRONOMY'],
      },
    });
    const cases: [string, string][] = [
      ['displayName: ""', 'input.displayName'],
      [`displayName: "${'x'.repeat(201)}"`, 'input.displayName'],
      ['orcid: "0000-0002-1825-0098"', 'input.orcid'],
      ['orcid: "12"', 'input.orcid'],
      [`bio: "${'b'.repeat(5001)}"`, 'input.bio'],
    ];
    for (const [input, field] of cases) {
      const res = await api.gql(`mutation { updateProfile(input: { ${input} }) { id } }`, {}, headers.MEMBER);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toContain(field);
    }
    const tz = await api.gql(
      'mutation { updateProfile(input: { timeZone: "Mars/Olympus" }) { id } }',
      {},
      headers.MEMBER,
    );
    expect(tz.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const after = await api.gql<{ viewer: { person: { displayName: string; orcid: string } } }>(
      '{ viewer { person { displayName orcid } } }',
      {},
      headers.MEMBER,
    );
    expect(after.data?.viewer.person).toEqual({ displayName: 'Ada L.', orcid: '0000-0002-1825-0097' });
  });

  it('creates access tokens shown once that authenticate Bearer requests until revoked', async () => {
    const created = await api.gql<{
      createAccessToken: { secret: string; token: { id: string; name: string } };
    }>(
      'mutation { createAccessToken(name: "nightly export") { secret token { id name } } }',
      {},
      headers.MEMBER,
    );
    const { secret, token } = created.data!.createAccessToken;
    expect(secret).toMatch(/^cop_pat_/);
    const bearer = { authorization: `Bearer ${secret}` };
    const me = await api.gql<{
      viewer: { person: { id: string }; accessTokens: { name: string; lastUsedAt: string | null }[] };
    }>('{ viewer { person { id } accessTokens { name lastUsedAt } } }', {}, bearer);
    expect(me.data?.viewer.person.id).toBe(ids.MEMBER);
    expect(me.data?.viewer.accessTokens.map((t) => t.name)).toContain('nightly export');
    const { rows } = await db.query(`SELECT token_hash FROM access_tokens WHERE id = $1`, [token.id]);
    expect(rows[0].token_hash).not.toContain(secret.slice(8));

    // Another person cannot revoke it; its owner can, and then it is refused at once.
    expect(
      (await api.gql('mutation($id: ID!) { revokeAccessToken(id: $id) }', { id: token.id }, headers.OFFICE))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await api.gql('mutation($id: ID!) { revokeAccessToken(id: $id) }', { id: token.id }, headers.MEMBER))
        .data,
    ).toEqual({ revokeAccessToken: true });
    const revoked = await api.gql('{ viewer { person { id } } }', {}, bearer);
    expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await api.gql('{ community { name } }', {}, { authorization: 'Bearer cop_pat_forged' })).errors?.[0]
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses an access token that expired or is asked to expire in the past', async () => {
    const past = await api.gql(
      'mutation { createAccessToken(name: "old", expiresAt: "2020-01-01T00:00:00Z") { secret } }',
      {},
      headers.MEMBER,
    );
    expect(past.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { expiresAt: expect.any(String) },
    });
    const soon = await api.gql<{ createAccessToken: { secret: string; token: { id: string } } }>(
      'mutation { createAccessToken(name: "soon") { secret token { id } } }',
      {},
      headers.MEMBER,
    );
    await db.query(`UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      soon.data!.createAccessToken.token.id,
    ]);
    const res = await api.gql(
      '{ viewer { person { id } } }',
      {},
      { authorization: `Bearer ${soon.data!.createAccessToken.secret}` },
    );
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('treats an expired or idle session as anonymous', async () => {
    const expired = await sessionCookie(api, ids.MEMBER);
    const idle = await sessionCookie(api, ids.MEMBER);
    const hash = (h: Record<string, string>) =>
      createHash('sha256')
        .update(decodeURIComponent(h.cookie.split('=')[1]))
        .digest('hex');
    await db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [
      hash(expired),
    ]);
    await db.query(`UPDATE sessions SET last_seen_at = now() - interval '8 days' WHERE token_hash = $1`, [
      hash(idle),
    ]);
    for (const h of [expired, idle]) {
      expect((await api.gql('{ viewer { person { id } } }', {}, h)).data).toEqual({ viewer: null });
      expect((await api.gql('{ people { totalCount } }', {}, h)).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('admits a guest, and never demotes the last office', async () => {
    const guest = await insertPerson(env.db.url, { displayName: 'Waiting Guest', role: 'GUEST' });
    const pending = await api.gql<{ pendingAdmissions: { id: string }[] }>(
      '{ pendingAdmissions { id } }',
      {},
      headers.OFFICE,
    );
    expect(pending.data?.pendingAdmissions.map((p) => p.id)).toContain(guest);
    expect(
      (
        await api.gql(
          'mutation($id: ID!) { admitMember(personId: $id) { role } }',
          { id: guest },
          headers.OFFICE,
        )
      ).data,
    ).toEqual({ admitMember: { role: 'MEMBER' } });
    expect(
      (
        await api.gql(
          'mutation($id: ID!) { admitMember(personId: $id) { role } }',
          { id: guest },
          headers.OFFICE,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await api.gql('mutation { admitMember(personId: "nope") { role } }', {}, headers.OFFICE)).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');

    await db.query(`UPDATE people SET role = 'MEMBER' WHERE role = 'OFFICE' AND id <> $1`, [ids.OFFICE]);
    const last = await api.gql(
      'mutation($id: ID!) { setPlatformRole(personId: $id, role: MEMBER) { role } }',
      { id: ids.OFFICE },
      headers.OFFICE,
    );
    expect(last.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await db.query(`SELECT role FROM people WHERE id = $1`, [ids.OFFICE])).rows[0].role).toBe(
      'OFFICE',
    );
  });

  describe('roles from sign-in', () => {
    const signIn = (config: Partial<Parameters<SignInService['completeSignIn']>[0]>) =>
      api.app.get(SignInService).completeSignIn({
        provider: 'egi',
        subject: 'sub-1',
        email: null,
        emailVerified: false,
        displayName: 'Federated Person',
        entitlements: [],
        ...config,
      });
    const roleOf = async (id: string) =>
      (await db.query(`SELECT role FROM people WHERE id = $1`, [id])).rows[0].role;

    it('in open admission makes a new person MEMBER', async () => {
      const { personId } = await signIn({ subject: 'open-1' });
      expect(await roleOf(personId)).toBe('MEMBER');
    });

    it('never links an unverified e-mail to an existing person, and links a verified one', async () => {
      const existing = await insertPerson(env.db.url, {
        displayName: 'Known Person',
        email: 'known@example.org',
      });
      const unverified = await signIn({
        subject: 'attacker',
        email: 'known@example.org',
        emailVerified: false,
      });
      expect(unverified.personId).not.toBe(existing);
      expect(
        (await db.query(`SELECT email FROM people WHERE id = $1`, [unverified.personId])).rows[0].email,
      ).toBeNull();
      const verified = await signIn({
        provider: 'cern',
        subject: 'known-at-cern',
        email: 'Known@Example.org',
        emailVerified: true,
      });
      expect(verified.personId).toBe(existing);
      const again = await signIn({
        provider: 'cern',
        subject: 'known-at-cern',
        email: 'known@example.org',
        emailVerified: true,
      });
      expect(again.personId).toBe(existing);
    });
  });
});

describe('entitlement admission', () => {
  const VO = 'urn:mace:egi.eu:group:vo.spectrum.eu';
  let env: TestEnvironment;
  let api: TestApi;

  beforeAll(async () => {
    env = await createTestEnvironment({
      COMMUNITY_ADMISSION: 'entitlement',
      BOOTSTRAP_OFFICE_EMAILS: 'boss@example.org',
      OIDC_PROVIDERS: JSON.stringify([
        {
          id: 'egi',
          name: 'EGI Check-in',
          issuer: 'https://aai.egi.eu/auth/realms/egi',
          clientId: 'x',
          clientSecret: 'y',
          memberEntitlements: [`${VO}#aai.egi.eu`],
          officeEntitlements: [`${VO}:office:role=member#aai.egi.eu`],
        },
      ]),
    });
    api = await startTestApi(env.config);
  });
  afterAll(async () => {
    await api.close();
    await env.cleanup();
  });

  const signIn = (subject: string, entitlements: string[], email: string | null = null) =>
    api.app.get(SignInService).completeSignIn({
      provider: 'egi',
      subject,
      email,
      emailVerified: email !== null,
      displayName: subject,
      entitlements,
    });
  const roleOf = async (personId: string) => {
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    try {
      return (await db.query(`SELECT role FROM people WHERE id = $1`, [personId])).rows[0].role;
    } finally {
      await db.end();
    }
  };

  it('gains and loses MEMBER and OFFICE with the entitlements asserted at each sign-in', async () => {
    const { personId } = await signIn('vo-person', []);
    expect(await roleOf(personId)).toBe('GUEST');
    await signIn('vo-person', [`${VO}:role=member#aai.egi.eu`]);
    expect(await roleOf(personId)).toBe('MEMBER');
    await signIn('vo-person', [`${VO}:role=member#aai.egi.eu`, `${VO}:office:role=member#aai.egi.eu`]);
    expect(await roleOf(personId)).toBe('OFFICE');
    await signIn('vo-person', [`${VO}:role=member#aai.egi.eu`]);
    expect(await roleOf(personId)).toBe('MEMBER');
    await signIn('vo-person', ['urn:mace:egi.eu:group:another.vo:role=member#aai.egi.eu']);
    expect(await roleOf(personId)).toBe('GUEST');
  });

  it('makes bootstrap office e-mails OFFICE when verified', async () => {
    const { personId } = await signIn('the-boss', [], 'boss@example.org');
    expect(await roleOf(personId)).toBe('OFFICE');
  });
});
