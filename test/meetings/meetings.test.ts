import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { CALENDAR, type CalendarOccurrence, type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

/** Scheduling, series, exceptions, visibility, bad input and the calendar's SQL count, over HTTP. */
describe('meetings and the calendar', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;
  let queries = 0;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
    const logger = api.app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args) => {
      queries += 1;
      return logQuery(...args);
    };
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const schedule = async (input: Record<string, unknown>, as: keyof Fixture['headers'] = 'OFFICE') => {
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(SCHEDULE, { input }, fx.headers[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.scheduleMeeting.id;
  };
  const calendar = async (as: keyof Fixture['headers'], from: string, to: string, extra: object = {}) => {
    const res = await api.gql<{ calendar: CalendarOccurrence[] }>(
      CALENDAR,
      { from, to, ...extra },
      fx.headers[as],
    );
    expect(res.errors).toBeUndefined();
    return res.data!.calendar;
  };

  const rome = {
    title: 'WG A weekly',
    workingGroupId: GROUP.A,
    startsAt: '2026-03-16T09:00:00Z', // Monday 10:00 in Rome (CET)
    endsAt: '2026-03-16T10:00:00Z',
    timeZone: 'Europe/Rome',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
    videoConferenceUrl: 'https://video.example.org/wg-a',
    visibility: 'WORKING_GROUP',
  };

  describe('series in their zone, exceptions and visibility', () => {
    let series: string;
    let community: string;
    let pub: string;

    beforeAll(async () => {
      series = await schedule(rome, 'CHAIR');
      community = await schedule({
        title: 'Community call',
        startsAt: '2026-03-18T15:00:00Z',
        endsAt: '2026-03-18T16:00:00Z',
        timeZone: 'UTC',
        videoConferenceUrl: 'https://video.example.org/all',
      });
      pub = await schedule({
        title: 'Open webinar',
        startsAt: '2026-03-19T15:00:00Z',
        endsAt: '2026-03-19T16:00:00Z',
        timeZone: 'Europe/Berlin',
        visibility: 'PUBLIC',
        videoConferenceUrl: 'https://video.example.org/open',
      });
    });

    it('expands a weekly Rome series at 10:00 local across the switch to summer time', async () => {
      const occ = (await calendar('MEMBER', '2026-03-01T00:00:00Z', '2026-04-10T00:00:00Z')).filter(
        (o) => o.meeting.id === series,
      );
      expect(occ.map((o) => o.startsAt)).toEqual([
        '2026-03-16T09:00:00.000Z',
        '2026-03-23T09:00:00.000Z',
        '2026-03-30T08:00:00.000Z',
        '2026-04-06T08:00:00.000Z',
      ]);
      expect(occ.every((o) => DateTime.fromISO(o.startsAt, { zone: 'Europe/Rome' }).hour === 10)).toBe(true);
      expect(occ[0].meeting.videoConferenceUrl).toBe('https://video.example.org/wg-a');
    });

    it('never shows a WORKING_GROUP meeting to outsiders, anonymous callers or guests', async () => {
      for (const caller of ['OUTSIDER', 'anonymous', 'GUEST', 'OTHER_CHAIR'] as const) {
        const occ = await calendar(caller, '2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z');
        expect(occ.some((o) => o.meeting.id === series)).toBe(false);
        const one = await api.gql<{ meeting: unknown }>(
          `query($id: ID!) { meeting(id: $id) { id } }`,
          { id: series },
          fx.headers[caller],
        );
        expect(one.data?.meeting).toBeNull();
      }
      for (const caller of ['MEMBER', 'CHAIR', 'OFFICE'] as const) {
        const occ = await calendar(caller, '2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z');
        expect(occ.filter((o) => o.meeting.id === series)).toHaveLength(10);
      }
    });

    it('shows COMMUNITY meetings to members, PUBLIC ones to anyone, video links only to members', async () => {
      const window = ['2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z'] as const;
      const anon = await calendar('anonymous', ...window);
      expect(anon.map((o) => o.meeting.id)).toEqual([pub]);
      expect(anon[0].meeting.videoConferenceUrl).toBeNull();
      const guest = await calendar('GUEST', ...window);
      expect(guest.map((o) => o.meeting.id)).toEqual([pub]);
      const outsider = await calendar('OUTSIDER', ...window);
      expect(outsider.map((o) => o.meeting.id)).toEqual([community, pub]);
      expect(outsider[0].meeting.videoConferenceUrl).toBe('https://video.example.org/all');
    });

    it('filters by group codes and by "mine"', async () => {
      const window = ['2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z'] as const;
      const a = await calendar('OFFICE', ...window, { codes: ['A'] });
      expect(new Set(a.map((o) => o.meeting.id))).toEqual(new Set([series]));
      const mine = await calendar('OUTSIDER', ...window, { mine: true });
      // OUTSIDER sits in B only: community-wide meetings, nothing of A.
      expect(new Set(mine.map((o) => o.meeting.id))).toEqual(new Set([community, pub]));
    });

    it('cancels and moves single occurrences, and refuses occurrences not in the series', async () => {
      const notInSeries = await api.gql(
        `mutation($id: ID!) { cancelMeeting(id: $id, occurrenceStartsAt: "2026-03-17T09:00:00Z") { id } }`,
        { id: series },
        fx.headers.CHAIR,
      );
      expect(notInSeries.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { occurrenceStartsAt: expect.any(String) },
      });
      const cancel = await api.gql(
        `mutation($id: ID!) { cancelMeeting(id: $id, occurrenceStartsAt: "2026-03-23T09:00:00Z") { status } }`,
        { id: series },
        fx.headers.CHAIR,
      );
      expect(cancel.errors).toBeUndefined();
      const move = await api.gql(
        `mutation($id: ID!) { rescheduleOccurrence(id: $id, occurrenceStartsAt: "2026-03-30T08:00:00Z",
            startsAt: "2026-03-31T12:00:00Z", endsAt: "2026-03-31T13:30:00Z") { id } }`,
        { id: series },
        fx.headers.CHAIR,
      );
      expect(move.errors).toBeUndefined();
      const occ = (await calendar('MEMBER', '2026-03-20T00:00:00Z', '2026-04-10T00:00:00Z')).filter(
        (o) => o.meeting.id === series,
      );
      expect(occ.map((o) => [o.originalStartsAt, o.startsAt, o.endsAt, o.cancelled])).toEqual([
        ['2026-03-23T09:00:00.000Z', '2026-03-23T09:00:00.000Z', '2026-03-23T10:00:00.000Z', true],
        ['2026-03-30T08:00:00.000Z', '2026-03-31T12:00:00.000Z', '2026-03-31T13:30:00.000Z', false],
        ['2026-04-06T08:00:00.000Z', '2026-04-06T08:00:00.000Z', '2026-04-06T09:00:00.000Z', false],
      ]);
      const nested = await api.gql<{ meeting: { occurrences: { startsAt: string; cancelled: boolean }[] } }>(
        `query($id: ID!) { meeting(id: $id) { occurrences(from: "2026-03-20T00:00:00Z", to: "2026-04-10T00:00:00Z") { startsAt cancelled } } }`,
        { id: series },
        fx.headers.MEMBER,
      );
      expect(nested.data?.meeting.occurrences.map((o) => o.startsAt)).toEqual(occ.map((o) => o.startsAt));
    });

    it('keeps agenda, minutes (mailed through the outbox) and answers', async () => {
      const agenda = await api.gql<{ setAgenda: { agenda: { position: number; title: string }[] } }>(
        `mutation($id: ID!) { setAgenda(meetingId: $id, items: [
            { title: "Welcome", presenter: "Chair", durationMinutes: 5 }, { title: "Reports" }]) {
            agenda { position title presenter durationMinutes } } }`,
        { id: series },
        fx.headers.CHAIR,
      );
      expect(agenda.errors).toBeUndefined();
      expect(agenda.data?.setAgenda.agenda.map((a) => [a.position, a.title])).toEqual([
        [1, 'Welcome'],
        [2, 'Reports'],
      ]);
      const minutes = await api.gql(
        `mutation($id: ID!) { recordMinutes(meetingId: $id, minutes: "# Minutes\\n\\nAll fine.") { minutes } }`,
        { id: series },
        fx.headers.CHAIR,
      );
      expect(minutes.errors).toBeUndefined();
      const outbox = await fx.db.query(
        `SELECT payload FROM outbox WHERE job_name = 'meetings.minutes-recorded'`,
      );
      expect(outbox.rows).toEqual([{ payload: { meetingId: series, revision: expect.any(Number) } }]);

      const outsider = await api.gql(
        `mutation($id: ID!) { respondToMeeting(meetingId: $id, response: YES) { response } }`,
        { id: series },
        fx.headers.OUTSIDER,
      );
      expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      for (const [at, response] of [
        [null, 'YES'],
        ['2026-04-06T08:00:00Z', 'NO'],
      ] as const) {
        const res = await api.gql(
          `mutation($id: ID!, $at: DateTime, $r: RsvpResponse!) { respondToMeeting(meetingId: $id, occurrenceStartsAt: $at, response: $r) { response person { displayName } } }`,
          { id: series, at, r: response },
          fx.headers.MEMBER,
        );
        expect(res.errors).toBeUndefined();
      }
      const seen = await api.gql<{ meeting: { series: string; one: string; attendance: unknown[] } }>(
        `query($id: ID!) { meeting(id: $id) { series: viewerResponse one: viewerResponse(occurrenceStartsAt: "2026-04-06T08:00:00Z")
            attendance { response occurrenceStartsAt person { displayName } } } }`,
        { id: series },
        fx.headers.MEMBER,
      );
      expect(seen.data?.meeting.series).toBe('YES');
      expect(seen.data?.meeting.one).toBe('NO');
      expect(seen.data?.meeting.attendance).toHaveLength(2);
    });
  });

  it('links agenda items to documents, showing each viewer only the documents they may see', async () => {
    const post = async (title: string, extra: string, as: keyof Fixture['headers']) => {
      const res = await api.gql<{ postDocument: { id: string } }>(
        `mutation { postDocument(input: { title: "${title}", kind: SLIDES, ${extra} }) { id } }`,
        {},
        fx.headers[as],
      );
      expect(res.errors).toBeUndefined();
      return res.data!.postDocument.id;
    };
    const open = await post('Open slides', 'visibility: COMMUNITY', 'CHAIR');
    const bOnly = await post(
      'B slides',
      `visibility: WORKING_GROUP, workingGroupIds: ["${GROUP.B}"]`,
      'OTHER_CHAIR',
    );
    const meeting = await schedule({
      title: 'With documents',
      startsAt: '2026-06-01T08:00:00Z',
      endsAt: '2026-06-01T09:00:00Z',
      timeZone: 'UTC',
    });
    const set = await api.gql(
      `mutation($id: ID!, $docs: [ID!]) { setAgenda(meetingId: $id, items: [{ title: "Talks", documentIds: $docs }]) { id } }`,
      { id: meeting, docs: [open, bOnly] },
      fx.headers.OFFICE,
    );
    expect(set.errors).toBeUndefined();
    const titles = async (as: keyof Fixture['headers']) => {
      const res = await api.gql<{ meeting: { agenda: { documents: { title: string }[] }[] } }>(
        `query($id: ID!) { meeting(id: $id) { agenda { documents { title } } } }`,
        { id: meeting },
        fx.headers[as],
      );
      expect(res.errors).toBeUndefined();
      return res.data!.meeting.agenda[0].documents.map((d) => d.title);
    };
    expect(await titles('MEMBER')).toEqual(['Open slides']);
    expect(await titles('OUTSIDER')).toEqual(['Open slides', 'B slides']);
  });

  describe('bad input', () => {
    const base = {
      title: 'Bad',
      workingGroupId: GROUP.A,
      startsAt: '2026-05-04T08:00:00Z',
      endsAt: '2026-05-04T09:00:00Z',
      timeZone: 'Europe/Rome',
    };
    it.each([
      ['unknown zone', { timeZone: 'Mars/Olympus' }, 'input'],
      ['endsAt before startsAt', { endsAt: '2026-05-04T07:00:00Z' }, 'input.endsAt'],
      ['endsAt equal to startsAt', { endsAt: base.startsAt }, 'input.endsAt'],
      ['longer than 7 days', { endsAt: '2026-05-12T09:00:00Z' }, 'input.endsAt'],
      ['an RRULE that does not parse', { recurrence: 'EVERY MONDAY' }, 'input.recurrence'],
      ['FREQ=HOURLY', { recurrence: 'FREQ=HOURLY;COUNT=3' }, 'input.recurrence'],
      ['FREQ=MINUTELY', { recurrence: 'FREQ=MINUTELY' }, 'input.recurrence'],
      ['FREQ=SECONDLY', { recurrence: 'FREQ=SECONDLY' }, 'input.recurrence'],
      ['a start that is not an occurrence', { recurrence: 'FREQ=WEEKLY;BYDAY=TU' }, 'input.startsAt'],
      ['a 400-character title', { title: 'x'.repeat(400) }, 'input.title'],
      [
        'WORKING_GROUP without a group',
        { workingGroupId: null, visibility: 'WORKING_GROUP' },
        'input.visibility',
      ],
    ])('%s: BAD_USER_INPUT naming the field, nothing stored', async (_, change, field) => {
      const before = await fx.db.query(`SELECT count(*)::int AS n FROM meetings`);
      const res = await api.gql(SCHEDULE, { input: { ...base, ...change } }, fx.headers.OFFICE);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toContain(field);
      if (field === 'input') expect(res.errors?.[0].message).toMatch(/timeZone|TimeZone|time zone/i);
      const after = await fx.db.query(`SELECT count(*)::int AS n FROM meetings`);
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });

    it('refuses a 400-character agenda title and a window over 366 days', async () => {
      const id = await schedule({ ...base, title: 'Agenda target' });
      const res = await api.gql(
        `mutation($id: ID!, $t: String!) { setAgenda(meetingId: $id, items: [{ title: "ok" }, { title: $t }]) { id } }`,
        { id, t: 'y'.repeat(400) },
        fx.headers.OFFICE,
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'items.1.title': expect.any(String) },
      });
      const stored = await fx.db.query(`SELECT count(*)::int AS n FROM agenda_items WHERE meeting_id = $1`, [
        id,
      ]);
      expect(stored.rows[0].n).toBe(0);
      const wide = await api.gql(
        CALENDAR,
        { from: '2026-01-01T00:00:00Z', to: '2027-01-03T00:00:00Z' },
        fx.headers.MEMBER,
      );
      expect(wide.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { to: expect.any(String) },
      });
    });
    it('checks every agenda item against its input rules, naming the item, and keeps the agenda', async () => {
      const id = await schedule({ ...base, title: 'Agenda kept' });
      const SET_AGENDA = `mutation($id: ID!, $items: [AgendaItemInput!]!) { setAgenda(meetingId: $id, items: $items) { id } }`;
      const kept = await api.gql(
        SET_AGENDA,
        { id, items: [{ title: 'Kept', presenter: 'Ada' }] },
        fx.headers.OFFICE,
      );
      expect(kept.errors).toBeUndefined();
      const agenda = () =>
        fx.db.query(
          `SELECT position, title, presenter, duration_minutes, document_ids FROM agenda_items WHERE meeting_id = $1 ORDER BY position`,
          [id],
        );
      const before = (await agenda()).rows;
      const res = await api.gql(
        SET_AGENDA,
        {
          id,
          items: [
            { title: 'Fine' },
            { title: 'Bell\u0007' },
            { title: 'Fine', durationMinutes: 0 },
            { title: 'Fine', documentIds: ['not-a-uuid'] },
          ],
        },
        fx.headers.OFFICE,
      );
      expect(res.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: {
          'items.1.title': 'must not contain control characters',
          'items.2.durationMinutes': 'must be at least 1',
          'items.3.documentIds': 'must be document ids',
        },
      });
      expect((await agenda()).rows).toEqual(before);
    });
  });

  it('answers the calendar with a constant number of SQL queries', async () => {
    const count = async () => {
      await calendar('MEMBER', '2027-01-01T00:00:00Z', '2027-12-31T00:00:00Z'); // warm caches
      const before = queries;
      const occ = await calendar('MEMBER', '2027-01-01T00:00:00Z', '2027-12-31T00:00:00Z');
      return { n: queries - before, occurrences: occ.length };
    };
    const add = async (k: number) => {
      for (let i = 0; i < k; i++) {
        await schedule({
          title: `Series ${i}`,
          workingGroupId: i % 2 ? GROUP.A : null,
          visibility: i % 2 ? 'WORKING_GROUP' : 'COMMUNITY',
          startsAt: '2027-01-04T09:00:00Z',
          endsAt: '2027-01-04T10:00:00Z',
          timeZone: 'Europe/Rome',
          recurrence: 'FREQ=WEEKLY;BYDAY=MO',
        });
      }
    };
    await add(2);
    const few = await count();
    await add(10);
    const many = await count();
    expect(many.occurrences).toBeGreaterThan(few.occurrences * 4);
    expect(many.n).toBe(few.n);
    expect(few.n).toBeLessThanOrEqual(3);
  });
});
