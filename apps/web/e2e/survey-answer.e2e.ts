import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// Answering a survey (issue 20): the infrastructure section appears for a manager and goes with
// its answers when the answer changes; a draft resumes after a reload and in a second browser;
// the server's problems land on their questions; keyboard only, 375 px, axe; an anonymous survey
// answered signed out. The demo survey is closed, so each test opens its own as the office.

const OFFICE = 'SPECTRUM Project Office';
const MEMBER = 'Felix Wagner';
const OTHER_MEMBER = 'Anna Schmidt';
const CHAIR = 'Concezio Bozzi';

const MANAGES = 'Are you (also) the manager of an infrastructure?';
const CORES = 'How many CPU cores does your infrastructure provide?';
const CENTRE = 'Which centre do you run?';
const ROLES = 'Which describe your role?';
const COMMENTS = 'Anything else?';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** An OPEN survey made by the office through the API (setup, not what the tests prove). */
async function openSurvey(browser: Browser, baseURL: string, opts: { anonymous?: boolean } = {}) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, OFFICE);
  const slug = `answer-${stamp()}`;
  const title = `Computing needs ${slug}`;
  const yesNo = [
    { key: 'yes', label: 'Yes' },
    { key: 'no', label: 'No' },
  ];
  const input = {
    slug,
    title,
    description: 'A survey for the journeys.',
    anonymous: opts.anonymous ?? false,
    sections: [
      {
        key: 'you',
        title: 'About you',
        questions: [
          {
            key: 'roles',
            text: ROLES,
            kind: 'MULTIPLE_CHOICE',
            allowOther: true,
            options: [
              { key: 'researcher', label: 'Researcher' },
              { key: 'rse', label: 'Research software engineer' },
            ],
          },
          { key: 'manages', text: MANAGES, kind: 'SINGLE_CHOICE', required: true, options: yesNo },
        ],
      },
      {
        key: 'infra',
        title: 'Your infrastructure',
        showIf: { questionKey: 'manages', anyOf: ['yes'] },
        questions: [
          { key: 'cores', text: CORES, kind: 'NUMBER', required: true },
          { key: 'centre', text: CENTRE, kind: 'TEXT' },
        ],
      },
      {
        key: 'training',
        title: 'Training',
        questions: [
          { key: 'need', text: 'How much training do you need?', kind: 'SCALE', scaleMin: 1, scaleMax: 5 },
          { key: 'comments', text: COMMENTS, kind: 'TEXT' },
        ],
      },
    ],
  };
  const created = await gql<{ createSurvey: { id: string } }>(
    context,
    baseURL,
    'mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }',
    { input },
  );
  await gql(context, baseURL, 'mutation($id: ID!) { openSurvey(id: $id) { id } }', {
    id: created.createSurvey.id,
  });
  return { slug, title, office: context };
}

/** A new open survey's answer page, signed in as `who`. */
async function answerPageAs(page: Page, browser: Browser, baseURL: string, who: string) {
  const survey = await openSurvey(browser, baseURL);
  await signIn(page, who, `/surveys/${survey.slug}`);
  await settled(page);
  return survey;
}

/** The viewer's stored response, through the API with the page's own session. */
async function storedAnswers(page: Page, baseURL: string, slug: string) {
  const data = await gql<{
    viewerSurveyResponse: { submittedAt: string | null; answers: { questionKey: string }[] } | null;
  }>(
    page.context(),
    baseURL,
    'query($slug: String!) { viewerSurveyResponse(slug: $slug) { submittedAt answers { questionKey } } }',
    { slug },
  );
  return data.viewerSurveyResponse;
}

const infraSection = (page: Page) => page.getByRole('heading', { name: 'Your infrastructure' });
/** Waits until the saved draft holds answers to exactly these questions. */
async function draftHolds(page: Page, baseURL: string, slug: string, keys: string[]) {
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();
  await expect
    .poll(async () => (await storedAnswers(page, baseURL, slug))?.answers.map((a) => a.questionKey).sort())
    .toEqual([...keys].sort());
}

const keysOf = (r: { answers: { questionKey: string }[] } | null) =>
  r?.answers.map((a) => a.questionKey).sort();

