import {
  expect,
  expectAccessible,
  screenshots,
  settled,
  signedInAs,
  signIn,
  signOut,
  test,
} from './support/fixtures';

test.describe('a member’s settings', () => {
  test('sets a zone, creates and revokes a token, switches the digest to weekly, signs out', async ({
    page,
  }) => {
    await signIn(page, 'Ada Member');
    await signedInAs(page, 'Ada Member').click();
    await settled(page);
    await expect(page).toHaveURL(/\/settings\/profile$/);
    await expectAccessible(page, 'settings: profile');
    await screenshots(page, 'settings-profile');

    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await zone.click();
    await zone.fill('America/Chica');
    await page.getByRole('option', { name: 'America/Chicago' }).click();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/Chicago');

    await page.getByRole('link', { name: 'Access tokens' }).click();
    await settled(page);
    await page.getByLabel('Token name').fill('analysis script');
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByRole('button', { name: 'Copy token' })).toBeVisible();
    await expect(page.getByText(/will not be shown again/i)).toBeVisible();
    await expectAccessible(page, 'settings: tokens');
    await screenshots(page, 'settings-tokens');
    await page.getByRole('button', { name: 'Revoke analysis script' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, revoke it' }).click();
    await expect(page.getByRole('button', { name: 'Revoke analysis script' })).toHaveCount(0);

    await page.getByRole('link', { name: 'E-mail' }).click();
    await settled(page);
    await expect(page).toHaveURL(/\/settings\/email$/);
    await page.getByRole('radio', { name: /Weekly/ }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('E-mail settings saved')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('radio', { name: /Weekly/ })).toBeChecked();
    await expectAccessible(page, 'settings: e-mail');
    await screenshots(page, 'settings-email');

    for (const [link, shot] of [
      ['Calendar feed', 'settings-calendar'],
      ['Sign-in identities', 'settings-identities'],
    ] as const) {
      await page.getByRole('link', { name: link }).click();
      await settled(page);
      await expectAccessible(page, `settings: ${link}`);
      await screenshots(page, shot);
    }

    await signOut(page);
    await page.goto('/settings/email');
    await expect(page.getByRole('heading', { name: 'Sign in to continue' })).toBeVisible();
  });
});
