import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

type Community = {
  name: string;
  shortName: string | null;
  mission: string;
  description: string | null;
  phases: { name: string; startsOn: string; endsOn: string; description: string | null }[];
};
const READ = `{ community { name shortName mission description phases { name startsOn endsOn description } } }`;

test('the office edits the community: the header shows its short name, the home page its mission and phases', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'SPECTRUM Project Office');
  const { community: before } = await gql<{ community: Community }>(page.context(), baseURL!, READ);
  const banner = page.getByRole('banner');
  try {
    // The seeded short name stands in the header where the whole name was cut.
    await expect(banner.getByRole('link', { name: 'SPECTRUM CoP', exact: true })).toBeVisible();
    await banner.getByRole('link', { name: 'Office', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Office sections' })
      .getByRole('link', { name: 'Community' })
      .click();
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: 'The community' })).toBeVisible();
    await expect(page).toHaveTitle('The community · SPECTRUM CoP');
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(before.name);

    // A phase that ends before it starts is refused beside its field, and nothing is sent.
    await page.getByRole('button', { name: 'Add a phase' }).click();
    const n = before.phases.length + 1;
    const phase = page.getByRole('group', { name: `Phase ${n}` });
    await phase.getByRole('textbox', { name: `Name of phase ${n}` }).fill('Follow-up');
    await phase.getByLabel(`Start of phase ${n}`).fill('2026-09-01');
    await phase.getByLabel(`End of phase ${n}`).fill('2026-07-01');
    await page.getByRole('button', { name: 'Save the community' }).click();
    await expect(phase.getByText('The end is before the start.')).toBeVisible();
    expect(
      (await gql<{ community: Community }>(page.context(), baseURL!, READ)).community.phases,
    ).toHaveLength(before.phases.length);

    await phase.getByLabel(`End of phase ${n}`).fill('2027-06-30');
    await page.getByRole('textbox', { name: 'Short name' }).fill('SPECTRUM');
    await page.getByRole('textbox', { name: 'Mission' }).fill(`${before.mission} Together.`);
    await page.getByRole('button', { name: 'Save the community' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'SPECTRUM', exact: true })).toBeVisible();
    await expectAccessible(page, 'the community form');
    await screenshots(page, 'office-community-saved');

    // Anyone's home page says it at once (its cached anonymous answer is stale from the commit).
    const visitor = await (await browser.newContext({ baseURL })).newPage();
    await visitor.goto('/');
    await settled(visitor);
    await expect(visitor.getByText(`${before.mission} Together.`)).toBeVisible();
    await expect(visitor.getByRole('listitem').filter({ hasText: 'Follow-up' })).toContainText(
      /1 Sept? 2026 – 30 Jun 2027/,
    );
    await expect(
      visitor.getByRole('banner').getByRole('link', { name: 'SPECTRUM', exact: true }),
    ).toBeVisible();
    await expect(visitor).toHaveTitle(`${before.name} · SPECTRUM`);
    await visitor.context().close();
  } finally {
    // The other journeys read the seeded community.
    await gql(
      page.context(),
      baseURL!,
      `mutation($input: CommunityInput!) { updateCommunity(input: $input) { name } }`,
      {
        input: {
          name: before.name,
          shortName: before.shortName,
          mission: before.mission,
          description: before.description,
          phases: before.phases,
        },
      },
    );
  }
});
