import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';
import { SCREENSHOT_DIR } from './support/stack';

// The results of a survey (issue 20): the demo SPECTRUM-JENA survey (seeded CLOSED with 80
// responses reproducing the seed slides) read as the seeds' tables, narrowed by a cross-tab
// that lives in the URL; the office's CSV download; who may read results, and when.

const OFFICE = 'SPECTRUM Project Office';
const MEMBER = 'Felix Wagner';
const RESULTS = '/surveys/spectrum-jena-survey-1/results';

const ROLES = 'Which are the categories which better describe your role(s)?';
const INFRA =
  'Are you (ALSO) manager of an infrastructure? (computing centre, a federated infrastructure, a data centre, ...)';
const DOMAINS = 'Which is/are your scientific domain(s) of expertise (if applicable)?';
const FEDERATED = 'Do your users sign in with a federated identity (eduGAIN, an AAI proxy, ...)?';
const TRAINING = 'How much do you need training in computing? (1 = none, 5 = a lot)';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A question's card on the results page, by its text. */
const question = (page: Page, text: string) =>
  page.getByRole('main').getByRole('region', { name: text, exact: true });

/** The count and percentage cells of one answer's row in a question's table. */
function cells(card: Locator, answer: string | RegExp): Locator {
  return card
    .getByRole('row')
    .filter({ has: card.page().getByRole('rowheader', { name: answer, exact: typeof answer === 'string' }) })
    .getByRole('cell');
}

/** A question's card alone at 1280 and 375 px, to look at the chart and table closely. */
async function cardShots(page: Page, name: string, text: string): Promise<void> {
  const original = page.viewportSize()!;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await question(page, text).screenshot({ path: join(SCREENSHOT_DIR, `${name}-card-${width}.png`) });
  }
  await page.setViewportSize(original);
}

async function expectSeedTables(page: Page): Promise<void> {
  const roles = question(page, ROLES);
  await expect(cells(roles, /^Researcher \/ user of scientific computing/)).toHaveText(['65', '81.25 %']);
  await expect(cells(roles, /^Manager of a scientific initiative/)).toHaveText(['11', '13.75 %']);
  await expect(cells(roles, /^Manager of an e-Infrastructure/)).toHaveText(['19', '23.75 %']);
  await expect(cells(roles, /^Research software engineer/)).toHaveText(['20', '25.00 %']);
  await expect(cells(roles, 'Other (please specify)')).toHaveText(['4', '5.00 %']);
  await expect(cells(roles, 'No Answer')).toHaveText(['0', '0.00 %']);
  // What the four "Other" respondents wrote, the newest first.
  await expect(roles.getByRole('listitem')).toHaveText([
    'Educator',
    'Project officer',
    'Policy advisor',
    'Data scientist',
  ]);

  const infra = question(page, INFRA);
  await expect(infra.getByRole('columnheader')).toHaveText(['Answer', 'Count', 'Ratio']);
  await expect(cells(infra, 'Yes')).toHaveText(['22', '27.50 %']);
  await expect(cells(infra, 'No')).toHaveText(['58', '72.50 %']);
  await expect(cells(infra, 'No Answer')).toHaveText(['0', '0.00 %']);

  // The domains table is the slide's "Fraction" of the 101 choices.
  const domains = question(page, DOMAINS);
  await expect(domains.getByRole('columnheader')).toHaveText(['Answer', 'Count', 'Share']);
  await expect(cells(domains, 'Experimental High Energy Physics (HEP)')).toHaveText(['30', '29.70 %']);
  await expect(cells(domains, 'Total of choices')).toHaveText(['101', '100.00 %']);

  await expect(question(page, FEDERATED).getByText('Shown to 39 of 80 respondents.')).toBeVisible();
  await expect(question(page, TRAINING)).toContainText(
    'Mean 3.00 on a scale of 1 to 5, from 60 answers; No Answer 20.',
  );
}

