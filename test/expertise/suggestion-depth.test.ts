import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { GROUP, seedFixture, type Fixture } from '../meetings/fixture';
import {
  expertiseTermId,
  gqlOk,
  proposeUseCase,
  scheduleGroupACall,
  setMyExpertise,
} from '../relations/suggestions-fixture';

interface Suggestion {
  person: { displayName: string };
}

/**
 * The people a suggestion list leaves out (GUESTs, a use case's experts) are left out by the
 * expertise match itself, before its limit (issue 24): however many of them rank first, the list
 * is full. Here 101 GUESTs and three experts outrank the two members who match at all.
 */
describe('suggestions leave people out before their limit', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let f: Fixture;
  let useCaseId: string;
  let meetingId: string;

  const ok = <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    gqlOk<T>(api, query, variables, headers);
  const setExpertise = (headers: Record<string, string>, entries: object[]) =>
    setMyExpertise(api, headers, entries);
  const termId = (label: string) => expertiseTermId(api, f.headers.OFFICE, label);

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    f = await seedFixture(env, api);
    await f.db.query(`INSERT INTO topics (working_group_id, name) VALUES ($1, 'Data Access Protocols')`, [
      GROUP.A,
    ]);
    const radio = await termId('Observational Radio Astronomy');
    const protocols = await termId('Data Access Protocols');
    // The best match of both lists: the radio domain and two tags sharing the titles' words.
    const best = [
      { termId: radio, level: 'KNOWS' },
      { newTag: 'Radio archives', level: 'KNOWS' },
      { newTag: 'Archive access', level: 'KNOWS' },
    ];
    const experts: string[] = [];
    for (const name of ['Expert One', 'Expert Two', 'Expert Three']) {
      const id = await insertPerson(env.db.url, { displayName: name, role: 'MEMBER' });
      await setExpertise(await sessionCookie(api, id), best);
      experts.push(id);
    }
    // 101 GUESTs (more than the match was once asked for) holding the same, visible to members.
    await f.db.query(
      `WITH g AS (
         INSERT INTO people (display_name, role) SELECT 'Guest ' || n, 'GUEST' FROM generate_series(1, 101) n
         RETURNING id)
       , v AS (INSERT INTO expertise_visibility (person_id, visibility) SELECT id, 'MEMBERS' FROM g)
       INSERT INTO person_expertise (person_id, term_id, level, position)
       SELECT g.id, pe.term_id, pe.level, pe.position FROM g CROSS JOIN person_expertise pe WHERE pe.person_id = $1`,
      [experts[0]],
    );
    // The two members who should be suggested: the domain (a use case) and the group's topic (a meeting).
    await setExpertise(f.headers.MEMBER, [
      { termId: radio, level: 'WANTS_TO_WORK_ON' },
      { termId: protocols, level: 'KNOWS' },
    ]);
    await setExpertise(f.headers.OUTSIDER, [
      { termId: radio, level: 'WANTS_TO_WORK_ON' },
      { termId: protocols, level: 'WANTS_TO_WORK_ON' },
    ]);

    useCaseId = await proposeUseCase(api, f.headers.OFFICE, {
      title: 'Radio archive access',
      domains: ['RADIO_ASTRONOMY'],
      expertIds: experts,
    });
    meetingId = await scheduleGroupACall(api, f.headers.CHAIR);
  }, 60_000);
  afterAll(async () => {
    await f.db.end();
    await api.close();
    await env.cleanup();
  });

  const names = (list: Suggestion[]) => list.map((s) => s.person.displayName);

  it("a use case's experts and GUESTs ranking first still leave a full list of experts", async () => {
    const { useCase } = await ok<{ useCase: { expertSuggestions: Suggestion[] } }>(
      `query($id: ID!, $first: Int) { useCase(id: $id) { expertSuggestions(first: $first) { person { displayName } } } }`,
      { id: useCaseId, first: 2 },
      f.headers.OFFICE,
    );
    expect(names(useCase.expertSuggestions).sort()).toEqual(['Test MEMBER', 'Test OUTSIDER']);
  });

  it('GUESTs ranking first still leave a full list of presenters', async () => {
    const { presenterSuggestions } = await ok<{ presenterSuggestions: Suggestion[] }>(
      `query($m: ID!, $t: String!, $first: Int) {
        presenterSuggestions(meetingId: $m, title: $t, first: $first) { person { displayName } } }`,
      { m: meetingId, t: 'Radio archives and access', first: 5 },
      f.headers.CHAIR,
    );
    // The experts match best (members), then the group's topic alone: MEMBER knows it, OUTSIDER wants it.
    expect(names(presenterSuggestions)).toEqual([
      ...names(presenterSuggestions).slice(0, 3),
      'Test MEMBER',
      'Test OUTSIDER',
    ]);
    expect(names(presenterSuggestions).slice(0, 3).sort()).toEqual([
      'Expert One',
      'Expert Three',
      'Expert Two',
    ]);
  });
});
