import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { GROUP, seedFixture, type Fixture } from '../meetings/fixture';

/** Issue 26: an agenda item's presenter as a person (AgendaItemInput.presenterId, AgendaItem.presenterPerson). */
describe('agenda presenters as people', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let f: Fixture;
  let meetingId: string;

  const AGENDA = `query($id: ID!) { meeting(id: $id) { agenda { title presenter presenterPerson { id displayName } } } }`;
  const SET = `mutation($id: ID!, $items: [AgendaItemInput!]!) {
      setAgenda(meetingId: $id, items: $items) { agenda { title presenter presenterPerson { displayName } } } }`;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    f = await seedFixture(env, api);
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(
      `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      {
        input: {
          title: 'Group A call',
          startsAt: '2030-02-01T09:00:00Z',
          endsAt: '2030-02-01T10:00:00Z',
          timeZone: 'UTC',
          visibility: 'PUBLIC',
          workingGroupId: GROUP.A,
        },
      },
      f.headers.CHAIR,
    );
    expect(res.errors).toBeUndefined();
    meetingId = res.data!.scheduleMeeting.id;
  });
  afterAll(async () => {
    await f.db.end();
    await api.close();
    await env.cleanup();
  });

  const agenda = async () =>
    (await api.gql<{ meeting: { agenda: unknown[] } }>(AGENDA, { id: meetingId }, f.headers.MEMBER)).data!
      .meeting.agenda;

  it('names the person; the presenter text is their name unless the item gives its own', async () => {
    const res = await api.gql(
      SET,
      {
        id: meetingId,
        items: [
          { title: 'Storage plans', presenterId: f.ids.MEMBER },
          { title: 'Network', presenterId: f.ids.OUTSIDER, presenter: 'Outsider (remote)' },
          { title: 'Any other business', presenter: 'Everyone' },
        ],
      },
      f.headers.CHAIR,
    );
    expect(res.errors).toBeUndefined();
    expect(await agenda()).toEqual([
      {
        title: 'Storage plans',
        presenter: 'Test MEMBER',
        presenterPerson: { id: f.ids.MEMBER, displayName: 'Test MEMBER' },
      },
      {
        title: 'Network',
        presenter: 'Outsider (remote)',
        presenterPerson: { id: f.ids.OUTSIDER, displayName: 'Test OUTSIDER' },
      },
      { title: 'Any other business', presenter: 'Everyone', presenterPerson: null },
    ]);
  });

  it('refuses an unknown or malformed person naming items.<i>.presenterId, and changes nothing', async () => {
    const before = await agenda();
    const unknown = await api.gql(
      SET,
      {
        id: meetingId,
        items: [{ title: 'Fine' }, { title: 'Ghost', presenterId: '00000000-0000-4000-8000-00000000dead' }],
      },
      f.headers.CHAIR,
    );
    expect(unknown.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'items.1.presenterId': expect.stringMatching(/no person/) },
    });
    const malformed = await api.gql(
      SET,
      { id: meetingId, items: [{ title: 'Bad', presenterId: 'nope' }] },
      f.headers.CHAIR,
    );
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'items.0.presenterId': expect.any(String) },
    });
    expect(await agenda()).toEqual(before);
  });

  it('only those who may manage the meeting set presenters', async () => {
    for (const caller of ['MEMBER', 'OTHER_CHAIR'] as const) {
      const res = await api.gql(
        SET,
        { id: meetingId, items: [{ title: 'Mine', presenterId: f.ids[caller] }] },
        f.headers[caller],
      );
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('a person who is removed leaves the item and its presenter text', async () => {
    const gone = await insertPerson(env.db.url, { displayName: 'Leaving Person', role: 'MEMBER' });
    await api.gql(SET, { id: meetingId, items: [{ title: 'Farewell', presenterId: gone }] }, f.headers.CHAIR);
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(`DELETE FROM people WHERE id = $1`, [gone]);
    await db.end();
    expect(await agenda()).toEqual([
      { title: 'Farewell', presenter: 'Leaving Person', presenterPerson: null },
    ]);
  });
});
