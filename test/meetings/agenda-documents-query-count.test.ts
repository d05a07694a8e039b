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

/** DESIGN rule 5: an agenda's linked documents are read in one statement, however many there are. */
describe('SQL statements of an agenda with linked documents', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let office: Record<string, string>;
  let sql: SqlRecorder;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    office = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Office', role: 'OFFICE' }),
    );
    sql = recordSql(api);
  });
  afterAll(async () => {
    await api.close();
    await env.cleanup();
  });

  const post = async (title: string, visibility: string) => {
    const res = await api.gql<{ postDocument: { id: string } }>(
      `mutation($input: DocumentInput!) { postDocument(input: $input) { id } }`,
      { input: { title, kind: 'NOTE', visibility, body: title } },
      office,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.postDocument.id;
  };

  /** A meeting whose agenda has `n` items, each linking two public documents and a community one. */
  const meetingWith = async (n: number) => {
    const start = new Date(Date.now() + 86400_000);
    const scheduled = await api.gql<{ scheduleMeeting: { id: string } }>(
      `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      {
        input: {
          title: `Agenda of ${n}`,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3600_000).toISOString(),
          timeZone: 'UTC',
          visibility: 'PUBLIC',
        },
      },
      office,
    );
    expect(scheduled.errors).toBeUndefined();
    const id = scheduled.data!.scheduleMeeting.id;
    const items = [];
    for (let i = 0; i < n; i++)
      items.push({
        title: `Item ${i}`,
        documentIds: [
          await post(`Public A ${n}.${i}`, 'PUBLIC'),
          await post(`Public B ${n}.${i}`, 'PUBLIC'),
          await post(`Community ${n}.${i}`, 'COMMUNITY'),
        ],
      });
    const set = await api.gql(
      `mutation($id: ID!, $items: [AgendaItemInput!]!) { setAgenda(meetingId: $id, items: $items) { id } }`,
      { id, items },
      office,
    );
    expect(set.errors).toBeUndefined();
    return id;
  };

  const read = (id: string) =>
    sql.measure(() =>
      api.gql<{ meeting: { agenda: { documents: { title: string }[] }[] } }>(
        `query($id: ID!) { meeting(id: $id) { agenda { title documents { title } } } }`,
        { id },
      ),
    );

  it('reads 2 or 12 items’ documents in the same statements, showing anonymous callers the public ones', async () => {
    const two = await meetingWith(2);
    const twelve = await meetingWith(12);
    await read(two); // warm
    const small = await read(two);
    const large = await read(twelve);
    expect(large.result.errors).toBeUndefined();
    const items = large.result.data!.meeting.agenda;
    expect(items).toHaveLength(12);
    expect(items[11].documents.map((d) => d.title)).toEqual(['Public A 12.11', 'Public B 12.11']);
    expect({ n: large.queries, log: large.log.sort() }).toEqual({ n: small.queries, log: small.log.sort() });
  });
});