test('a manager sees the infrastructure section; answering No removes it and its answers are not submitted', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const survey = await openSurvey(browser, baseURL!);
  await signIn(page, MEMBER, '/surveys');
  await settled(page);
  await expectAccessible(page, '/surveys as a member');
  await page.getByRole('link', { name: `Answer: ${survey.title}` }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: survey.title })).toBeVisible();
  await expect(infraSection(page)).toHaveCount(0);

  await page.getByRole('radiogroup', { name: MANAGES }).getByRole('radio', { name: 'Yes' }).check();
  await expect(infraSection(page)).toBeVisible();
  await expect(page.getByText('Section 2 of 3')).toBeVisible();
  await page.getByRole('textbox', { name: CORES }).fill('800');
  await page.getByRole('textbox', { name: CENTRE }).fill('GridKa');
  await draftHolds(page, baseURL!, survey.slug, ['manages', 'cores', 'centre']);

  await page.getByRole('radiogroup', { name: MANAGES }).getByRole('radio', { name: 'No' }).check();
  await expect(infraSection(page)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: CORES })).toHaveCount(0);
  await page.getByRole('textbox', { name: COMMENTS }).fill('Nothing to add');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your answers are submitted' })).toBeVisible();

  // What the server stored: the hidden section's answers are gone.
  const stored = await storedAnswers(page, baseURL!, survey.slug);
  expect(stored?.submittedAt).not.toBeNull();
  expect(keysOf(stored)).toEqual(['comments', 'manages']);

  // While the survey is open the answers can change: submitting again replaces them.
  await page.getByRole('button', { name: 'Change your answers' }).click();
  await page.getByRole('radio', { name: '4' }).check();
  await page.getByRole('button', { name: 'Submit changed answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your answers are submitted' })).toBeVisible();
  expect(keysOf(await storedAnswers(page, baseURL!, survey.slug))).toEqual(['comments', 'manages', 'need']);

  // Someone who does not manage one never sees the section.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, OTHER_MEMBER, `/surveys/${survey.slug}`);
  await settled(otherPage);
  await otherPage.getByRole('radiogroup', { name: MANAGES }).getByRole('radio', { name: 'No' }).check();
  await otherPage.getByRole('button', { name: 'Submit answers' }).click();
  await expect(
    otherPage.getByRole('heading', { name: 'Thank you: your answers are submitted' }),
  ).toBeVisible();
  await expect(infraSection(otherPage)).toHaveCount(0);
  await other.close();
  await survey.office.close();
});

test('a draft is still there after a reload and in a second browser', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const survey = await answerPageAs(page, browser, baseURL!, OTHER_MEMBER);
  const roles = page.getByRole('group', { name: ROLES });
  await roles.getByRole('checkbox', { name: 'Researcher' }).check();
  await roles.getByRole('checkbox', { name: 'Other (please specify)' }).check();
  await page.getByRole('textbox', { name: /Please specify/ }).fill('Educator');
  await page.getByRole('radiogroup', { name: MANAGES }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('textbox', { name: CORES }).fill('64');
  await page.getByRole('textbox', { name: COMMENTS }).fill('Half-way through');
  await draftHolds(page, baseURL!, survey.slug, ['roles', 'manages', 'cores', 'comments']);

  const expectResumed = async (p: Page) => {
    await settled(p);
    const r = p.getByRole('group', { name: ROLES });
    await expect(r.getByRole('checkbox', { name: 'Researcher' })).toBeChecked();
    await expect(r.getByRole('checkbox', { name: 'Research software engineer' })).not.toBeChecked();
    await expect(p.getByRole('textbox', { name: /Please specify/ })).toHaveValue('Educator');
    await expect(
      p.getByRole('radiogroup', { name: MANAGES }).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
    await expect(p.getByRole('textbox', { name: CORES })).toHaveValue('64');
    await expect(p.getByRole('textbox', { name: COMMENTS })).toHaveValue('Half-way through');
  };
  await page.reload();
  await expectResumed(page);

  const second = await browser.newContext({ baseURL });
  const secondPage = await second.newPage();
  await signIn(secondPage, OTHER_MEMBER, `/surveys/${survey.slug}`);
  await expectResumed(secondPage);
  await second.close();
  await survey.office.close();
});

test('the server names the unanswered questions; a section answered with the keyboard alone; 375 px and axe', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const survey = await answerPageAs(page, browser, baseURL!, CHAIR);
  await expectAccessible(page, 'the answer page');
  await screenshots(page, 'survey-answer-empty');

  // Submitting with the required question left empty: its problem beside it, the focus on it.
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const manages = page.getByRole('radiogroup', { name: MANAGES });
  await expect(manages).toHaveAccessibleDescription(/This question is required/);
  await expect(manages.getByRole('radio', { name: 'Yes' })).toBeFocused();
  await expectAccessible(page, 'the answer page with problems');

  // The keyboard alone: the focused radio, arrows to choose, Tab on, Enter submits.
  await page.keyboard.press('Space');
  await expect(manages.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(infraSection(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(manages.getByRole('radio', { name: 'No' })).toBeChecked();
  await expect(infraSection(page)).toHaveCount(0);
  await page.keyboard.press('ArrowUp');
  await expect(infraSection(page)).toBeVisible();
  await page.keyboard.press('Tab');
  const cores = page.getByRole('textbox', { name: CORES });
  await expect(cores).toBeFocused();
  // Enter submits; the section's required question, now shown, is named.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Some answers need attention' })).toBeVisible();
  await expect(cores).toBeFocused();
  await expect(cores).toHaveAccessibleDescription(/This question is required/);
  await page.keyboard.type('128');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: CENTRE })).toBeFocused();
  await page.keyboard.type('CNAF');
  await screenshots(page, 'survey-answer-filled');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thank you: your answers are submitted' })).toBeFocused();
  await expectAccessible(page, 'the answer page, submitted');
  await screenshots(page, 'survey-answer-submitted');

  await page.goto('/surveys');
  await settled(page);
  await screenshots(page, 'surveys-list');
  await survey.office.close();
});

