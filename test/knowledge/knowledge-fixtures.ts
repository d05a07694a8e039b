import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';

/** Two groups (A, B) with a topic each; people holding seats in them; cookies per caller. */
export const KB = {
  groupA: '00000000-0000-4000-a000-00000000000a',
  groupB: '00000000-0000-4000-a000-00000000000b',
  topicA: '00000000-0000-4000-b000-00000000000a',
  topicB: '00000000-0000-4000-b000-00000000000b',
};

export type Caller = 'anonymous' | 'GUEST' | 'MEMBER_A' | 'MEMBER_B' | 'CHAIR_A' | 'OFFICE';
export const CALLERS: Caller[] = ['anonymous', 'GUEST', 'MEMBER_A', 'MEMBER_B', 'CHAIR_A', 'OFFICE'];

export interface KnowledgeFixture {
  db: Client;
  ids: Record<Exclude<Caller, 'anonymous'>, string>;
  as: Record<Caller, Record<string, string>>;
}

export async function seedKnowledgeFixture(api: TestApi, databaseUrl: string): Promise<KnowledgeFixture> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(
    `INSERT INTO working_groups (id, code, name) VALUES ($1, 'A', 'Group A'), ($2, 'B', 'Group B');
     `.trim(),
    [KB.groupA, KB.groupB],
  );
  await db.query(
    `INSERT INTO topics (id, working_group_id, name) VALUES ($1, $2, 'Topic A'), ($3, $4, 'Topic B')`,
    [KB.topicA, KB.groupA, KB.topicB, KB.groupB],
  );
  const ids = {
    GUEST: await insertPerson(databaseUrl, { displayName: 'Guest', role: 'GUEST' }),
    MEMBER_A: await insertPerson(databaseUrl, { displayName: 'Member A', email: 'a@example.org' }),
    MEMBER_B: await insertPerson(databaseUrl, { displayName: 'Member B', email: 'b@example.org' }),
    CHAIR_A: await insertPerson(databaseUrl, { displayName: 'Chair A' }),
    OFFICE: await insertPerson(databaseUrl, { displayName: 'Office', role: 'OFFICE' }),
  };
  const seat = (person: string, group: string, role = 'MEMBER') =>
    db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES ($1, $2, $3, 'ACTIVE', now())`,
      [person, group, role],
    );
  await seat(ids.MEMBER_A, KB.groupA);
  await seat(ids.MEMBER_B, KB.groupB);
  await seat(ids.CHAIR_A, KB.groupA, 'CHAIR');
  const as = {
    anonymous: {},
    GUEST: await sessionCookie(api, ids.GUEST),
    MEMBER_A: await sessionCookie(api, ids.MEMBER_A),
    MEMBER_B: await sessionCookie(api, ids.MEMBER_B),
    CHAIR_A: await sessionCookie(api, ids.CHAIR_A),
    OFFICE: await sessionCookie(api, ids.OFFICE),
  };
  return { db, ids, as };
}

export const POST = `mutation($input: DocumentInput!) { postDocument(input: $input) { id version title tags visibility } }`;

/** Posts a document, failing the test on an error; returns its id. */
export async function postDocument(
  api: TestApi,
  headers: Record<string, string>,
  input: Record<string, unknown>,
): Promise<string> {
  const res = await api.gql<{ postDocument: { id: string } }>(
    POST,
    { input: { kind: 'NOTE', ...input } },
    headers,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.postDocument.id;
}

/** A test API with the knowledge fixture for the enclosing describe block, torn down after it. */
export function useKnowledgeApi(): { readonly api: TestApi; readonly fx: KnowledgeFixture } {
  const ctx = {} as { env: TestEnvironment; api: TestApi; fx: KnowledgeFixture };
  beforeAll(async () => {
    ctx.env = await createTestEnvironment();
    ctx.api = await startTestApi(ctx.env.config);
    ctx.fx = await seedKnowledgeFixture(ctx.api, ctx.env.db.url);
  });
  afterAll(async () => {
    await ctx.fx.db.end();
    await ctx.api.close();
    await ctx.env.cleanup();
  });
  return ctx;
}
