import {
  expect,
  expectAccessible,
  linksOf,
  screenshots,
  settled,
  test,
  waitForMail,
} from './support/fixtures';

test.describe('anonymous visitor', () => {
  test('reads the community, its groups, news and FAQ', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('SPECTRUM');
    // Seats and people told apart, as the seeds put it: "75 participants from ~50 people".
    await expect(page.getByRole('region', { name: 'The community in figures' })).toContainText(
      /\d+ participants from \d+ people in 6 working groups/,
    );
    await expect(page.getByRole('heading', { name: 'Latest news' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Next public meetings' })).toBeVisible();
    await expectAccessible(page, 'public home');
    await screenshots(page, 'public-home');

    await page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: 'Working groups' })
      .click();
    await settled(page);
    await expect(page).toHaveURL(/\/working-groups$/);
    await expectAccessible(page, 'working groups');
    await screenshots(page, 'working-groups');

    // Fewer groups than a page (30): no "Show more", and the count says how many.
    const cards = page.getByRole('main').getByRole('article');
    await expect(cards.first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show more groups' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: /^\d+ working groups\.$/ })).toBeVisible();

    // The search: a topic's name finds its group; the query is in the URL and survives a reload.
    const searchBox = page.getByRole('search', { name: 'Working groups' }).getByRole('textbox', {
      name: 'Search working groups',
    });
    await searchBox.fill('  EDGE services');
    await expect(page).toHaveURL(/\/working-groups\?q=EDGE\+services$/);
    await expect(cards).toHaveCount(1);
    await expect(cards.getByRole('heading', { name: 'Compute Environment' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: '1 working group matching “EDGE services”.' }),
    ).toBeVisible();
    await page.reload();
    await settled(page);
    await expect(searchBox).toHaveValue('EDGE services');
    await expect(cards).toHaveCount(1);
    await expectAccessible(page, 'working groups, searched');
    await screenshots(page, 'working-groups-searched');

    await searchBox.fill('no group is called 100%');
    await expect(page.getByText('No group matches “no group is called 100%”.')).toBeVisible();
    await expect(cards).toHaveCount(0);
    await screenshots(page, 'working-groups-no-match');
    await searchBox.fill('');
    await expect(page).toHaveURL(/\/working-groups$/);
    await expect(cards.getByRole('heading', { name: 'Data Management and Access' })).toBeVisible();

    await page
      .getByRole('main')
      .getByRole('link', { name: /Data Management and Access/ })
      .first()
      .click();
    await settled(page);
    await expect(page).toHaveURL(/\/working-groups\/WG1$/);
    await expect(page.getByRole('heading', { name: /^Chairs?$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in to join' })).toBeVisible();
    await expectAccessible(page, 'working group WG1');
    await screenshots(page, 'working-group-anonymous');

    await page.goto('/news');
    await settled(page);
    await expectAccessible(page, 'news');
    const first = page.getByRole('main').getByRole('link').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expectAccessible(page, 'news item');
    await screenshots(page, 'news-item');

    await page.goto('/faq');
    await settled(page);
    await expectAccessible(page, 'faq');
    await screenshots(page, 'faq');

    // With one issuer, the sign-in page goes straight to it.
    await page.goto('/sign-in?returnTo=/faq');
    await expect(page.getByRole('button', { name: 'Continue as someone new' })).toBeVisible();

    await page.goto('/working-groups/NOPE');
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  });

  test('subscribes to the newsletter without learning whether the address was known, and confirms', async ({
    page,
  }) => {
    const email = `reader-${Date.now()}@example.net`;
    await page.goto('/newsletter');
    await settled(page);
    await expectAccessible(page, 'newsletter');
    await page.getByLabel('E-mail address').fill('not-an-address');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByText(/valid e-mail address/i)).toBeVisible();

    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    const answer = page.getByRole('status').filter({ hasText: 'Check your inbox' });
    await expect(answer).toBeVisible();
    await screenshots(page, 'newsletter-subscribed');

    const mail = await waitForMail((m) => m.to.includes(email));
    const confirm = linksOf(mail).find((l) => l.includes('/newsletter/confirm'));
    expect(confirm, 'the confirmation mail links to /newsletter/confirm').toBeTruthy();
    await page.goto(confirm!);
    await expect(page.getByRole('heading', { name: 'Subscription confirmed' })).toBeVisible();
    await expectAccessible(page, 'newsletter confirmed');
    await screenshots(page, 'newsletter-confirmed');
  });
});

test('a page whose data cannot be fetched says so in words and offers a retry', async ({ page }) => {
  await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
  await page.goto('/news');
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await expect(alert).toContainText('The server could not be reached');
  await expect(page.getByText(/"errors"|\{"data"/)).toHaveCount(0);
  await page.unroute('**/graphql');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
});
