import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { nestedSurvey } from './nested-survey';

// A survey's page is /surveys/:slug, so a slug equal to a fixed page under /surveys/ (the
// office's editor, /surveys/new) would never open the survey: the API refuses it.
const CREATE = `mutation($input: SurveyInput!) { createSurvey(input: $input) { id slug } }`;
const UPDATE = `mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { id slug } }`;

type Res = { errors?: { extensions?: Record<string, unknown> }[] };

describe('survey slugs reserved by the web app', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Record<string, string>;

  const surveyCount = async () =>
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM surveys')).rows[0].n;
  const slugError = (res: Res) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors![0].extensions!.fields as Record<string, string>)['input.slug'];
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    const id = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'office@example.org',
      role: 'OFFICE',
    });
    office = await sessionCookie(api, id);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  it('createSurvey refuses the slug "new" on input.slug and stores nothing', async () => {
    const before = await surveyCount();
    const res = await api.gql(CREATE, { input: nestedSurvey('new') }, office);
    expect(slugError(res)).toMatch(/taken by a page/);
    expect(res.data).toBeNull();
    expect(await surveyCount()).toBe(before);
  });

  it('updateSurvey refuses renaming a draft to "new" and keeps its slug', async () => {
    const made = await api.gql<{ createSurvey: { id: string; slug: string } }>(
      CREATE,
      { input: nestedSurvey('renamed-later') },
      office,
    );
    expect(made.errors).toBeUndefined();
    const { id } = made.data!.createSurvey;
    const res = await api.gql(UPDATE, { id, input: nestedSurvey('new') }, office);
    expect(slugError(res)).toMatch(/taken by a page/);
    const { rows } = await db.query<{ slug: string }>('SELECT slug FROM surveys WHERE id = $1', [id]);
    expect(rows[0].slug).toBe('renamed-later');
  });

  it('still takes slugs that merely start with a page name', async () => {
    const res = await api.gql(CREATE, { input: nestedSurvey('new-tools-2026') }, office);
    expect(res.errors).toBeUndefined();
  });
});
