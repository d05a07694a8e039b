import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { apiPaths } from '../../../libs/web-routes/src/api-routes';
import {
  checkPage,
  expect,
  gql,
  linksOf,
  settled,
  signIn,
  signInAsNewcomer,
  signOut,
  test as base,
  waitForMail,
} from './support/fixtures';
import { startPlatform, type RunningPlatform } from './support/stack';

const DAY = 24 * 3600_000;

/**
 * One's own data: download it, delete the account. These journeys move the platform's clock
 * (an erasure waits out 7 days), so they run on a platform of their own (DEV_CLOCK=true) that
 * no other journey shares; it mails the run's mailbox like the others.
 */
const test = base.extend<object, { ownPlatform: RunningPlatform }>({
  ownPlatform: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const smtp = process.env.E2E_SMTP_URL;
      if (!smtp) throw new Error('The e2e stack is not running: start the journeys with npm run test:web');
      const platform = await startPlatform('my-data', {
        SMTP_URL: smtp,
        MAIL_FROM: 'SPECTRUM CoP <cop@example.org>',
        COMMUNITY_ADMISSION: 'open',
        DEV_CLOCK: 'true',
      });
      await use(platform);
      await platform.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ ownPlatform }, use) => use(ownPlatform.url),
});

test.describe.configure({ mode: 'serial' });

/** The signed-in person's id and address (setup, not what the journey proves). */
async function whoAmI(page: Page, baseURL: string) {
  const { viewer } = await gql<{ viewer: { person: { id: string; email: string } } }>(
    page.context(),
    baseURL,
    `{ viewer { person { id email } } }`,
  );
  return viewer.person;
}

test('a member downloads their data: the mailed link gives a ZIP of theirs alone, once', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'Elena Colombo', '/settings/data');
  await settled(page);
  const me = await whoAmI(page, baseURL!);
  const section = page.getByRole('region', { name: 'Download my data' });
  await expect(section.getByText('You have not asked for your data yet.')).toBeVisible();
  await expect(section.getByText(/e-mails you a link/)).toBeVisible();
  await checkPage(page, 'settings-data-member');

  await section.getByRole('button', { name: 'Request my data' }).click();
  // The worker makes it: the page shows it pending, then ready (it polls).
  const row = section.getByRole('row').nth(1);
  await expect(row).toBeVisible();
  await expect(row.getByText('Done')).toBeVisible({ timeout: 30_000 });
  await expect(section.getByRole('button', { name: 'Request my data' })).toBeEnabled();

  const mail = await waitForMail((m) => m.to.includes(me.email) && linksOf(m).some(isExportLink));
  const link = linksOf(mail).find(isExportLink)!;
  expect(new URL(link).origin).toBe(baseURL);

  // The link, opened in the browser, downloads the ZIP.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.goto(link).catch(() => undefined), // a download aborts the navigation
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  // The profile: identity's part (each part of the platform writes <part>.json).
  const profile = zip.file('profile.json') ?? zip.file('identity.json');
  expect(profile, `the profile in ${Object.keys(zip.files).join(', ')}`).not.toBeNull();
  const profileText = await profile!.async('string');
  expect(() => JSON.parse(profileText) as unknown).not.toThrow();
  expect(profileText).toContain('Elena Colombo');
  expect(profileText).toContain(me.email);
  expect(profileText).not.toContain('Felix Wagner');
  // Nobody else's name in any file of it.
  for (const file of Object.values(zip.files).filter((f) => !f.dir && f.name.endsWith('.json')))
    expect(await file.async('string'), file.name).not.toContain('Felix Wagner');

  // A second use of the link is refused: it worked once.
  const again = await page.goto(link).catch(() => null);
  expect(again?.status()).toBe(410);
  await expect(page.getByText(/already|used|expired/i).first()).toBeVisible();
  const direct = await page.context().request.get(link);
  expect(direct.status()).toBe(410);

  await page.goto('/settings/data');
  await settled(page);
  await expect(
    page.getByRole('region', { name: 'Download my data' }).getByRole('row').nth(1).getByRole('cell').last(),
  ).toHaveText('Yes');
});

test('a last chair is told why their account cannot be deleted yet', async ({ page }) => {
  await signIn(page, 'Concezio Bozzi', '/settings/data');
  await settled(page);
  const section = page.getByRole('region', { name: 'Delete my account' });
  await expect(section.getByText('Your account cannot be deleted yet')).toBeVisible();
  await expect(section.getByText(/last chair/i)).toBeVisible();
  await expect(section.getByText(/WG3/).first()).toBeVisible();
  await expect(section.getByRole('button', { name: 'Delete my account…' })).toBeDisabled();
  await checkPage(page, 'settings-data-last-chair');
});

