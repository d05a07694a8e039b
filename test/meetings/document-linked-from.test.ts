import {
  createTestEnvironment,
  recordSql,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { CALLERS, type Caller, type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

const AGENDA = `mutation($m: ID!, $items: [AgendaItemInput!]!) { setAgenda(meetingId: $m, items: $items) { id } }`;

/** Document.linkedFrom: the agendas naming a document, of meetings the viewer may see, without N+1. */
describe('Document.linkedFrom', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;
  let doc: string;
  const meetings = {} as Record<'groupA' | 'publicA' | 'communityB' | 'groupB', string>;

  const gql = async <T>(query: string, vars: Record<string, unknown>, as: Caller) => {
    const res = await api.gql<T>(query, vars, fx.headers[as]);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const schedule = async (input: Record<string, unknown>, as: Caller) =>
    (
      await gql<{ scheduleMeeting: { id: string } }>(
        SCHEDULE,
        {
          input: {
            startsAt: '2027-05-03T08:00:00Z',
            endsAt: '2027-05-03T09:00:00Z',
            timeZone: 'Europe/Rome',
            ...input,
          },
        },
        as,
      )
    ).scheduleMeeting.id;
  const post = async (title: string) =>
    (
      await gql<{ postDocument: { id: string } }>(
        `mutation($t: String!) { postDocument(input: { title: $t, kind: NOTE, visibility: PUBLIC }) { id } }`,
        { t: title },
        'MEMBER',
      )
    ).postDocument.id;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
    doc = await post('Linked paper');
    meetings.groupA = await schedule(
      { title: 'A only', workingGroupId: GROUP.A, visibility: 'WORKING_GROUP' },
      'CHAIR',
    );
    meetings.publicA = await schedule(
      {
        title: 'A public',
        workingGroupId: GROUP.A,
        visibility: 'PUBLIC',
        startsAt: '2027-06-03T08:00:00Z',
        endsAt: '2027-06-03T09:00:00Z',
      },
      'CHAIR',
    );
    meetings.communityB = await schedule(
      {
        title: 'B community',
        workingGroupId: GROUP.B,
        visibility: 'COMMUNITY',
        startsAt: '2027-04-05T08:00:00Z',
        endsAt: '2027-04-05T09:00:00Z',
      },
      'OTHER_CHAIR',
    );
    meetings.groupB = await schedule(
      { title: 'B only', workingGroupId: GROUP.B, visibility: 'WORKING_GROUP' },
      'OTHER_CHAIR',
    );
    await gql(
      AGENDA,
      { m: meetings.groupA, items: [{ title: 'Intro' }, { title: 'Paper', documentIds: [doc] }] },
      'CHAIR',
    );
    await gql(
      AGENDA,
      { m: meetings.publicA, items: [{ title: 'Open review', documentIds: [doc] }] },
      'CHAIR',
    );
    await gql(
      AGENDA,
      { m: meetings.communityB, items: [{ title: 'B reads it', documentIds: [doc] }] },
      'OTHER_CHAIR',
    );
    await gql(AGENDA, { m: meetings.groupB, items: [{ title: 'Nothing linked' }] }, 'OTHER_CHAIR');
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const LINKED = `query($id: ID!) { document(id: $id) { linkedFrom { meeting { id title } agendaItem { title position } } } }`;

  it('lists the agenda items of the meetings each viewer may see, newest meeting first', async () => {
    const byCaller = Object.fromEntries(
      await Promise.all(
        CALLERS.map(async (as) => {
          const d = await gql<{
            document: { linkedFrom: { meeting: { title: string }; agendaItem: { title: string } }[] };
          }>(LINKED, { id: doc }, as);
          return [as, d.document.linkedFrom.map((l) => `${l.meeting.title}: ${l.agendaItem.title}`)];
        }),
      ),
    );
    const open = ['A public: Open review'];
    const community = ['A public: Open review', 'B community: B reads it'];
    expect(byCaller).toEqual({
      anonymous: open,
      GUEST: open,
      MEMBER: ['A public: Open review', 'A only: Paper', 'B community: B reads it'],
      OUTSIDER: community,
      CHAIR: ['A public: Open review', 'A only: Paper', 'B community: B reads it'],
      OTHER_CHAIR: community,
      OFFICE: ['A public: Open review', 'A only: Paper', 'B community: B reads it'],
    });
  });

  it('follows agenda changes and is empty for a document nobody links', async () => {
    const other = await post('Unlinked');
    expect(await gql(LINKED, { id: other }, 'OFFICE')).toEqual({ document: { linkedFrom: [] } });
    await gql(
      AGENDA,
      { m: meetings.groupB, items: [{ title: 'Now linked', documentIds: [other] }] },
      'OTHER_CHAIR',
    );
    expect(await gql(LINKED, { id: other }, 'OUTSIDER')).toEqual({
      document: {
        linkedFrom: [
          {
            meeting: { id: meetings.groupB, title: 'B only' },
            agendaItem: { title: 'Now linked', position: 1 },
          },
        ],
      },
    });
    expect(await gql(LINKED, { id: other }, 'MEMBER')).toEqual({ document: { linkedFrom: [] } });
  });

  it('costs the same SQL for a list of 3 documents and of 12', async () => {
    for (let i = 0; i < 12; i++) {
      const id = await post(`Listed ${i}`);
      await gql(
        AGENDA,
        { m: meetings.publicA, items: [{ title: `Item ${i}`, documentIds: [id, doc] }] },
        'CHAIR',
      );
    }
    const sql = recordSql(api);
    const measure = async (n: number) => {
      const { result, queries } = await sql.measure(() =>
        gql<{ documents: { edges: { node: { linkedFrom: unknown[] } }[] } }>(
          `query($n: Int) { documents(first: $n) { edges { node { linkedFrom { meeting { title viewerCanManage } agendaItem { title } } } } } }`,
          { n },
          'CHAIR',
        ),
      );
      expect(result.documents.edges).toHaveLength(n);
      return queries;
    };
    await measure(3);
    expect(await measure(12)).toBe(await measure(3));
  });
});
