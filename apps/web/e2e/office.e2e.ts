import type { Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// The office console's sections, by direct URL. A group's and an issue's page are added per run.
const SECTIONS = [
  '/office',
  '/office/community',
  '/office/admissions',
  '/office/people',
  '/office/working-groups',
  '/office/working-groups/new',
  '/office/working-groups/WG1',
  '/office/newsletter',
  '/office/newsletter/new',
  '/office/digests',
];

// What only the office may read: none of it may reach anyone else's browser, whatever they open.
const OFFICE_FIELDS = [
  'pendingAdmissions',
  'newsletterSubscribers',
  'newsletterIssues',
  'newsletterIssue',
  'newsletterPreview',
  'digestRuns',
  'digestPreview',
  'seatHistory',
  'communityGrowth',
  'roleSource',
  'identities',
];

/** Every GraphQL answer the page receives from now on, as parsed JSON. */
function graphqlAnswers(page: Page): unknown[] {
  const answers: unknown[] = [];
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/graphql')) return;
    try {
      answers.push(await response.json());
    } catch {
      // A response the page navigated away from has no body to read; nothing reached the page.
    }
  });
  return answers;
}

/** The keys of every object inside a JSON value. */
function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysIn(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysIn(v, into);
    }
  return into;
}

test.describe('the office console', () => {
  for (const person of ['Ada Member', 'Stefano Bagnasco']) {
    test(`${person} gets "Not allowed" on every office page, and none of the office's data`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await signIn(page, person);
      const answers = graphqlAnswers(page);
      for (const path of SECTIONS) {
        await page.goto(path);
        await settled(page);
        await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' }), path).toBeVisible();
        await expect(page.getByRole('navigation', { name: 'Office sections' })).toHaveCount(0);
      }
      // Nor is the console offered to them.
      await expect(page.getByRole('banner').getByRole('link', { name: 'Office', exact: true })).toHaveCount(
        0,
      );
      await expectAccessible(page, 'Not allowed on /office/digests');
      expect(answers.length).toBeGreaterThan(0);
      const leaked = OFFICE_FIELDS.filter((f) => answers.some((a) => keysIn(a).has(f)));
      expect(leaked, 'office fields in a GraphQL answer').toEqual([]);
    });
  }

  test('every office page passes axe for the office at 1280 and 375 px', async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    await signIn(page, 'SPECTRUM Project Office');
    await page.getByRole('banner').getByRole('link', { name: 'Office', exact: true }).click();
    await settled(page);
    await expect(page.getByRole('navigation', { name: 'Office sections' })).toBeVisible();
    const { newsletterIssues } = await gql<{ newsletterIssues: { edges: { node: { id: string } }[] } }>(
      page.context(),
      baseURL!,
      `{ newsletterIssues(first: 1) { edges { node { id } } } }`,
    );
    const pages = [...SECTIONS];
    if (newsletterIssues.edges[0]) pages.push(`/office/newsletter/${newsletterIssues.edges[0].node.id}`);
    for (const path of pages) {
      await page.goto(path);
      await settled(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toHaveCount(0);
      await expectAccessible(page, `${path} as the office`);
      await screenshots(page, `office${path.replace(/[/]/g, '-').replace(/-[0-9a-f-]{36}$/, '-item')}`);
      await page.setViewportSize({ width: 375, height: 812 });
      await expectAccessible(page, `${path} as the office at 375 px`);
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
