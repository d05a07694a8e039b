import { type Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  screenshots,
  settled,
  signIn,
  signInAsNewcomer,
  test,
} from './support/fixtures';

// Approval mode: newcomers wait as GUESTs until the office admits them.
test.use({ platform: 'approval' });

const OFFICE = 'SPECTRUM Project Office';

/** axe at 1280 px and at 375 px, then screenshots of both. */
async function accessibleAtBothWidths(page: Page, label: string, shot: string) {
  await expectAccessible(page, `${label} at 1280 px`);
  await page.setViewportSize({ width: 375, height: 812 });
  await expectAccessible(page, `${label} at 375 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshots(page, shot);
}

test.describe('the office and people', () => {
  test('a guest admitted by the office is a member on their next page load, without signing in again', async ({
    browser,
    baseURL,
  }) => {
    const guest = await (await browser.newContext({ baseURL })).newPage();
    const name = `Greta Wartend ${Date.now() % 100000}`;
    const email = `greta-${Date.now()}@example.net`;
    await signInAsNewcomer(guest, name, email);
    await settled(guest);
    await expect(
      guest.getByRole('status').filter({ hasText: 'Waiting for the project office' }),
    ).toBeVisible();

    const office = await (await browser.newContext({ baseURL })).newPage();
    await signIn(office, OFFICE);
    await office.goto('/office/admissions');
    await settled(office);
    await expect(office.getByRole('heading', { level: 1, name: 'Admissions' })).toBeVisible();
    const row = office.getByRole('listitem').filter({ hasText: name });
    await expect(row).toContainText(email);
    await expect(row).toContainText('First signed in');
    await accessibleAtBothWidths(office, 'admissions', 'office-admissions');

    // Admitted through the selection: "Admit selected (1)" names how many.
    await row.getByRole('checkbox', { name: `Select ${name}` }).check();
    await office.getByRole('button', { name: 'Admit selected (1)' }).click();
    await expect(office.getByText(`Admitted ${name} as a member.`)).toBeVisible();
    await expect(office.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
    await expect(office.getByRole('button', { name: 'Admit selected (0)' })).toBeDisabled();

    // The same cookie, a reload: the member's home, no waiting notice.
    await guest.reload();
    await settled(guest);
    await expect(guest.getByRole('heading', { level: 1, name: 'My home' })).toBeVisible();
    await expect(guest.getByRole('status').filter({ hasText: 'Waiting for the project office' })).toHaveCount(
      0,
    );
  });

  test('the office searches the directory, sees role sources and identities, and cannot demote the last office', async ({
    page,
  }) => {
    await signIn(page, OFFICE);
    const search = async (q: string) => {
      await page.getByLabel('Name or affiliation').fill(q);
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(new RegExp(`/office/people\\?q=${encodeURIComponent(q)}$`));
      await settled(page);
    };
    const setRole = async (person: string, role: 'Member' | 'Office') => {
      await page.getByRole('combobox', { name: `Role of ${person}` }).click();
      await page.getByRole('option', { name: role }).click();
      const dialog = page.getByRole('dialog', { name: `Change the role of ${person}?` });
      await dialog.getByRole('button', { name: `Make ${role}` }).click();
      await expect(dialog).toHaveCount(0);
    };

    await page.goto('/office/people');
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

    // By affiliation: the office's own "EGI Foundation".
    await search('EGI Foundation');
    const self = page.getByRole('article', { name: OFFICE });
    await expect(self).toContainText('Office, set by the office');
    await expect(self).toContainText('Development sign-in (office@example.org)');
    await accessibleAtBothWidths(page, 'the directory', 'office-people');

    // The seed has a second office holder: demote them first, so this one is the last.
    await search('Boccali');
    await setRole('Tommaso Boccali', 'Member');
    await expect(page.getByRole('article', { name: 'Tommaso Boccali' })).toContainText(
      'Member, set by the office',
    );

    try {
      await search('EGI Foundation');
      await setRole(OFFICE, 'Member');
      const refusal = page.getByRole('article', { name: OFFICE }).getByRole('alert');
      await expect(refusal).toContainText('There must always be at least one office member');
      await expect(page.getByRole('article', { name: OFFICE })).toContainText('Office, set by the office');
      await expectAccessible(page, 'the directory with the refusal');
    } finally {
      await search('Boccali');
      await setRole('Tommaso Boccali', 'Office');
      await expect(page.getByRole('article', { name: 'Tommaso Boccali' })).toContainText(
        'Office, set by the office',
      );
    }
  });
});
