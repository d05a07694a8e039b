import { expect, settled, signedInAs, test } from './support/fixtures';

// A member who uses no mouse: sign in, reach a group, join it, reach the settings, with Tab and Enter only.
test('a member signs in and joins a group with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await settled(page);

  // The first Tab reaches the skip link, which moves focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await tabTo(page, 'link', 'Sign in');
  await page.keyboard.press('Enter');
  // The development provider's page: Tab to the person, Enter.
  await tabTo(page, 'button', /^Elena Colombo(\s|$)/);
  await page.keyboard.press('Enter');
  await expect(signedInAs(page, 'Elena Colombo')).toBeVisible();
  await settled(page);

  await tabTo(page, 'link', 'Working groups');
  await page.keyboard.press('Enter');
  await settled(page);
  await tabTo(page, 'link', /SW tools/);
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(page).toHaveURL(/\/working-groups\/WG4$/);
  await tabTo(page, 'button', 'Join WG4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Leave WG4' })).toBeVisible();

  // Back up to the header's link to one's settings, then sign out from there.
  await tabTo(page, 'link', 'Elena Colombo', true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings/);
  await tabTo(page, 'button', 'Sign out');
  await page.keyboard.press('Enter');
  await tabTo(page, 'button', 'Yes, sign me out');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
});

/** Presses Tab (or Shift+Tab) until the element with this role and name has the focus. */
async function tabTo(
  page: import('@playwright/test').Page,
  role: 'link' | 'button',
  name: string | RegExp,
  backwards = false,
) {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' }).first();
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached the ${role} "${String(name)}"`);
}
