import {
  createTestEnvironment,
  insertPerson,
  recordSql,
  sessionCookie,
  startTestApi,
  type SqlRecorder,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { GROUP, seedFixture, type Caller, type Fixture } from '../meetings/fixture';
import {
  expertiseTermId,
  gqlOk,
  proposeUseCase,
  scheduleGroupACall,
  setMyExpertise,
} from './suggestions-fixture';

interface Suggestion {
  person: { displayName: string };
  reasons: string[];
  score: number;
}

/**
 * Issue 26: UseCase.expertSuggestions and presenterSuggestions, built on the expertise match:
 * visible expertise only (a PRIVATE person and a GUEST never), best first, a use case's experts
 * left out, one statement a list, and who may ask.
 */
describe('expert and presenter suggestions', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let f: Fixture;
  let sql: SqlRecorder;
  let useCaseId: string;
  let meetingId: string;
  const people: Record<string, { id: string; headers: Record<string, string> }> = {};

  const ok = <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    gqlOk<T>(api, query, variables, headers);
  const setExpertise = (headers: Record<string, string>, entries: object[], visibility = 'MEMBERS') =>
    setMyExpertise(api, headers, entries, visibility);
  const termId = (label: string) => expertiseTermId(api, f.headers.OFFICE, label);

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    f = await seedFixture(env, api);
    sql = recordSql(api);
    await f.db.query(`INSERT INTO topics (working_group_id, name) VALUES ($1, 'Data Access Protocols')`, [
      GROUP.A,
    ]);
    for (const name of ['Private Pat', 'Demoted Dana', 'Wanting Wim']) {
      const id = await insertPerson(env.db.url, { displayName: name, role: 'MEMBER' });
      people[name] = { id, headers: await sessionCookie(api, id) };
    }
    const protocols = await termId('Data Access Protocols');
    const radio = await termId('Observational Radio Astronomy');
    // MEMBER knows the topic; OUTSIDER knows a tag sharing "archive" and wants the radio domain;
    // Wim only wants the topic; OTHER_CHAIR knows the domain (and is already the use case's expert).
    await setExpertise(f.headers.MEMBER, [{ termId: protocols, level: 'KNOWS' }]);
    await setExpertise(f.headers.OUTSIDER, [
      { newTag: 'Radio archives', level: 'KNOWS' },
      { termId: radio, level: 'WANTS_TO_WORK_ON' },
    ]);
    await setExpertise(people['Wanting Wim'].headers, [{ termId: protocols, level: 'WANTS_TO_WORK_ON' }]);
    await setExpertise(f.headers.OTHER_CHAIR, [{ termId: radio, level: 'KNOWS' }]);
    // Pat knows everything but keeps it private; Dana shares it but is a GUEST now.
    const all = [
      { termId: protocols, level: 'KNOWS' },
      { termId: radio, level: 'KNOWS' },
      { newTag: 'Archive access', level: 'KNOWS' },
    ];
    await setExpertise(people['Private Pat'].headers, all, 'PRIVATE');
    await setExpertise(people['Demoted Dana'].headers, all);
    await f.db.query(`UPDATE people SET role = 'GUEST' WHERE id = $1`, [people['Demoted Dana'].id]);

    useCaseId = await proposeUseCase(api, f.headers.OFFICE, {
      title: 'Radio archive access',
      domains: ['RADIO_ASTRONOMY'],
      expertIds: [f.ids.OTHER_CHAIR],
    });
    meetingId = await scheduleGroupACall(api, f.headers.CHAIR);
  });
  afterAll(async () => {
    await f.db.end();
    await api.close();
    await env.cleanup();
  });

  const EXPERTS = `query($id: ID!, $first: Int) { useCase(id: $id) {
      expertSuggestions(first: $first) { person { displayName } reasons score } } }`;
  const PRESENTERS = `query($m: ID!, $t: String!, $first: Int) {
      presenterSuggestions(meetingId: $m, title: $t, first: $first) { person { displayName } reasons score } }`;

  const names = (list: Suggestion[]) => list.map((s) => s.person.displayName);
  const descending = (list: Suggestion[]) => list.every((s, i) => i === 0 || list[i - 1].score >= s.score);

  it('suggests experts for a use case by its domains and title words, with reasons, best first, less its experts', async () => {
    const { useCase } = await ok<{ useCase: { expertSuggestions: Suggestion[] } }>(
      EXPERTS,
      { id: useCaseId },
      f.headers.OFFICE,
    );
    const list = useCase.expertSuggestions;
    expect(names(list)).toEqual(['Test OUTSIDER', 'Test MEMBER', 'Wanting Wim']);
    expect(list[0].reasons).toEqual([
      'knows: Radio archives',
      'wants to work on: Observational Radio Astronomy',
    ]);
    expect(list[1].reasons).toEqual(['knows: Data Access Protocols']);
    expect(list[2].reasons).toEqual(['wants to work on: Data Access Protocols']);
    expect(descending(list)).toBe(true);
    expect(list[1].score).toBeGreaterThan(list[2].score); // knowing beats wanting
    // The expert is gone once named; back once removed.
    await ok(
      `mutation($id: ID!, $input: UseCaseInput!) { updateUseCase(id: $id, input: $input) { id } }`,
      { id: useCaseId, input: { title: 'Radio archive access', expertIds: [f.ids.OUTSIDER] } },
      f.headers.OFFICE,
    );
    const after = await ok<{ useCase: { expertSuggestions: Suggestion[] } }>(
      EXPERTS,
      { id: useCaseId },
      f.headers.OFFICE,
    );
    expect(names(after.useCase.expertSuggestions)).toEqual([
      'Test MEMBER',
      'Test OTHER_CHAIR',
      'Wanting Wim',
    ]);
    expect(after.useCase.expertSuggestions[1].reasons).toEqual(['knows: Observational Radio Astronomy']);
    await ok(
      `mutation($id: ID!, $input: UseCaseInput!) { updateUseCase(id: $id, input: $input) { id } }`,
      { id: useCaseId, input: { title: 'Radio archive access', expertIds: [f.ids.OTHER_CHAIR] } },
      f.headers.OFFICE,
    );
  });

  it('never suggests a PRIVATE person or a GUEST, though both match best', async () => {
    const { useCase } = await ok<{ useCase: { expertSuggestions: Suggestion[] } }>(
      EXPERTS,
      { id: useCaseId, first: 50 },
      f.headers.OFFICE,
    );
    const { presenterSuggestions } = await ok<{ presenterSuggestions: Suggestion[] }>(
      PRESENTERS,
      { m: meetingId, t: 'Archive access for radio', first: 50 },
      f.headers.OFFICE,
    );
    for (const list of [useCase.expertSuggestions, presenterSuggestions]) {
      expect(names(list)).not.toContain('Private Pat');
      expect(names(list)).not.toContain('Demoted Dana');
    }
    // Pat becomes visible to members: now suggested, first (three known matches).
    await setExpertise(
      people['Private Pat'].headers,
      [
        { termId: await termId('Data Access Protocols'), level: 'KNOWS' },
        { termId: await termId('Observational Radio Astronomy'), level: 'KNOWS' },
        { termId: await termId('Archive access'), level: 'KNOWS' },
      ],
      'MEMBERS',
    );
    const visible = await ok<{ useCase: { expertSuggestions: Suggestion[] } }>(
      EXPERTS,
      { id: useCaseId },
      f.headers.OFFICE,
    );
    expect(names(visible.useCase.expertSuggestions)[0]).toBe('Private Pat');
    await setExpertise(people['Private Pat'].headers, [], 'PRIVATE');
  });

  it("suggests presenters by the group's topics and the title's words", async () => {
    const byTopic = await ok<{ presenterSuggestions: Suggestion[] }>(
      PRESENTERS,
      { m: meetingId, t: 'Welcome' },
      f.headers.CHAIR,
    );
    // No word matches "Welcome": the group's topic alone.
    expect(names(byTopic.presenterSuggestions)).toEqual(['Test MEMBER', 'Wanting Wim']);
    expect(byTopic.presenterSuggestions[0].reasons).toEqual(['knows: Data Access Protocols']);
    const byTitle = await ok<{ presenterSuggestions: Suggestion[] }>(
      PRESENTERS,
      { m: meetingId, t: 'Radio archives today' },
      f.headers.CHAIR,
    );
    const list = byTitle.presenterSuggestions;
    // Those matching the title first (by that match), then those matching only the group's topics.
    expect(names(list)).toEqual(['Test OUTSIDER', 'Test OTHER_CHAIR', 'Test MEMBER', 'Wanting Wim']);
    expect(list[0].reasons).toEqual([
      'knows: Radio archives',
      'wants to work on: Observational Radio Astronomy',
    ]);
    expect(list[1].reasons).toEqual(['knows: Observational Radio Astronomy']);
    // MEMBER knows a topic of the group: a higher score, but not for this title.
    expect(list[2].score).toBeGreaterThan(list[1].score);
    expect(descending(list.slice(2))).toBe(true);
    const one = await ok<{ presenterSuggestions: Suggestion[] }>(
      PRESENTERS,
      { m: meetingId, t: 'Radio archives today', first: 1 },
      f.headers.CHAIR,
    );
    expect(names(one.presenterSuggestions)).toEqual(['Test OUTSIDER']);
  });

  it('each list is one statement of the match, whatever its length', async () => {
    // The log keeps each statement's first 90 characters: the suggestion statement starts so (the
    // experts' with the match itself, the presenters' with its title-first order around it).
    const expertMatches = (log: string[]) =>
      log.filter((s) =>
        /s\."personId", s\.score, s\.matches|^WITH qw AS \( SELECT w, plainto_tsquery/.test(s),
      ).length;
    const run = (first: number) =>
      sql.measure(() => api.gql(EXPERTS, { id: useCaseId, first }, f.headers.OFFICE));
    await run(1);
    const small = await run(1);
    const large = await run(8);
    expect(expertMatches(small.log)).toBe(1);
    expect(large.queries).toBe(small.queries);
    const presenters = (first: number) =>
      sql.measure(() =>
        api.gql(PRESENTERS, { m: meetingId, t: 'Radio archives today', first }, f.headers.CHAIR),
      );
    await presenters(1);
    const p1 = await presenters(1);
    const p8 = await presenters(8);
    expect(expertMatches(p1.log)).toBe(1);
    expect(p8.queries).toBe(p1.queries);
  });

  it('who may ask: the office for experts; those who manage the meeting for presenters', async () => {
    for (const caller of ['MEMBER', 'CHAIR', 'OTHER_CHAIR'] as Caller[]) {
      const res = await api.gql(EXPERTS, { id: useCaseId }, f.headers[caller]);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const expected: [Caller, string | null][] = [
      ['anonymous', 'UNAUTHENTICATED'],
      ['GUEST', 'FORBIDDEN'],
      ['MEMBER', 'FORBIDDEN'],
      ['OTHER_CHAIR', 'FORBIDDEN'],
      ['CHAIR', null],
      ['OFFICE', null],
    ];
    for (const [caller, code] of expected) {
      const res = await api.gql(PRESENTERS, { m: meetingId, t: 'Radio' }, f.headers[caller]);
      expect([caller, res.errors?.[0].extensions?.code ?? null]).toEqual([caller, code]);
    }
    const bad = await api.gql(PRESENTERS, { m: meetingId, t: 'Radio', first: 0 }, f.headers.CHAIR);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
    const long = await api.gql(PRESENTERS, { m: meetingId, t: 'x'.repeat(301) }, f.headers.CHAIR);
    expect(long.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: expect.any(String) },
    });
  });
});
