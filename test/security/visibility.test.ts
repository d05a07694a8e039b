import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PlatformModule } from '@cop/platform';
import { lastEndedPeriod } from '@cop/digests';
import { MeetingReminderJob, MeetingsJobsModule } from '@cop/meetings';
import {
  createTestEnvironment,
  startSmtpServer,
  startTestApi,
  type TestApi,
  type TestEnvironment,
  type TestSmtpServer,
} from '@cop/testing';
import { startWorker } from '../../apps/worker/src/bootstrap';
import {
  CALLERS,
  type Caller,
  GROUP_A,
  GROUP_B,
  MARK,
  TOPIC_A,
  SURVEY_SLUG,
  type SecurityFixture,
  seedSecurityFixture,
} from './security-fixture';

/**
 * DESIGN rule 4 across the platform: a private item is absent, through every path, for those
 * who may not see it, and present for those who may (so no check passes vacuously). A leak is
 * the item's marker word anywhere in a response, a feed, a file or a mail.
 */
const MEMBERS: Caller[] = ['MEMBER', 'CHAIR', 'OTHER_CHAIR', 'OUTSIDER', 'AUTHOR', 'EXPERT', 'OFFICE'];
const SEATED_IN_A: Caller[] = ['MEMBER', 'CHAIR', 'AUTHOR', 'OFFICE'];

/** Each private item, the marker that gives it away and who may see it. */
const ITEMS: { item: string; marker: (fx: SecurityFixture) => string; sees: Caller[] }[] = [
  { item: 'WORKING_GROUP document of A', marker: () => MARK.groupDocument, sees: SEATED_IN_A },
  { item: 'attachment of that document', marker: () => MARK.attachment, sees: SEATED_IN_A },
  { item: 'WORKING_GROUP meeting of A', marker: () => MARK.groupMeeting, sees: SEATED_IN_A },
  { item: 'COMMUNITY document', marker: () => MARK.communityDocument, sees: MEMBERS },
  { item: 'COMMUNITY meeting', marker: () => MARK.communityMeeting, sees: MEMBERS },
  { item: 'video link of a PUBLIC meeting', marker: () => MARK.publicVideo, sees: MEMBERS },
  { item: 'e-mail addresses of people', marker: () => MARK.email, sees: MEMBERS },
  { item: 'ACTIVE seat in A (working-group members)', marker: (fx) => fx.ids.memberSeat, sees: MEMBERS },
  { item: 'PENDING seat in A', marker: (fx) => fx.ids.pendingSeat, sees: ['CHAIR', 'OFFICE'] },
  { item: 'answer in an OPEN survey', marker: () => MARK.openAnswer, sees: ['MEMBER', 'OFFICE'] },
  { item: 'answer in a CLOSED survey (results)', marker: () => MARK.closedAnswer, sees: MEMBERS },
  { item: 'DRAFT survey', marker: () => MARK.draftSurvey, sees: ['OFFICE'] },
  { item: 'use case', marker: () => MARK.useCase, sees: MEMBERS },
  { item: 'newsletter draft', marker: () => MARK.newsletter, sees: ['OFFICE'] },
  // Nobody sees a subscriber's address: the office gets counts (checked below).
  { item: 'newsletter subscriber address', marker: () => MARK.subscriber, sees: [] },
];

const PERSON = `fragment P on Person { id displayName email affiliation memberships { id status role workingGroup { code } } }`;
const DOC = `fragment D on Document { id title summary body bodyHtml tags visibility author { ...P }
  workingGroups { code } topics { name } versions { title summary body editedBy { ...P } }
  attachments { id filename downloadUrl uploadedBy { ...P } } }`;
const MEETING = `fragment M on Meeting { id title description location videoConferenceUrl minutes visibility
  organizer { ...P } workingGroup { code } agenda { title presenter documents { ...D } }
  attendance { response person { ...P } } viewerResponse }`;
const OCCURRENCE = `startsAt originalStartsAt cancelled meeting { ...M }`;