test('the office reads the SPECTRUM-JENA results as the seed tables, cross-tabulates them in a shareable URL and downloads the CSV', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await signIn(page, OFFICE);
  await page.goto(RESULTS);
  await settled(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results: SPECTRUM-JENA Survey 1' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All 80 responses counted.' })).toBeVisible();
  await expectSeedTables(page);
  await expectAccessible(page, 'survey results as the office');
  await screenshots(page, 'survey-results-office');
  await cardShots(page, 'survey-results-roles', ROLES);

  // A cross-tab: the infrastructure managers only.
  await page.getByRole('combobox', { name: 'Add a question to filter by' }).click();
  await page.getByRole('option', { name: INFRA }).click();
  const infraFilter = page.getByRole('group', { name: INFRA });
  // A click, not check(): the box follows the URL, which changes a moment after the click.
  await infraFilter.getByRole('checkbox', { name: 'Yes' }).click();
  await expect(infraFilter.getByRole('checkbox', { name: 'Yes' })).toBeChecked();
  await expect(page).toHaveURL(/\?where=infrastructure_manager:yes$/);
  await expect(
    page.getByRole('status').filter({ hasText: '22 of 80 responses match the filter.' }),
  ).toBeVisible();
  await expect(cells(question(page, INFRA), 'Yes')).toHaveText(['22', '100.00 %']);
  await expect(cells(question(page, ROLES), /^Researcher/)).toHaveText(['7', '31.82 %']);
  await expect(cells(question(page, ROLES), /^Manager of an e-Infrastructure/)).toHaveText(['17', '77.27 %']);
  await expect(question(page, FEDERATED).getByText('Shown to 17 of 22 respondents.')).toBeVisible();

  // and among them the researchers, picked with the keyboard alone: all questions must match.
  const add = page.getByRole('combobox', { name: 'Add a question to filter by' });
  await add.focus();
  await add.pressSequentially('better describe');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const rolesFilter = page.getByRole('group', { name: ROLES });
  const researcher = rolesFilter.getByRole('checkbox', { name: /^Researcher/ });
  await researcher.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?where=infrastructure_manager:yes&where=roles:researcher$/);
  const seven = page.getByRole('status').filter({ hasText: '7 of 80 responses match the filter.' });
  await expect(seven).toBeVisible();
  await expect(researcher).toBeFocused();
  await expect(cells(question(page, INFRA), 'Yes')).toHaveText(['7', '100.00 %']);
  await expect(question(page, FEDERATED).getByText('Shown to 2 of 7 respondents.')).toBeVisible();
  await expectAccessible(page, 'survey results filtered');
  await screenshots(page, 'survey-results-filtered');

  // The address is the view: after a reload and in another page.
  const shared = page.url();
  await page.reload();
  await settled(page);
  await expect(seven).toBeVisible();
  await expect(
    page.getByRole('group', { name: ROLES }).getByRole('checkbox', { name: /^Researcher/ }),
  ).toBeChecked();
  await expect(cells(question(page, INFRA), 'Yes')).toHaveText(['7', '100.00 %']);
  const other = await context.newPage();
  await other.goto(shared);
  await settled(other);
  await expect(
    other.getByRole('status').filter({ hasText: '7 of 80 responses match the filter.' }),
  ).toBeVisible();
  await expect(cells(question(other, ROLES), /^Researcher/)).toHaveText(['7', '100.00 %']);
  await other.close();

  // Back undoes the last tick; Clear filters shows every response again.
  await page.goBack();
  await expect(
    page.getByRole('status').filter({ hasText: '22 of 80 responses match the filter.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(new RegExp(`${RESULTS}$`));
  await expect(page.getByRole('status').filter({ hasText: 'All 80 responses counted.' })).toBeVisible();
  await expectSeedTables(page);

  // The office's CSV: every response, one column a question.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download all responses (CSV)' }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toMatch(
    /^responseId,submittedAt,country,career_stage,domains,domains_other,roles,roles\.other,/,
  );
  expect(lines).toHaveLength(81);
});

test('a member reads the results of a closed survey, without the CSV; an open survey’s are not yet theirs', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // The office opens a survey of its own (setup through the API).
  const office = await browser.newContext({ baseURL });
  const officePage = await office.newPage();
  await signIn(officePage, OFFICE);
  const slug = `open-results-${stamp()}`;
  const created = await gql<{ createSurvey: { id: string } }>(
    office,
    baseURL!,
    `mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`,
    {
      input: {
        slug,
        title: 'Still open',
        sections: [{ key: 's', title: 'S', questions: [{ key: 'q', text: 'Why?', kind: 'TEXT' }] }],
      },
    },
  );
  await gql(office, baseURL!, `mutation($id: ID!) { openSurvey(id: $id) { id } }`, {
    id: created.createSurvey.id,
  });
  await office.close();

  // Signed out: asked to sign in.
  await page.goto(RESULTS);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to continue' })).toBeVisible();
  await expect(
    page.getByText('Survey results are for members of the community and the project office'),
  ).toBeVisible();

  await signIn(page, MEMBER);
  await page.goto(RESULTS);
  await settled(page);
  await expectSeedTables(page);
  await expect(page.getByRole('link', { name: 'Download all responses (CSV)' })).toHaveCount(0);
  await expectAccessible(page, 'survey results as a member');
  await screenshots(page, 'survey-results-member');

  await page.goto(`/surveys/${slug}/results`);
  await expect(page.getByRole('heading', { level: 1, name: 'Results not yet available' })).toBeVisible();
  await expect(page.getByText('Members read a survey’s results once it has closed.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the survey' })).toHaveAttribute(
    'href',
    `/surveys/${slug}`,
  );
  await expectAccessible(page, 'survey results not yet open to a member');
});
