import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';

const UPDATE = `mutation($input: CommunityInput!) { updateCommunity(input: $input) { name shortName mission } }`;

/** The office edits the community itself: its name, short name, mission, description and phases. */
describe('updateCommunity', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Record<string, string>;
  const row = async () =>
    (await db.query(`SELECT name, short_name, mission, description, phases FROM community`)).rows[0];

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(
      `INSERT INTO community (id, name, mission, phases) VALUES (1, 'A long community name', 'Share', '[]')`,
    );
    office = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Office', role: 'OFFICE' }),
    );
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.cleanup();
  });

  it('sets a short name, keeps it when left out and removes it when blank', async () => {
    const set = await api.gql(UPDATE, { input: { shortName: '  Short CoP ' } }, office);
    expect(set.errors).toBeUndefined();
    expect(set.data).toEqual({
      updateCommunity: { name: 'A long community name', shortName: 'Short CoP', mission: 'Share' },
    });

    const kept = await api.gql(UPDATE, { input: { mission: 'Share more' } }, office);
    expect(kept.data).toEqual({
      updateCommunity: { name: 'A long community name', shortName: 'Short CoP', mission: 'Share more' },
    });
    const read = await api.gql(`{ community { shortName } }`);
    expect(read.data).toEqual({ community: { shortName: 'Short CoP' } });

    for (const blank of ['', '   ', null]) {
      await api.gql(UPDATE, { input: { shortName: 'Again' } }, office);
      const cleared = await api.gql(UPDATE, { input: { shortName: blank } }, office);
      expect(cleared.errors).toBeUndefined();
      expect(
        (cleared.data as { updateCommunity: { shortName: unknown } }).updateCommunity.shortName,
      ).toBeNull();
      expect((await row()).short_name).toBeNull();
    }
  });

  it.each([
    ['a 41-character short name', { shortName: 'x'.repeat(41) }, 'input.shortName', /at most 40/],
    ['a short name with a line break', { shortName: 'Short\nCoP' }, 'input.shortName', /one line/],
    ['a blank name', { name: '   ', shortName: 'Fine' }, 'input.name', /blank/],
    [
      'a phase that ends before it starts',
      { shortName: 'Fine', phases: [{ name: 'One', startsOn: '2025-02-01', endsOn: '2025-01-01' }] },
      'input.phases.0.endsOn',
      /before startsOn/,
    ],
  ])('refuses %s, naming the field, and changes nothing', async (_, input, field, message) => {
    const before = await row();
    const res = await api.gql(UPDATE, { input }, office);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual({ [field]: expect.stringMatching(message) });
    expect(await row()).toEqual(before);
  });
});
