import {
  expect,
  expectAccessible,
  gql,
  settled,
  signIn,
  signInAsNewcomer,
  test,
  checkPage,
  openPlatformDatabase,
} from './support/fixtures';

const PREVIEW = `query($p: ID!) { digestPreview(personId: $p, frequency: DAILY) { periodStart periodEnd } }`;
const POST = `mutation($i: DocumentInput!) { postDocument(input: $i) { id } }`;

// The daily digest: other journeys run the weekly one (mail-links), which moves the demo
// people's watermarks to the end of the last week. On a Monday the day that ended last ends before
// that week does (its digest went out already), so Ada's watermark is cleared first.
test('the office previews a member’s daily digest: their group’s document is in it, another group’s is not', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  await signIn(page, 'SPECTRUM Project Office');
  const groups = await gql<{ wg1: { id: string }; wg4: { id: string } }>(
    context,
    baseURL!,
    `{ wg1: workingGroup(code: "WG1") { id } wg4: workingGroup(code: "WG4") { id } }`,
  );
  const { people } = await gql<{ people: { edges: { node: { id: string } }[] } }>(
    context,
    baseURL!,
    `{ people(search: "Ada Member", first: 1) { edges { node { id } } } }`,
  );
  const ada = people.edges[0].node.id;
  const { digestPreview: period } = await gql<{ digestPreview: { periodStart: string; periodEnd: string } }>(
    context,
    baseURL!,
    PREVIEW,
    { p: ada },
  );
  // Posted now, then dated inside the period the run composes (the day that ended last), as if
  // posted then: the digest covers what is new in an ended period.
  const own = `WG4 design notes ${stamp}`;
  const other = `WG1 private notes ${stamp}`;
  for (const [title, group] of [
    [own, groups.wg4.id],
    [other, groups.wg1.id],
  ]) {
    await gql(context, baseURL!, POST, {
      i: {
        title,
        kind: 'NOTE',
        body: 'For the group.',
        visibility: 'WORKING_GROUP',
        workingGroupIds: [group],
      },
    });
  }
  const db = await openPlatformDatabase();
  try {
    const inPeriod = new Date(new Date(period.periodEnd).getTime() - 3600_000);
    await db.query(`UPDATE documents SET created_at = $2, updated_at = $2 WHERE title = ANY($1::text[])`, [
      [own, other],
      inPeriod,
    ]);
    await db.query(`DELETE FROM digest_watermarks WHERE person_id = $1`, [ada]);
  } finally {
    await db.end();
  }

  await page.goto('/office/digests');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Digests' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'queue board', exact: true })).toHaveAttribute(
    'href',
    '/admin/queues',
  );

  const picker = page.getByRole('combobox', { name: 'Person' });
  await picker.fill('Ada Mem');
  await page.getByRole('option', { name: /Ada Member/ }).click();
  await page.getByRole('radio', { name: 'Daily' }).check();
  await page.getByRole('button', { name: 'Preview the digest' }).click();
  await expect(page.getByText('Not receiving the daily digest')).toBeVisible();
  const text = page.getByLabel('The daily digest preview (plain text)');
  await page.getByRole('tab', { name: 'Plain text' }).click();
  await expect(text).toContainText(own);
  await expect(text).toContainText('Hello Ada Member');
  await expect(text).not.toContainText(other);
  // The HTML part, as the member's mail client would show it.
  await page.getByRole('tab', { name: 'E-mail' }).click();
  const mail = page.frameLocator('iframe[title="The daily digest preview (HTML)"]');
  await expect(mail.getByRole('link', { name: own })).toBeVisible();
  await expect(mail.getByText(other)).toHaveCount(0);
  // axe on the plain-text tab: the sandboxed frame (no scripts) cannot take axe in; the mail's
  // own HTML is the e-mail layout's, checked where it is made.
  await page.getByRole('tab', { name: 'Plain text' }).click();
  await checkPage(page, 'office-digests-preview');
});

test('the office runs the daily digest now after the confirmation, and the run appears with its counts', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // A new member (open admission) who takes the daily digest: the day's run has them to mail.
  const stamp = Date.now();
  const memberContext = await browser.newContext({ baseURL });
  const member = await memberContext.newPage();
  await signInAsNewcomer(member, `Dana Daily ${stamp}`, `dana-${stamp}@example.net`);
  await gql(
    memberContext,
    baseURL!,
    `mutation { updateNotificationSettings(input: { digest: DAILY }) { digest } }`,
  );
  await memberContext.close();

  // Something new for them in the day the run covers: a community note, dated inside it.
  await signIn(page, 'SPECTRUM Project Office');
  const { digestPeriod } = await gql<{ digestPeriod: { periodEnd: string } }>(
    page.context(),
    baseURL!,
    `{ digestPeriod(frequency: DAILY) { periodEnd } }`,
  );
  const note = `Community note of the day ${stamp}`;
  await gql(page.context(), baseURL!, POST, {
    i: { title: note, kind: 'NOTE', body: 'For everyone.', visibility: 'COMMUNITY' },
  });
  const db = await openPlatformDatabase();
  try {
    // Two hours before the end: inside the day in the default zone and in UTC alike.
    const inPeriod = new Date(new Date(digestPeriod.periodEnd).getTime() - 2 * 3600_000);
    await db.query(`UPDATE documents SET created_at = $2, updated_at = $2 WHERE title = $1`, [
      note,
      inPeriod,
    ]);
  } finally {
    await db.end();
  }

  await page.goto('/office/digests');
  await settled(page);
  await page.getByRole('button', { name: 'Run the daily digest now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Run the daily digest now?' });
  await expect(dialog).toContainText('It covers the period that ended last');
  await expectAccessible(page, 'the run-now confirmation');
  await dialog.getByRole('button', { name: 'Yes, run the daily digest' }).click();
  await expect(dialog).toBeHidden();
  const runs = page.getByRole('list', { name: 'Digest runs' });
  const daily = runs.getByRole('listitem', { name: 'Daily digest run' }).first();
  await expect(daily).toBeVisible();
  // Polled while it sends, until done: every recipient sent or failed, none pending.
  await expect(daily.getByText('Done')).toBeVisible({ timeout: 60_000 });
  await expect(daily).toContainText(/[1-9]\d* recipients?: [1-9]\d* sent, 0 failed, 0 pending/);
  // The run's notice closes by itself; axe scanning it mid-fade measures a contrast no one reads.
  await expect(page.getByRole('alert').filter({ hasText: 'digest is running' })).toHaveCount(0, {
    timeout: 15_000,
  });
  await checkPage(page, 'office-digests');

  // Asked again, the period has run: the dialog says so before anything is started.
  await page.getByRole('button', { name: 'Run the daily digest now' }).click();
  await expect(dialog.getByText('This period has run already')).toBeVisible();
  await dialog.getByRole('button', { name: 'Not now' }).click();

  // The overview shows the latest run and the way into each section.
  await page
    .getByRole('navigation', { name: 'Office sections' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Office' })).toBeVisible();
  const digests = page.getByRole('region', { name: 'Digests' });
  await expect(digests).toContainText(/sent/);
  await expect(
    page.getByRole('region', { name: 'Admissions' }).getByRole('link', { name: 'Open admissions' }),
  ).toHaveAttribute('href', '/office/admissions');
  await checkPage(page, 'office-overview');
});
