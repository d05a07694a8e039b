import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { type Caller, type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

/** Query.markdownPreview: the editors' preview is the server's own render and sanitizer. */
describe('markdownPreview', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const preview = (markdown: string, as: Caller = 'MEMBER') =>
    api.gql<{ markdownPreview: string }>(
      `query($m: String!) { markdownPreview(markdown: $m) }`,
      { m: markdown },
      fx.headers[as],
    );

  const MINUTES = [
    '# Minutes of the call',
    '',
    'Present: **Ada**, _Elena_; see [the plan](https://example.org/plan) and https://example.org/x.',
    '',
    '<script>alert("x")</script>',
    '',
    '| Item | Owner |',
    '| :--- | ---: |',
    '| Budget | Ada |',
    '',
    '[click](javascript:alert(1)) ![pic](data:image/png;base64,AAAA) <img src=x onerror=alert(1)>',
    '',
    '```ts',
    'const x = 1;',
    '```',
  ].join('\n');

  it('strips scripts and unsafe links, and renders as minutesHtml renders the same text', async () => {
    const res = await preview(MINUTES);
    expect(res.errors).toBeUndefined();
    const html = res.data!.markdownPreview;
    expect(html).toContain('<h1>Minutes of the call</h1>');
    expect(html).toContain('<strong>Ada</strong>');
    expect(html).toContain('rel="nofollow noopener noreferrer"');
    // Raw HTML is text, never markup; unsafe links and images are dropped.
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|href="javascript:|src="data:/i);

    const scheduled = await api.gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      {
        input: {
          title: 'With minutes',
          workingGroupId: GROUP.A,
          startsAt: '2027-05-03T08:00:00Z',
          endsAt: '2027-05-03T09:00:00Z',
          timeZone: 'UTC',
        },
      },
      fx.headers.CHAIR,
    );
    const id = scheduled.data!.scheduleMeeting.id;
    const recorded = await api.gql<{ recordMinutes: { minutesHtml: string } }>(
      `mutation($id: ID!, $m: String!) { recordMinutes(meetingId: $id, minutes: $m) { minutesHtml } }`,
      { id, m: MINUTES },
      fx.headers.CHAIR,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordMinutes.minutesHtml).toBe(html);
  });

  it('takes the longest minutes and refuses more than a document body may hold, naming markdown', async () => {
    const long = 'word '.repeat(20_000); // 100,000 characters: the minutes' limit
    expect((await preview(long)).errors).toBeUndefined();
    const tooLong = 'x'.repeat(1024 * 1024 + 1);
    const res = await preview(tooLong);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { markdown: expect.any(String) },
    });
  });

  it('answers members; not guests or anonymous callers', async () => {
    for (const as of ['MEMBER', 'OUTSIDER', 'CHAIR', 'OFFICE'] as const) {
      expect((await preview('*hi*', as)).data?.markdownPreview).toBe('<p><em>hi</em></p>\n');
    }
    expect((await preview('*hi*', 'GUEST')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await preview('*hi*', 'anonymous')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
