import { expect, settled, test } from './support/fixtures';

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
  await expect(page.getByRole('button', { name: 'Account menu of Elena Colombo' })).toBeVisible();
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

  // The account menu opens and its items are reached with the arrow keys.
  await tabTo(page, 'button', 'Account menu of Elena Colombo', true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings/);
});

/** Presses Tab (or Shift+Tab) until the element with this role and name has the focus. */
async function tabTo(
  page: import('@playwright/test').Page,
  role: 'link' | 'button',
  name: string | RegExp,
  backwards = false,
) {
  const target = page.getByRole(role, { name }).first();
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached the ${role} "${String(name)}"`);
}
