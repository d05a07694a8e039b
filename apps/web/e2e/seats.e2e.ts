import {
  expect,
  expectAccessible,
  linksOf,
  screenshots,
  settled,
  signIn,
  signInAsNewcomer,
  test,
  waitForMail,
} from './support/fixtures';

test.describe('seats', () => {
  test('a newcomer joins an open group and asks to join an approval group; its chair approves', async ({
    browser,
    baseURL,
  }) => {
    const newcomer = await (await browser.newContext({ baseURL })).newPage();
    const email = `newcomer-${Date.now()}@example.net`;
    const name = `Nora Neuling ${Date.now() % 100000}`;

    // Signing in from a group's page lands back on it.
    await signInAsNewcomer(newcomer, name, email, '/working-groups/WG3');
    await expect(newcomer).toHaveURL(/\/working-groups\/WG3$/);
    await settled(newcomer);

    await newcomer.getByRole('button', { name: 'Join WG3' }).click();
    await expect(newcomer.getByRole('button', { name: 'Leave WG3' })).toBeVisible();
    await expectAccessible(newcomer, 'working group as a member');
    await screenshots(newcomer, 'working-group-member');

    await newcomer.goto('/working-groups/WG5');
    await settled(newcomer);
    await newcomer.getByRole('button', { name: 'Request to join WG5' }).click();
    await expect(newcomer.getByText(/request pending/i).first()).toBeVisible();

    await newcomer.goto('/');
    await settled(newcomer);
    await expect(newcomer.getByRole('heading', { level: 1, name: 'My home' })).toBeVisible();
    await expect(newcomer.getByText(/request pending/i)).toBeVisible();
    await expect(newcomer.getByRole('heading', { name: 'Compute Environment' })).toBeVisible();
    await expectAccessible(newcomer, 'member home');
    await screenshots(newcomer, 'member-home');

    // The chairs of WG5 are mailed, and the mail's link opens the group's page.
    const request = await waitForMail((m) => m.subject.includes(name) && m.subject.includes('WG5'));
    const review = linksOf(request).find((l) => l.includes('/working-groups/WG5'));
    expect(review).toBeTruthy();

    const chair = await (await browser.newContext({ baseURL })).newPage();
    await signIn(chair, 'Maria Girone');
    await chair.goto(new URL(review!).pathname);
    await settled(chair);
    const requests = chair.getByRole('region', { name: 'Requests to join' });
    await expect(requests).toContainText(name);
    await expectAccessible(chair, 'working group as its chair');
    await screenshots(chair, 'working-group-chair');
    await requests.getByRole('button', { name: `Approve ${name}` }).click();
    await expect(requests).not.toContainText(name);

    await newcomer.goto('/working-groups/WG5');
    await settled(newcomer);
    await expect(newcomer.getByRole('button', { name: 'Leave WG5' })).toBeVisible();
  });
});