/** Every GraphQL path to the items, one root field a request (a refused non-null field nulls all of data). */
function probes(
  fx: SecurityFixture,
  from: string,
  to: string,
): Record<string, { query: string; everyone?: true }> {
  const { ids } = fx;
  return {
    documents: { query: `{ documents(first: 100) { totalCount edges { node { ...D } } } }`, everyone: true },
    documentsFiltered: {
      query: `{ a: documents(filter: { workingGroupIds: ["${GROUP_A}"], topicIds: ["${TOPIC_A}"] }) { totalCount edges { node { ...D } } }
        b: documents(filter: { tags: ["Notes ${MARK.groupDocument}"], authorId: "${ids.people.AUTHOR}" }) { totalCount edges { node { id title } } } }`,
      everyone: true,
    },
    search: {
      query: `{ a: searchDocuments(query: "${MARK.groupDocument}") { totalCount hits { headline document { ...D } } }
        b: searchDocuments(query: "${MARK.communityDocument}") { totalCount hits { headline document { ...D } } }
        c: searchDocuments(query: "notes", first: 100) { totalCount hits { headline document { id } } }
        d: searchDocuments(query: "notes", filter: { workingGroupIds: ["${GROUP_A}"] }) { totalCount hits { document { ...D } } } }`,
      everyone: true,
    },
    document: {
      query: `{ a: document(id: "${ids.groupDocument}") { ...D } b: document(id: "${ids.communityDocument}") { ...D } }`,
      everyone: true,
    },
    workingGroups: {
      query: `{ workingGroups { code name chairs { ...P } memberCount viewerMembership { id status }
        topics { name } documents(first: 100) { totalCount edges { node { ...D } } }
        upcomingMeetings(first: 20) { ${OCCURRENCE} } } }`,
      everyone: true,
    },
    members: {
      query: `{ workingGroups { code members(first: 100) { totalCount edges { node { id status role person { ...P } } } } } }`,
    },
    meeting: {
      query: `{ a: meeting(id: "${ids.groupMeeting}") { ...M } b: meeting(id: "${ids.publicMeeting}") { ...M }
        c: meeting(id: "${ids.communityMeeting}") { ...M } }`,
      everyone: true,
    },
    calendar: {
      query: `{ calendar(from: "${from}", to: "${to}") { ${OCCURRENCE} } }`,
      everyone: true,
    },
    calendarMine: {
      query: `{ calendar(from: "${from}", to: "${to}", mine: true) { ${OCCURRENCE} } }`,
      everyone: true,
    },
    calendarGroups: {
      query: `{ calendar(from: "${from}", to: "${to}", workingGroupCodes: ["A", "B"]) { ${OCCURRENCE} } }`,
      everyone: true,
    },
    news: {
      query: `{ news(first: 50) { totalCount edges { node { title body author { ...P } workingGroup { code chairs { ...P }
        documents { totalCount edges { node { ...D } } } upcomingMeetings { ${OCCURRENCE} } } } } } }`,
      everyone: true,
    },
    community: {
      query: `{ community { name stats { members participants people workingGroups } } }`,
      everyone: true,
    },
    viewer: {
      query: `{ viewer { person { ...P } identities { email } notificationSettings { digest } } }`,
      everyone: true,
    },
    people: { query: `{ people(first: 100) { totalCount edges { node { ...P } } } }` },
    peopleOfA: {
      query: `{ people(first: 100, workingGroupId: "${GROUP_A}") { totalCount edges { node { ...P } } } }`,
    },
    person: {
      query: `{ a: person(id: "${ids.pending}") { ...P } b: person(id: "${ids.people.MEMBER}") { ...P } }`,
    },
    surveys: { query: `{ surveys { slug title description status responseCount } }`, everyone: true },
    survey: {
      query: `{ a: survey(slug: "${SURVEY_SLUG.draft}") { title } b: survey(slug: "${SURVEY_SLUG.open}") { title responseCount } }`,
      everyone: true,
    },
    ownResponse: { query: `{ viewerSurveyResponse(slug: "${SURVEY_SLUG.open}") { answers { text } } }` },
    openResults: {
      query: `{ surveyResults(slug: "${SURVEY_SLUG.open}") { responses questions { texts answered } } }`,
    },
    closedResults: {
      query: `{ surveyResults(slug: "${SURVEY_SLUG.closed}") { responses questions { texts answered } } }`,
    },
    useCases: {
      query: `{ useCases { totalCount edges { node { title storage requirements { metric } createdBy { ...P } experts { ...P }
        workingGroups { code documents { totalCount edges { node { ...D } } } upcomingMeetings { ${OCCURRENCE} } } } } } }`,
    },
    useCase: { query: `{ useCase(id: "${ids.useCase}") { title storage } }` },
    requirementTotals: { query: `{ requirementTotals { metric total } }` },
    newsletterIssues: {
      query: `{ newsletterIssues { totalCount edges { node { subject body createdBy { ...P } } } } }`,
    },
    newsletterIssue: { query: `{ newsletterIssue(id: "${ids.newsletterDraft}") { subject body } }` },
    newsletterSubscribers: { query: `{ newsletterSubscribers { confirmed pending unsubscribed } }` },
    pendingAdmissions: { query: `{ pendingAdmissions { ...P } }` },
    // A proposed meeting at the time of A's series, community-wide and in each group: conflicts
    // name the meetings they collide with, so they must be only those the caller may see.
    ...Object.fromEntries(
      [null, GROUP_A, GROUP_B].map((group) => [
        `meetingConflicts ${group === GROUP_A ? 'A' : group === GROUP_B ? 'B' : 'community'}`,
        {
          query: `{ meetingConflicts(input: { title: "Probe", startsAt: "${ids.groupMeetingFirst.toISOString()}",
            endsAt: "${new Date(ids.groupMeetingFirst.getTime() + 3600_000).toISOString()}", timeZone: "UTC"
            ${group ? `, workingGroupId: "${group}"` : ''} }) { occurrence { ${OCCURRENCE} } sharedMembers { ...P } } }`,
        },
      ]),
    ),
  };
}