test('a member deletes their account: after the grace period their document is signed "former member"', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'Giulia Moretti', '/settings/data');
  await settled(page);
  const giulia = await whoAmI(page, baseURL!);
  const title = `Field notes on tape archives ${Date.now()}`;
  const { postDocument } = await gql<{ postDocument: { id: string } }>(
    page.context(),
    baseURL!,
    `mutation($input: DocumentInput!) { postDocument(input: $input) { id } }`,
    { input: { title, kind: 'NOTE', body: 'What we learnt moving the archive.', visibility: 'COMMUNITY' } },
  );
  const documentPath = `/documents/${postDocument.id}`;

  const section = page.getByRole('region', { name: 'Delete my account' });
  await expect(section.getByText(/signing in again also keeps it/i)).toBeVisible();
  await section.getByRole('button', { name: 'Delete my account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await expect(dialog).toBeVisible();

  // A wrong address is refused beside the field, and nothing is requested.
  const emailField = dialog.getByRole('textbox', { name: 'Your e-mail address' });
  await emailField.fill('someone.else@example.org');
  await dialog.getByRole('button', { name: 'Delete my account in 7 days' }).click();
  await expect(emailField).toHaveAttribute('aria-invalid', 'true');
  // The server's message, beside the field (Mantine names it in aria-describedby).
  const describedBy = (await emailField.getAttribute('aria-describedby'))!.split(' ');
  const fieldError = dialog.locator(`[id="${describedBy[describedBy.length - 1]}"]`);
  await expect(fieldError).toHaveText(/\S/);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await checkPage(page, 'settings-data-delete-dialog');
  const pending = await gql<{ viewer: { accountErasure: unknown } }>(
    page.context(),
    baseURL!,
    `{ viewer { accountErasure { erasesAt } } }`,
  );
  expect(pending.viewer.accountErasure).toBeNull();

  await emailField.fill(giulia.email);
  await dialog.getByRole('button', { name: 'Delete my account in 7 days' }).click();
  await expect(dialog).toBeHidden();
  const notice = section.getByRole('status').filter({ hasText: 'Your account will be deleted' });
  await expect(notice).toBeVisible();
  // The date it will happen: 7 days from now.
  const erasesAt = await notice.locator('strong time').getAttribute('datetime');
  expect(Math.abs(Date.parse(erasesAt!) - (Date.now() + 7 * DAY))).toBeLessThan(10 * 60_000);
  await expect(notice.getByRole('button', { name: 'Keep my account' })).toBeVisible();
  await expect(notice.getByText(/sign in again before then/i)).toBeVisible();
  await checkPage(page, 'settings-data-deletion-pending');
  // Signing out does not keep it (signing in would): leave now.
  await signOut(page);

  // Seven days and a little later, by the platform's clock; its periodic erasure job runs.
  await moveClock(baseURL!, 7 * DAY + 10 * 60_000);
  const run = await page.request.post(`${baseURL}/dev/jobs/privacy.erasure-due`);
  expect(run.status()).toBe(202);

  // The office's record says it is done, for "former member" (the office signs in now, after
  // the clock moved, so its session is fresh).
  const office = await browser.newContext({ baseURL });
  const officePage = await office.newPage();
  await signIn(officePage, 'SPECTRUM Project Office');
  await expect
    .poll(
      async () => {
        const { dataRequests } = await gql<{
          dataRequests: { edges: { node: { kind: string; personLabel: string; outcome: string } }[] };
        }>(office, baseURL!, `{ dataRequests(first: 50) { edges { node { kind personLabel outcome } } } }`);
        return dataRequests.edges.map((e) => e.node).find((n) => n.kind === 'ERASURE')?.outcome;
      },
      { timeout: 30_000 },
    )
    .toBe('DONE');
  await officePage.goto('/office/data-requests');
  await settled(officePage);
  const erasureRow = officePage.getByRole('row').filter({ hasText: 'Account deletion' });
  await expect(erasureRow).toHaveCount(1);
  await expect(erasureRow.getByText('former member')).toBeVisible();
  await expect(erasureRow.getByText('Done')).toBeVisible();
  await expect(officePage.getByRole('row').filter({ hasText: 'Elena Colombo' })).toHaveCount(1);
  await expect(officePage.getByRole('row').filter({ hasText: 'Giulia Moretti' })).toHaveCount(0);
  await checkPage(officePage, 'office-data-requests');

  // The document stays, signed "former member".
  await officePage.goto(documentPath);
  await settled(officePage);
  await expect(officePage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(officePage.getByText(/by former member/).first()).toBeVisible();
  await expect(officePage.getByText('Giulia Moretti')).toHaveCount(0);

  // Signing in as her no longer reaches the old account: the sign-in no longer lists her, and
  // her old address makes a new account, which the document does not name as its author.
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Giulia Moretti(\s|$)/ })).toHaveCount(0);
  await signInAsNewcomer(page, 'Giulia Moretti', giulia.email);
  const again = await whoAmI(page, baseURL!);
  expect(again.id).not.toBe(giulia.id);
  await page.goto(documentPath);
  await settled(page);
  await expect(page.getByText(/by former member/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await office.close();
});

/** A link to apiPaths.myDataExport(token). */
function isExportLink(url: string): boolean {
  const [before, after] = apiPaths.myDataExport('TOKEN').split('TOKEN');
  const path = new URL(url).pathname;
  return path.startsWith(before) && path.endsWith(after) && path.length > before.length + after.length;
}

async function moveClock(baseURL: string, advanceMs: number): Promise<void> {
  const res = await fetch(`${baseURL}/dev/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs }),
  });
  expect(res.status).toBe(200);
}
