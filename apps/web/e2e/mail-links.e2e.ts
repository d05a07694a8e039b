import {
  expect,
  gql,
  linksOf,
  readMails,
  settled,
  signIn,
  test,
  waitForMail,
  type Mail,
} from './support/fixtures';

// Every kind of mail the platform sends (but the meeting reminder, which its 15-minute scheduler
// sends; its link is the same meeting page as the minutes mail's), made to happen for real, and
// every link in them opened in the browser: a page that renders, never "Not found" or a crash.
test('every link in every kind of mail opens a working page', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const office = await browser.newContext({ baseURL });
  const officePage = await office.newPage();
  await signIn(officePage, 'SPECTRUM Project Office');
  const stamp = Date.now();
  const kinds: { kind: string; mail: Mail }[] = [];

  // Newsletter confirmation (anyone subscribing).
  const reader = `links-reader-${stamp}@example.net`;
  await gql(office, baseURL!, `mutation($e: EmailAddress!) { subscribeToNewsletter(email: $e) }`, {
    e: reader,
  });
  const confirmation = await waitForMail((m) => m.to.includes(reader));
  kinds.push({ kind: 'newsletter confirmation', mail: confirmation });
  // Confirmed, the reader is a recipient of the issue below whatever else the run did.
  const confirmLink = linksOf(confirmation).find((l) => l.includes('/newsletter/confirm'))!;
  await officePage.goto(confirmLink);
  await expect(officePage.getByRole('heading', { name: 'Subscription confirmed' })).toBeVisible();
  // A confirmation link works once; it is checked here, not again below.
  const opened = new Set([confirmLink]);

  // A newsletter issue: a test send and the real send.
  const subject = `Links check ${stamp}`;
  const { draftNewsletter } = await gql<{ draftNewsletter: { id: string } }>(
    office,
    baseURL!,
    `mutation($i: NewsletterInput!) { draftNewsletter(input: $i) { id } }`,
    { i: { subject, body: `Read the [news](${baseURL}/news) and the [FAQ](${baseURL}/faq).` } },
  );
  const tester = `links-tester-${stamp}@example.net`;
  await gql(
    office,
    baseURL!,
    `mutation($id: ID!, $to: EmailAddress!) { sendTestNewsletter(id: $id, to: $to) }`,
    {
      id: draftNewsletter.id,
      to: tester,
    },
  );
  kinds.push({ kind: 'newsletter test', mail: await waitForMail((m) => m.to.includes(tester)) });
  await gql(office, baseURL!, `mutation($id: ID!) { sendNewsletter(id: $id) { id } }`, {
    id: draftNewsletter.id,
  });
  kinds.push({
    kind: 'newsletter issue',
    mail: await waitForMail((m) => m.subject === subject && m.to.includes(reader)),
  });

  // A join request to an APPROVAL group, mailed to its chairs and the office.
  const asker = await browser.newContext({ baseURL });
  const askerPage = await asker.newPage();
  await signIn(askerPage, 'Felix Wagner');
  const groups = await gql<{ workingGroup: { id: string } }>(
    asker,
    baseURL!,
    `{ workingGroup(code: "WG5") { id } }`,
  );
  await gql(asker, baseURL!, `mutation($g: ID!) { joinWorkingGroup(workingGroupId: $g) { id } }`, {
    g: groups.workingGroup.id,
  });
  kinds.push({
    kind: 'membership requested',
    mail: await waitForMail((m) => m.subject.includes('Felix Wagner') && m.subject.includes('WG5')),
  });

  // Minutes recorded on a meeting of a group: mailed to its members.
  const now = new Date();
  const { calendar } = await gql<{
    calendar: { meeting: { id: string; title: string; workingGroup: { code: string } | null } }[];
  }>(
    office,
    baseURL!,
    `query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) { meeting { id title workingGroup { code } } } }`,
    { f: new Date(now.getTime() - 300 * 86400_000).toISOString(), t: now.toISOString() },
  );
  const meeting = calendar.find((o) => o.meeting.workingGroup)!.meeting;
  await gql(
    office,
    baseURL!,
    `mutation($m: ID!, $x: String!) { recordMinutes(meetingId: $m, minutes: $x) { id } }`,
    {
      m: meeting.id,
      x: `## Minutes ${stamp}\n\n- Agreed on the next steps.`,
    },
  );
  kinds.push({
    kind: 'minutes recorded',
    mail: await waitForMail((m) => m.text.includes(`Minutes ${stamp}`) || m.subject.includes(meeting.title)),
  });

  // The digests of the last weekly period (the demo's people get weekly digests), started by the
  // office as runDigest does: every member with something new or coming up gets one.
  const before = readMails().length;
  await gql(office, baseURL!, `mutation { runDigest(frequency: WEEKLY) { id } }`);
  const digest = await waitForMail(
    (m) => Number(m.file.slice(0, 5)) > before && (m.headers['list'] ?? '').includes('/digests/unsubscribe'),
    90_000,
  );
  kinds.push({ kind: 'digest', mail: digest });

  // Every link of every kind, opened as the office (who may see everything a recipient may).
  const checked: string[] = [];
  for (const { kind, mail } of kinds) {
    const links = linksOf(mail);
    expect(links.length, `${kind} has links`).toBeGreaterThan(0);
    for (const link of links) {
      const url = new URL(link);
      checked.push(`${kind}: ${url.pathname}`);
      if (opened.has(link)) continue;
      opened.add(link);
      expect(url.origin, `${kind}: ${link} points at the platform`).toBe(new URL(baseURL!).origin);
      if (url.pathname.startsWith('/newsletter/') || url.pathname.startsWith('/digests/')) {
        // The API's own pages (confirm, unsubscribe): GET shows a page and changes nothing but confirm.
        const res = await officePage.goto(link);
        expect(res?.status(), `${kind}: ${link}`).toBe(200);
        await expect(officePage.getByRole('heading', { level: 1 })).toBeVisible();
      } else {
        await officePage.goto(link);
        await settled(officePage);
        await expect(officePage.getByRole('heading', { level: 1 }), `${kind}: ${link}`).not.toHaveText(
          /Not found|Something went wrong|Sign in to continue/,
        );
      }
    }
  }
  console.log(`mail links opened:\n  ${checked.join('\n  ')}`);
  expect(kinds.map((k) => k.kind)).toEqual(
    expect.arrayContaining([
      'newsletter confirmation',
      'newsletter test',
      'newsletter issue',
      'membership requested',
      'minutes recorded',
      'digest',
    ]),
  );
});