/** iCalendar folds long lines; unfold before looking for a word. */
const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '');

describe('visibility of every private item through every path', () => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let fx: SecurityFixture;
  /** What each caller got, by path. */
  const seen = {} as Record<Caller, Record<string, string>>;
  const data = {} as Record<Caller, Record<string, { data?: unknown; errors?: unknown[] }>>;

  /** Takes every path as the caller; what they got lands in seen and data. */
  const probeAs = async (caller: Caller) => {
    const from = new Date(Date.now() - 24 * 3600_000).toISOString();
    const to = new Date(Date.now() + 60 * 24 * 3600_000).toISOString();
    const headers = fx.headers[caller];
    seen[caller] = {};
    data[caller] = {};
    await Promise.all(
      Object.entries(probes(fx, from, to)).map(async ([path, probe]) => {
        // GraphQL refuses unused fragments: send exactly those the probe spreads.
        const meetings = probe.query.includes('...M');
        const documents = meetings || probe.query.includes('...D');
        const people = documents || probe.query.includes('...P');
        const used = [meetings ? MEETING : '', documents ? DOC : '', people ? PERSON : ''].filter(Boolean);
        const res = await api.gql(`${probe.query}\n${used.join('\n')}`, {}, headers);
        data[caller][path] = res;
        seen[caller][path] = JSON.stringify(res);
      }),
    );
    const http = async (name: string, url: string) => {
      const res = await fetch(url, { headers });
      seen[caller][name] = `${res.status} ${unfold(await res.text())}`;
    };
    await http('GET /calendar/public.ics', `${api.url}/calendar/public.ics`);
    await http('GET /calendar/groups/A.ics', `${api.url}/calendar/groups/A.ics`);
    await http('GET /calendar/groups/B.ics', `${api.url}/calendar/groups/B.ics`);
    await http('GET /attachments/:id', `${api.url}/attachments/${fx.ids.groupAttachment}`);
    await http('GET responses.csv (open)', `${api.url}/surveys/${SURVEY_SLUG.open}/responses.csv`);
    await http('GET responses.csv (closed)', `${api.url}/surveys/${SURVEY_SLUG.closed}/responses.csv`);
    if (caller !== 'ANYONE') await http('GET personal .ics feed', fx.feedUrls[caller]);
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // The probes walk deep, wide paths on purpose: the cost and depth limits are another suite's concern.
    env = await createTestEnvironment({
      SMTP_URL: smtp.url,
      GRAPHQL_MAX_COST: '100000000',
      GRAPHQL_MAX_DEPTH: '30',
    });
    api = await startTestApi(env.config);
    fx = await seedSecurityFixture(api, env);
    await Promise.all(CALLERS.map((caller) => probeAs(caller)));
  }, 180_000);
  afterAll(async () => {
    await fx?.close();
    await api?.close();
    await env?.cleanup();
    await smtp?.stop();
  });

  const pathsWith = (caller: Caller, marker: string) =>
    Object.entries(seen[caller])
      .filter(([, text]) => text.toLowerCase().includes(marker.toLowerCase()))
      .map(([path]) => path);

  it.each(ITEMS)(
    '$item: absent for outsiders through every path, present for insiders',
    ({ marker, sees }) => {
      const word = marker(fx);
      const actual = Object.fromEntries(
        CALLERS.map((c) => [c, sees.includes(c) ? pathsWith(c, word).length > 0 : pathsWith(c, word)]),
      );
      const expected = Object.fromEntries(CALLERS.map((c) => [c, sees.includes(c) ? true : []]));
      expect(actual).toEqual(expected);
    },
  );

  it('answers every path that anyone may take without an error, so the checks above are not vacuous', () => {
    const all = probes(fx, '', '');
    const failing = CALLERS.flatMap((c) =>
      Object.entries(all)
        .filter(([path, p]) => p.everyone && data[c][path].errors)
        .map(([path]) => `${c} ${path}: ${JSON.stringify(data[c][path].errors)}`),
    );
    expect(failing).toEqual([]);
    // The conflict check of B's chair ran, and would have named A's series (the office's does).
    expect(data.OTHER_CHAIR['meetingConflicts B'].errors).toBeUndefined();
    expect(pathsWith('OFFICE', MARK.groupMeeting)).toContain('meetingConflicts B');
    // Refused paths are refused, never an internal error.
    const internal = CALLERS.flatMap((c) =>
      Object.entries(data[c])
        .filter(([, r]) => JSON.stringify(r.errors ?? []).includes('INTERNAL_SERVER_ERROR'))
        .map(([path]) => `${c} ${path}`),
    );
    expect(internal).toEqual([]);
  });

  it('counts only what the caller may see: every totalCount equals the items listed', () => {
    type Conn = { totalCount: number; edges?: unknown[]; hits?: unknown[] };
    const mismatches: string[] = [];
    const check = (caller: Caller, where: string, conn: Conn | null | undefined) => {
      if (!conn) return;
      const listed = (conn.edges ?? conn.hits ?? []).length;
      if (conn.totalCount !== listed)
        mismatches.push(`${caller} ${where}: totalCount ${conn.totalCount}, listed ${listed}`);
    };
    for (const c of CALLERS) {
      const d = (path: string) => data[c][path].data as Record<string, never> | null | undefined;
      check(c, 'documents', d('documents')?.documents);
      for (const k of ['a', 'b', 'c', 'd']) check(c, `searchDocuments ${k}`, d('search')?.[k]);
      for (const k of ['a', 'b']) check(c, `documents (filtered) ${k}`, d('documentsFiltered')?.[k]);
      for (const g of (d('workingGroups')?.workingGroups ?? []) as { code: string; documents: Conn }[])
        check(c, `WorkingGroup ${g.code}.documents`, g.documents);
      for (const g of (d('members')?.workingGroups ?? []) as { code: string; members: Conn }[])
        check(c, `WorkingGroup ${g.code}.members`, g.members);
      check(c, 'people', d('people')?.people);
      check(c, 'people of A', d('peopleOfA')?.people);
      check(c, 'useCases', d('useCases')?.useCases);
      check(c, 'news', d('news')?.news);
      check(c, 'newsletterIssues', d('newsletterIssues')?.newsletterIssues);
    }
    expect(mismatches).toEqual([]);
    // The hidden document is in no count of an outsider: what they count is what insiders count, less it.
    const total = (c: Caller) => (data[c].documents.data as { documents: Conn }).documents.totalCount;
    expect(total('OUTSIDER')).toBe(total('MEMBER') - 1);
    expect(total('ANYONE')).toBe(total('MEMBER') - 2);
    // The subscriber exists, for the office: only as a count.
    expect(data.OFFICE.newsletterSubscribers.data).toEqual({
      newsletterSubscribers: { confirmed: 1, pending: 0, unsubscribed: 0 },
    });
  });

  describe('e-mails', () => {
    const mailsTo = (caller: Caller) =>
      smtp.messages
        .filter((m) => m.envelope.to.includes(emailOf(caller)))
        .map((m) => `${m.subject}\n${m.text}\n${m.html || ''}`)
        .join('\n----\n');
    const emailOf = (caller: Caller) =>
      caller === 'GUEST'
        ? 'guest@example.org'
        : `${caller.toLowerCase().replace('_', '')}.${MARK.email}@example.org`;
    const leaks = (marker: string, sees: Caller[]) =>
      Object.fromEntries(
        CALLERS.filter((c) => c !== 'ANYONE').map((c) => [
          c,
          sees.includes(c) ? mailsTo(c).includes(marker) : mailsTo(c).includes(marker) ? 'LEAKED' : 'absent',
        ]),
      );
    const expectation = (sees: Caller[]) =>
      Object.fromEntries(
        CALLERS.filter((c) => c !== 'ANYONE').map((c) => [c, sees.includes(c) ? true : 'absent']),
      );

    it('digests, run by the real worker, carry each member only what they may see', async () => {
      smtp.clear();
      const period = lastEndedPeriod('DAILY', 'UTC', new Date(), 1);
      const inPeriod = new Date(period.end.getTime() - 3600_000);
      await fx.db.query(`UPDATE people SET digest = 'DAILY'`);
      await fx.db.query(`UPDATE documents SET created_at = $1, updated_at = $1`, [inPeriod]);
      await fx.db.query(`UPDATE news_items SET published_at = $1`, [inPeriod]);
      const worker = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
      try {
        const run = await api.gql<{ runDigest: { id: string } }>(
          'mutation { runDigest(frequency: DAILY) { id } }',
          {},
          fx.headers.OFFICE,
        );
        expect(run.errors).toBeUndefined();
        const deadline = Date.now() + 30_000;
        for (;;) {
          const res = await api.gql<{ digestRuns: { id: string; status: string }[] }>(
            '{ digestRuns { id status } }',
            {},
            fx.headers.OFFICE,
          );
          if (res.data?.digestRuns.find((r) => r.id === run.data!.runDigest.id)?.status === 'DONE') break;
          if (Date.now() > deadline) throw new Error('the digest run did not finish');
          await new Promise((r) => setTimeout(r, 100));
        }
      } finally {
        await worker.stop();
      }
      // Every member and the office got one digest; the guest none. (The worker also sent what the
      // seed left in the outbox, the minutes of A's meeting: checked below like the digests.)
      const isDigest = (m: (typeof smtp.messages)[number]) =>
        Boolean(m.headerLines.find((h) => h.key === 'list-unsubscribe')?.line.includes('/digests/'));
      const count = (c: Caller) =>
        smtp.messages.filter((m) => isDigest(m) && m.envelope.to.includes(emailOf(c))).length;
      expect(Object.fromEntries(CALLERS.slice(1).map((c) => [c, count(c)]))).toEqual(
        Object.fromEntries(CALLERS.slice(1).map((c) => [c, c === 'GUEST' ? 0 : 1])),
      );
      expect(leaks(MARK.groupDocument, SEATED_IN_A)).toEqual(expectation(SEATED_IN_A));
      expect(leaks(MARK.groupMeeting, ['MEMBER', 'CHAIR', 'AUTHOR'])).toEqual(
        expectation(['MEMBER', 'CHAIR', 'AUTHOR']),
      );
      expect(leaks(MARK.communityDocument, MEMBERS)).toEqual(expectation(MEMBERS));
      expect(leaks(MARK.communityMeeting, MEMBERS)).toEqual(expectation(MEMBERS));
      for (const marker of [
        MARK.attachment,
        MARK.openAnswer,
        MARK.draftSurvey,
        MARK.newsletter,
        MARK.subscriber,
      ])
        expect({ marker, ...leaks(marker, []) }).toEqual({ marker, ...expectation([]) });
    }, 60_000);

    it('meeting reminders go only to those who may see the meeting', async () => {
      smtp.clear();
      @Module({ imports: [PlatformModule.forRoot(env.config), MeetingsJobsModule] })
      class JobsModule {}
      const app = await NestFactory.createApplicationContext(JobsModule, { logger: ['error'] });
      try {
        const first = fx.ids.groupMeetingFirst;
        const remind = app.get(MeetingReminderJob);
        const at = (hours: number) => new Date(first.getTime() + hours * 3600_000).toISOString();
        await remind.handle({ meetingId: fx.ids.groupMeeting, originalStartsAt: at(0), startsAt: at(0) });
        await remind.handle({ meetingId: fx.ids.publicMeeting, originalStartsAt: at(48), startsAt: at(48) });
        await remind.handle({
          meetingId: fx.ids.communityMeeting,
          originalStartsAt: at(72),
          startsAt: at(72),
        });
      } finally {
        await app.close();
      }
      expect(smtp.messages.length).toBeGreaterThan(0);
      expect(leaks(MARK.groupMeeting, ['MEMBER', 'CHAIR', 'AUTHOR'])).toEqual(
        expectation(['MEMBER', 'CHAIR', 'AUTHOR']),
      );
      expect(leaks(MARK.communityMeeting, MEMBERS)).toEqual(expectation(MEMBERS));
    }, 60_000);
  });

  it('ends access at once: a removed seat hides the group’s items, a demotion the community’s, on every path', async () => {
    const change = async (query: string, vars: Record<string, unknown>, as: Caller) =>
      expect((await api.gql(query, vars, fx.headers[as])).errors).toBeUndefined();
    const demote = (caller: Caller) =>
      change(
        'mutation($p: ID!) { setPlatformRole(personId: $p, role: GUEST) { role } }',
        { p: (fx.ids.people as Record<string, string>)[caller] },
        'OFFICE',
      );
    const absent = (caller: Caller, markers: string[]) =>
      expect(markers.map((marker) => ({ marker, paths: pathsWith(caller, marker) }))).toEqual(
        markers.map((marker) => ({ marker, paths: [] })),
      );

    await change(
      'mutation($m: ID!) { removeMembership(membershipId: $m) }',
      { m: fx.ids.memberSeat },
      'CHAIR',
    );
    await probeAs('MEMBER');
    absent('MEMBER', [MARK.groupDocument, MARK.attachment, MARK.groupMeeting]);
    expect(pathsWith('MEMBER', MARK.communityDocument).length).toBeGreaterThan(0);

    await demote('MEMBER');
    await probeAs('MEMBER');
    // The demoted person still sees their own address (viewer): look for the others'.
    absent('MEMBER', [MARK.communityDocument, MARK.communityMeeting, MARK.useCase, `chair.${MARK.email}`]);

    // A guest who keeps a seat sees what the public sees, everywhere: nothing of the group's.
    expect(pathsWith('AUTHOR', MARK.groupMeeting).length).toBeGreaterThan(0);
    await demote('AUTHOR');
    await probeAs('AUTHOR');
    absent('AUTHOR', [
      MARK.groupMeeting,
      MARK.groupDocument,
      MARK.attachment,
      MARK.communityMeeting,
      MARK.publicVideo,
      MARK.communityDocument,
      `chair.${MARK.email}`,
    ]);

    // Nor is the guest reminded of the group's meeting, while its members are.
    smtp.clear();
    @Module({ imports: [PlatformModule.forRoot(env.config), MeetingsJobsModule] })
    class RemindersModule {}
    const app = await NestFactory.createApplicationContext(RemindersModule, { logger: ['error'] });
    try {
      const third = new Date(fx.ids.groupMeetingFirst.getTime() + 14 * 86400_000).toISOString();
      await app
        .get(MeetingReminderJob)
        .handle({ meetingId: fx.ids.groupMeeting, originalStartsAt: third, startsAt: third });
    } finally {
      await app.close();
    }
    const reminded = (address: string) =>
      smtp.messages.some(
        (m) => m.envelope.to.includes(address) && (m.text ?? '').includes(MARK.groupMeeting),
      );
    expect({
      chair: reminded(`chair.${MARK.email}@example.org`),
      demotedAuthor: reminded(`author.${MARK.email}@example.org`),
    }).toEqual({ chair: true, demotedAuthor: false });
  });
});
