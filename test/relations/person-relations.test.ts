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

/**
 * Issue 26: a profile's documents, use cases and presentations, each under its own domain's
 * visibility rule for the viewer, MEMBER and OFFICE only, and without N+1.
 */
describe('Person.authoredDocuments, expertOnUseCases and presentingAt', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let f: Fixture;
  let sql: SqlRecorder;
  const start = (days: number) => new Date(Date.UTC(2030, 0, 1 + days, 9)).toISOString();
  const end = (days: number) => new Date(Date.UTC(2030, 0, 1 + days, 10)).toISOString();

  const gql = async <T>(query: string, variables: Record<string, unknown>, caller: Caller): Promise<T> => {
    const res = await api.gql<T>(query, variables, f.headers[caller]);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  const post = async (title: string, visibility: string, caller: Caller, workingGroupIds?: string[]) =>
    (
      await gql<{ postDocument: { id: string } }>(
        `mutation($input: DocumentInput!) { postDocument(input: $input) { id } }`,
        { input: { title, kind: 'NOTE', visibility, body: title, workingGroupIds } },
        caller,
      )
    ).postDocument.id;

  const schedule = async (title: string, visibility: string, day: number, workingGroupId: string | null) =>
    (
      await gql<{ scheduleMeeting: { id: string } }>(
        `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            title,
            startsAt: start(day),
            endsAt: end(day),
            timeZone: 'UTC',
            visibility,
            workingGroupId,
          },
        },
        'OFFICE',
      )
    ).scheduleMeeting.id;

  const setAgenda = (meetingId: string, items: object[]) =>
    gql(
      `mutation($id: ID!, $items: [AgendaItemInput!]!) { setAgenda(meetingId: $id, items: $items) { id } }`,
      { id: meetingId, items },
      'OFFICE',
    );

  let communityMeeting: string;
  let groupMeeting: string;
  let publicMeeting: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    f = await seedFixture(env, api);
    sql = recordSql(api);
    // MEMBER (a seat in group A) writes three documents; the WORKING_GROUP one is for group A.
    await post('Member public note', 'PUBLIC', 'MEMBER');
    await post('Member community note', 'COMMUNITY', 'MEMBER');
    await post('Member group A note', 'WORKING_GROUP', 'MEMBER', [GROUP.A]);
    // MEMBER presents in a community meeting and in a group A meeting (later, so listed first).
    communityMeeting = await schedule('Community call', 'COMMUNITY', 1, null);
    groupMeeting = await schedule('Group A call', 'WORKING_GROUP', 2, GROUP.A);
    await setAgenda(communityMeeting, [
      { title: 'Welcome' },
      { title: 'Storage', presenterId: f.ids.MEMBER },
    ]);
    await setAgenda(groupMeeting, [{ title: 'Group news', presenterId: f.ids.MEMBER, presenter: 'M.' }]);
    // A public meeting the MEMBER organises, so anonymous callers can reach the MEMBER as a Person.
    publicMeeting = (
      await gql<{ scheduleMeeting: { id: string } }>(
        `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            title: 'Open day',
            startsAt: start(3),
            endsAt: end(3),
            timeZone: 'UTC',
            visibility: 'PUBLIC',
            workingGroupId: GROUP.A,
          },
        },
        'CHAIR',
      )
    ).scheduleMeeting.id;
    await gql(
      `mutation($input: UseCaseInput!) { proposeUseCase(input: $input) { id } }`,
      { input: { title: 'Radio archive', expertIds: [f.ids.MEMBER] } },
      'OFFICE',
    );
  });
  afterAll(async () => {
    await f.db.end();
    await api.close();
    await env.cleanup();
  });

  const PROFILE = `query($id: ID!) { person(id: $id) {
      authoredDocuments { title }
      expertOnUseCases { title }
      presentingAt { meeting { title } agendaItem { title presenter presenterPerson { displayName } } }
    } }`;

  interface Profile {
    authoredDocuments: { title: string }[];
    expertOnUseCases: { title: string }[];
    presentingAt: {
      meeting: { title: string };
      agendaItem: { title: string; presenter: string; presenterPerson: { displayName: string } };
    }[];
  }

  const profileAs = async (caller: Caller, id = f.ids.MEMBER) =>
    (await gql<{ person: Profile }>(PROFILE, { id }, caller)).person;

  it.each(['MEMBER', 'CHAIR', 'OFFICE'] as const)(
    '%s (who may see group A) sees every document and presentation of the member',
    async (caller) => {
      const p = await profileAs(caller);
      expect(p.authoredDocuments.map((d) => d.title).sort()).toEqual([
        'Member community note',
        'Member group A note',
        'Member public note',
      ]);
      expect(p.expertOnUseCases).toEqual([{ title: 'Radio archive' }]);
      expect(p.presentingAt).toEqual([
        {
          meeting: { title: 'Group A call' },
          agendaItem: {
            title: 'Group news',
            presenter: 'M.',
            presenterPerson: { displayName: 'Test MEMBER' },
          },
        },
        {
          meeting: { title: 'Community call' },
          agendaItem: {
            title: 'Storage',
            presenter: 'Test MEMBER',
            presenterPerson: { displayName: 'Test MEMBER' },
          },
        },
      ]);
    },
  );

  it('a member without a seat in group A sees neither its document nor its meeting', async () => {
    const p = await profileAs('OUTSIDER');
    expect(p.authoredDocuments.map((d) => d.title).sort()).toEqual([
      'Member community note',
      'Member public note',
    ]);
    expect(p.expertOnUseCases).toEqual([{ title: 'Radio archive' }]);
    expect(p.presentingAt.map((x) => x.meeting.title)).toEqual(['Community call']);
  });

  it('anonymous callers and GUESTs get empty lists, even for a person they may see', async () => {
    const query = `query($id: ID!) { meeting(id: $id) { organizer { displayName
        authoredDocuments { title } expertOnUseCases { title } presentingAt { meeting { title } } } } }`;
    // The CHAIR organised the public meeting; make them author and presenter too.
    await post('Chair public note', 'PUBLIC', 'CHAIR');
    await setAgenda(communityMeeting, [{ title: 'Storage', presenterId: f.ids.CHAIR }]);
    for (const caller of ['anonymous', 'GUEST'] as const) {
      const res = await gql<{ meeting: { organizer: Record<string, unknown> } }>(
        query,
        { id: publicMeeting },
        caller,
      );
      expect(res.meeting.organizer).toEqual({
        displayName: 'Test CHAIR',
        authoredDocuments: [],
        expertOnUseCases: [],
        presentingAt: [],
      });
    }
    const member = await gql<{ meeting: { organizer: Record<string, unknown[]> } }>(
      query,
      { id: publicMeeting },
      'MEMBER',
    );
    expect(member.meeting.organizer.authoredDocuments).toEqual([{ title: 'Chair public note' }]);
    expect(member.meeting.organizer.presentingAt).toEqual([{ meeting: { title: 'Community call' } }]);
    await setAgenda(communityMeeting, [
      { title: 'Welcome' },
      { title: 'Storage', presenterId: f.ids.MEMBER },
    ]);
  });

  it('first: newest first and bounded 1 to 100, naming the field', async () => {
    const res = await gql<{ person: { authoredDocuments: { title: string }[]; presentingAt: unknown[] } }>(
      `query($id: ID!) { person(id: $id) { authoredDocuments(first: 1) { title } presentingAt(first: 1) { meeting { title } } } }`,
      { id: f.ids.MEMBER },
      'MEMBER',
    );
    expect(res.person.authoredDocuments).toEqual([{ title: 'Member group A note' }]);
    expect(res.person.presentingAt).toEqual([{ meeting: { title: 'Group A call' } }]);
    for (const field of [
      'authoredDocuments(first: 0) { title }',
      'presentingAt(first: 101) { agendaItem { title } }',
    ]) {
      const bad = await api.gql(
        `query($id: ID!) { person(id: $id) { ${field} } }`,
        { id: f.ids.MEMBER },
        f.headers.MEMBER,
      );
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { first: expect.any(String) },
      });
    }
  });

  it('a profile of 1 and a list of 10 people with these fields cost the same statements', async () => {
    // Nine more people, each an author, an expert and a presenter, so each list has rows.
    const more: string[] = [];
    for (let i = 0; i < 9; i++) {
      const id = await insertPerson(env.db.url, { displayName: `Zz person ${i}`, role: 'MEMBER' });
      more.push(id);
      const headers = await sessionCookie(api, id);
      const res = await api.gql(
        `mutation($input: DocumentInput!) { postDocument(input: $input) { id } }`,
        { input: { title: `Note ${i}`, kind: 'NOTE', visibility: 'COMMUNITY', body: 'x' } },
        headers,
      );
      expect(res.errors).toBeUndefined();
    }
    await gql(
      `mutation($input: UseCaseInput!) { proposeUseCase(input: $input) { id } }`,
      { input: { title: 'Many experts', expertIds: more } },
      'OFFICE',
    );
    await setAgenda(
      groupMeeting,
      more.map((id, i) => ({ title: `Talk ${i}`, presenterId: id })),
    );
    const fields = `id authoredDocuments { title } expertOnUseCases { title }
      presentingAt { meeting { title } agendaItem { title presenterPerson { displayName } } }`;
    const one = () =>
      sql.measure(() =>
        api.gql<{ person: unknown }>(
          `query($id: ID!) { person(id: $id) { ${fields} } }`,
          { id: f.ids.MEMBER },
          f.headers.MEMBER,
        ),
      );
    const ten = () =>
      sql.measure(() =>
        api.gql<{ people: { edges: { node: { presentingAt: unknown[] } }[] } }>(
          `query { people(first: 10, search: "Zz") { edges { node { ${fields} } } } }`,
          {},
          f.headers.MEMBER,
        ),
      );
    await one();
    await ten();
    const small = await one();
    const large = await ten();
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.people.edges).toHaveLength(9);
    expect(large.result.data!.people.edges.every((e) => e.node.presentingAt.length === 1)).toBe(true);
    // people() itself costs its page and its count; the relations the same for 1 as for 9.
    // The roots differ: person(id) is one statement, people() its count and its page. What
    // follows them, the relations of 1 person or of 9, is the same statements.
    const relations = (log: string[], roots: number) => log.slice(roots).sort();
    expect(relations(large.log, 2)).toEqual(relations(small.log, 1));
    expect(relations(small.log, 1).length).toBeGreaterThanOrEqual(5);
  });
});