test('an anonymous survey is answered signed out; the rate limit has its own message', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const survey = await openSurvey(browser, baseURL!, { anonymous: true });
  await page.goto('/surveys');
  await settled(page);
  await expectAccessible(page, '/surveys signed out');
  await page.getByRole('link', { name: `Answer: ${survey.title}` }).click();
  await settled(page);
  await expect(page.getByText('nothing is kept until you submit')).toBeVisible();
  await page.getByRole('radiogroup', { name: MANAGES }).getByRole('radio', { name: 'No' }).check();

  // The API's answer when too many answers came from one address (not provoked for real: the
  // limit is per address and the other journeys share it).
  await page.route('**/graphql', async (route) => {
    // By operation name: the app sends a persisted operation's hash, not its text.
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== 'SubmitSurveyResponse') return route.fallback();
    await route.fulfill({
      json: {
        data: null,
        errors: [
          {
            message: 'Too many requests; try again later.',
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1200 },
          },
        ],
      },
    });
  });
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('alert')).toContainText('Too many answers have come from your network');
  await expect(page.getByRole('alert')).toContainText('in 20 minutes');
  await page.unrouteAll();

  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your answers are submitted' })).toBeVisible();
  const results = await gql<{ surveyResults: { responses: number } }>(
    survey.office,
    baseURL!,
    'query($slug: String!) { surveyResults(slug: $slug) { responses } }',
    { slug: survey.slug },
  );
  expect(results.surveyResults.responses).toBe(1);

  // The office also sees the drafts, each with its editor, and may start a new survey.
  const draftTitle = `Draft ${stamp()}`;
  await gql(
    survey.office,
    baseURL!,
    'mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }',
    {
      input: {
        slug: `draft-${stamp()}`,
        title: draftTitle,
        sections: [{ key: 's', title: 'S', questions: [{ key: 'q', text: 'Q', kind: 'TEXT' }] }],
      },
    },
  );
  const officePage = await survey.office.newPage();
  await officePage.goto('/surveys');
  await settled(officePage);
  await expect(officePage.getByRole('link', { name: 'New survey' })).toBeVisible();
  await expect(officePage.getByRole('link', { name: `Edit: ${draftTitle}` })).toBeVisible();
  await expectAccessible(officePage, '/surveys as the office');
  await survey.office.close();

  // The demo survey is closed: said in words, its results left to members.
  await page.goto('/surveys/spectrum-jena-survey-1');
  await settled(page);
  await expect(page.getByText('This survey is closed')).toBeVisible();
  await expect(page.getByText('It took 80 responses')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Results' })).toHaveCount(0);
  await expectAccessible(page, 'a closed survey signed out');
});
