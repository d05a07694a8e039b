import { expect, expectAccessible, screenshots, settled, signInAsNewcomer, test } from './support/fixtures';

test.use({ platform: 'approval' });

test('a GUEST in approval mode sees that the office has to admit them', async ({ page }) => {
  await signInAsNewcomer(page, 'Gustav Gast', `guest-${Date.now()}@example.net`);
  await settled(page);
  const waiting = page.getByRole('status').filter({ hasText: 'Waiting for the project office' });
  await expect(waiting).toBeVisible();
  await expectAccessible(page, 'home as a GUEST');
  await screenshots(page, 'guest-home');

  await page.goto('/working-groups/WG1');
  await settled(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'the project office must first admit you' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Join WG1' })).toHaveCount(0);
  await expectAccessible(page, 'working group as a GUEST');
});
