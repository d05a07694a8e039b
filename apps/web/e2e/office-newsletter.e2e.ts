import {
  expect,
  gql,
  readMails,
  settled,
  signIn,
  test,
  waitForMail,
  checkPage,
  openPlatformDatabase,
} from './support/fixtures';

test('the office drafts, previews and test-sends an issue, then sends it to 50 more subscribers and watches the delivery', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const subject = `Autumn update ${stamp}`;
  await signIn(page, 'SPECTRUM Project Office');

  await page.goto('/office/newsletter');
  await expect(page.getByRole('heading', { level: 1, name: 'Newsletter' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Subscribers' })).toBeVisible();
  await checkPage(page, 'office-newsletter');

  await page.getByRole('link', { name: 'New issue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New newsletter issue' })).toBeVisible();
  await checkPage(page, 'office-newsletter-new');

  // A subject is needed before anything: the field says so.
  await page.getByRole('button', { name: 'Preview the e-mail' }).click();
  await expect(page.getByText('Enter a subject.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await page
    .getByRole('textbox', { name: 'Text' })
    .fill(
      `Dear community,\n\nThe **autumn meeting** is set: see the [calendar](${baseURL}/calendar).\n\n- WG1 reports\n- WG4 demos`,
    );
  await page.getByRole('button', { name: 'Preview the e-mail' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByTitle('Newsletter preview (HTML)')).toBeVisible();
  await preview.getByRole('tab', { name: 'Plain text' }).click();
  const previewText = (await preview.getByLabel('Newsletter preview (plain text)').innerText()).trim();
  expect(previewText).toContain('autumn meeting');
  await checkPage(page, 'office-newsletter-preview');

  // The test copy saves the draft first, which then has its own page.
  await page.getByRole('button', { name: 'Send a test to me' }).click();
  await expect(page).toHaveURL(/\/office\/newsletter\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const isTest = (m: { subject: string }) => m.subject === `[Test] ${subject}`;
  const testCopy = await waitForMail(isTest);
  // Every line of the preview is in the test copy, but the unsubscribe link (no subscriber's).
  for (const line of previewText.split('\n').map((l) => l.trim()))
    if (line && !line.includes('NEWSLETTER_UNSUBSCRIBE_TOKEN')) expect(testCopy.text).toContain(line);
  await checkPage(page, 'office-newsletter-draft');

  // 50 confirmed subscribers more, written where the platform keeps them.
  const db = await openPlatformDatabase();
  try {
    await db.query(
      `INSERT INTO newsletter_subscribers (id, email, status, unsubscribe_token_hash, confirmed_at)
       SELECT id, 'reader-' || $1 || '-' || n || '@example.net', 'CONFIRMED', 'migrated:' || id, now()
         FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 50) n) s`,
      [stamp],
    );
  } finally {
    await db.end();
  }
  const { newsletterSubscribers } = await gql<{ newsletterSubscribers: { confirmed: number } }>(
    context,
    baseURL!,
    '{ newsletterSubscribers { confirmed } }',
  );
  const n = newsletterSubscribers.confirmed;
  expect(n).toBeGreaterThanOrEqual(50);

  await page.getByRole('button', { name: 'Send now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send this issue now?' });
  await expect(dialog.getByText(`goes to ${n} confirmed subscribers now`)).toBeVisible();
  await dialog.getByRole('button', { name: `Send to ${n} confirmed subscribers` }).click();

  // The delivery view, updated by polling while the worker sends.
  await expect(page.getByRole('heading', { name: 'Delivery' })).toBeVisible();
  const progress = page.getByRole('progressbar', { name: 'Delivery progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `of ${n} recipients` })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `${n} sent, 0 failed, 0 pending of ${n} recipients.` }),
  ).toBeVisible({
    timeout: 120_000,
  });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  const readers = readMails().filter(
    (m) => m.subject === subject && m.to.some((t) => t.includes(`reader-${stamp}-`)),
  );
  expect(readers).toHaveLength(50);
  // Still exactly one test copy.
  expect(readMails().filter(isTest)).toHaveLength(1);
  await checkPage(page, 'office-newsletter-sent');

  // The list shows the issue as sent, with its delivery.
  await page.getByRole('link', { name: 'All issues' }).click();
  const row = page.getByRole('listitem').filter({ hasText: subject });
  await expect(row.getByText('Sent', { exact: true })).toBeVisible();
  await expect(row.getByText(`${n} sent, 0 failed, 0 pending of ${n} recipients`)).toBeVisible();
  await checkPage(page, 'office-newsletter-issues');
});

test('the office schedules an issue for a time on its own clocks, and it waits in the list', async ({
  page,
}) => {
  const subject = `Winter update ${Date.now()}`;
  await signIn(page, 'SPECTRUM Project Office');
  await page.goto('/office/newsletter/new');
  await settled(page);
  await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
  // No text yet: sending is refused beside the field, and nothing is scheduled.
  await page.getByRole('textbox', { name: 'Send at' }).fill('2099-01-15T09:30');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Write the issue before sending it.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Text' }).fill('See you in the new year.');
  // A time gone by is refused too.
  await page.getByRole('textbox', { name: 'Send at' }).fill('2020-01-15T09:30');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Choose a time in the future.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Send at' }).fill('2099-01-15T09:30');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page).toHaveURL(/\/office\/newsletter\/[0-9a-f-]{36}$/);
  // Europe/Amsterdam is the office's zone: 09:30 there is what the page says back.
  await expect(page.getByText(/Scheduled for Thu, 15 Jan 2099, 09:30 \(Europe\/Amsterdam\)/)).toBeVisible();
  await checkPage(page, 'office-newsletter-scheduled');
  await page
    .getByRole('navigation', { name: 'Office sections' })
    .getByRole('link', { name: 'Newsletter' })
    .click();
  const row = page.getByRole('listitem').filter({ hasText: subject });
  await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();
});
