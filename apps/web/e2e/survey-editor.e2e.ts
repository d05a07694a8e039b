import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// The office's survey editor (issue 20): a two-section survey whose second section shows only
// for one answer of the first, previewed with the condition live, saved, opened (asked first)
// and answered by a member; then the editor shows the questions locked and says why. Bad input
// stays beside its field and saves nothing; the keyboard adds and moves a question.

const OFFICE = 'SPECTRUM Project Office';
const MEMBER = 'Felix Wagner';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const section = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Section ${n}\\b`) });
const question = (scope: Locator, n: number) => scope.getByRole('group', { name: `Q${n}` });

async function notificationsClosed(page: Page): Promise<void> {
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 });
}

test('the office builds a two-section survey with a condition, previews it, opens it, and a member answers it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const id = stamp();
  const title = `Infrastructure check ${id}`;
  const slug = `infrastructure-check-${id}`;
  await signIn(page, OFFICE);
  await page.goto('/surveys/new');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'New survey' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  // The slug follows the title until it is written.
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue(slug);

  const first = section(page, 1);
  await first.getByRole('textbox', { name: 'Section title' }).fill('About you');
  await expect(first.getByRole('textbox', { name: 'Section key' })).toHaveValue('about_you');
  const q1 = question(first, 1);
  await q1.getByRole('textbox', { name: 'Question', exact: true }).fill('Do you manage an infrastructure?');
  await expect(q1.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue(
    'do_you_manage_an_infrastructure',
  );
  await q1.getByRole('textbox', { name: 'Key', exact: true }).fill('manages');
  await q1.getByRole('checkbox', { name: /^Required/ }).check();
  await q1.getByRole('textbox', { name: 'Option 1', exact: true }).fill('Yes');
  await q1.getByRole('textbox', { name: 'Option 2', exact: true }).fill('No');
  await expect(q1.getByRole('textbox', { name: 'Key of option 1' })).toHaveValue('yes');
  // The first section has no earlier question to depend on.
  await expect(first.getByRole('switch', { name: 'Show this section only for some answers' })).toBeDisabled();

  await page.getByRole('button', { name: 'Add a section' }).click();
  const second = section(page, 2);
  await expect(second.getByRole('textbox', { name: 'Section title' })).toBeFocused();
  await second.getByRole('textbox', { name: 'Section title' }).fill('Your infrastructure');
  const q2 = question(second, 2);
  await q2.getByRole('textbox', { name: 'Question', exact: true }).fill('Which infrastructure?');
  await q2.getByRole('combobox', { name: 'Kind' }).selectOption('TEXT');
  await expect(q2.getByRole('textbox', { name: 'Option 1', exact: true })).toHaveCount(0);
  // The condition: picked from the earlier choice questions and their options, never typed.
  await second
    .getByRole('switch', { name: 'Show this section only for some answers' })
    .check({ force: true });
  await expect(second.getByRole('combobox', { name: 'When the answer to' })).toHaveValue(
    'Q1. Do you manage an infrastructure?',
  );
  await second.getByRole('checkbox', { name: 'Yes' }).check();
  await expectAccessible(page, 'the survey editor');
  await screenshots(page, 'survey-editor-new');

  // The preview: the condition is live.
  await page.getByRole('tab', { name: 'Preview as a respondent' }).click();
  const preview = page.getByRole('tabpanel', { name: 'Preview as a respondent' });
  await expect(preview.getByRole('heading', { name: 'About you' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Your infrastructure' })).toHaveCount(0);
  await preview.getByRole('radio', { name: 'Yes' }).check();
  await expect(preview.getByRole('heading', { name: 'Your infrastructure' })).toBeVisible();
  await expect(preview.getByRole('textbox', { name: /Which infrastructure\?/ })).toBeVisible();
  await expectAccessible(page, 'the survey preview');
  await screenshots(page, 'survey-editor-preview');
  await preview.getByRole('radio', { name: 'No' }).check();
  await expect(preview.getByRole('heading', { name: 'Your infrastructure' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Create the draft' }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${slug}/edit$`));
  await settled(page);
  await notificationsClosed(page);
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status.getByText('Draft', { exact: true })).toBeVisible();
  await expect(
    status.getByText('Only the office sees it, and its questions can still change.'),
  ).toBeVisible();
  // What was saved comes back: the condition by the question's and option's keys.
  await expect(section(page, 2).getByRole('combobox', { name: 'When the answer to' })).toHaveValue(
    'Q1. Do you manage an infrastructure?',
  );
  await expect(section(page, 2).getByRole('checkbox', { name: 'Yes' })).toBeChecked();

  // Opening asks first: it freezes the definition.
  await status.getByRole('button', { name: 'Open the survey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open the survey?' });
  await expect(dialog).toContainText('freezes its questions');
  await dialog.getByRole('button', { name: 'Open it' }).click();
  await expect(status.getByText('Open', { exact: true })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'The questions are locked' })).toContainText(
    'people are answering these questions',
  );
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeDisabled();

  // A member answers it on the survey's page.
  const context = await browser.newContext({ baseURL });
  const member = await context.newPage();
  await signIn(member, MEMBER, `/surveys/${slug}`);
  await member.goto(`/surveys/${slug}`);
  await settled(member);
  await member.getByRole('radio', { name: 'Yes' }).check();
  await member.getByRole('textbox', { name: /Which infrastructure\?/ }).fill('A tier-1 data centre');
  await member.getByRole('button', { name: /^Submit/ }).click();
  await expect(member.getByText(/submitted/i).first()).toBeVisible();
  const mine = await gql<{
    viewerSurveyResponse: { submittedAt: string | null; answers: { questionKey: string }[] };
  }>(
    context,
    baseURL!,
    `query($slug: String!) { viewerSurveyResponse(slug: $slug) { submittedAt answers { questionKey } } }`,
    { slug },
  );
  expect(mine.viewerSurveyResponse.submittedAt).not.toBeNull();
  expect(mine.viewerSurveyResponse.answers.map((a) => a.questionKey).sort()).toEqual([
    'manages',
    'which_infrastructure',
  ]);
  await context.close();

  // The editor, read again, shows the answer and the lock with its reason.
  await page.reload();
  await settled(page);
  await expect(status.getByText('1 response submitted.')).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'The questions are locked' })).toBeVisible();
  await expect(
    question(section(page, 1), 1).getByRole('textbox', { name: 'Question', exact: true }),
  ).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expectAccessible(page, 'the locked survey editor');
  await screenshots(page, 'survey-editor-locked');
});

test('bad input shows beside its field and saves nothing', async ({ page, baseURL }) => {
  const slug = `bad-input-${stamp()}`;
  await signIn(page, OFFICE);
  await page.goto('/surveys/new');
  await settled(page);
  await page.getByRole('textbox', { name: 'Slug' }).fill(slug);
  const first = section(page, 1);
  await first.getByRole('textbox', { name: 'Section title' }).fill('Questions');
  const q1 = question(first, 1);
  await q1.getByRole('textbox', { name: 'Question', exact: true }).fill('Your role');
  await q1.getByRole('combobox', { name: 'Kind' }).selectOption('TEXT');
  await first.getByRole('button', { name: 'Add a question to section “Questions”' }).click();
  const q2 = question(first, 2);
  await q2.getByRole('textbox', { name: 'Question', exact: true }).fill('Your role');
  await q2.getByRole('combobox', { name: 'Kind' }).selectOption('TEXT');
  await page.getByRole('button', { name: 'Create the draft' }).click();

  const titleBox = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(titleBox).toHaveAttribute('aria-invalid', 'true');
  await expect(titleBox).toHaveAccessibleDescription(/must be 1 to 300 characters/i);
  await expect(titleBox).toBeFocused();
  const key2 = q2.getByRole('textbox', { name: 'Key', exact: true });
  await expect(key2).toHaveAccessibleDescription(/duplicate question key "your_role"/i);
  await expect(q1.getByRole('textbox', { name: 'Key', exact: true })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'The survey was not saved' })).toContainText(
    '2 fields need attention',
  );
  await expect(page).toHaveURL(/\/surveys\/new$/);
  const saved = await gql<{ survey: { id: string } | null }>(
    page.context(),
    baseURL!,
    `query($slug: String!) { survey(slug: $slug) { id } }`,
    { slug },
  );
  expect(saved.survey).toBeNull();
  // Fixing a field clears its message.
  await key2.fill('your_role_2');
  await expect(key2).not.toHaveAttribute('aria-invalid', 'true');
  await screenshots(page, 'survey-editor-errors');
});

test('the keyboard adds a question and moves it', async ({ page }) => {
  await signIn(page, OFFICE);
  await page.goto('/surveys/new');
  await settled(page);
  const first = section(page, 1);
  await question(first, 1).getByRole('textbox', { name: 'Question', exact: true }).fill('First');
  const add = first.getByRole('button', { name: /^Add a question/ });
  for (let i = 0; i < 80 && !(await add.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  const text2 = question(first, 2).getByRole('textbox', { name: 'Question', exact: true });
  await expect(text2).toBeFocused();
  await page.keyboard.type('Second');
  // Back to its move buttons: Remove, then Move up (Move down is disabled for the last one).
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Move question “Second” up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question(first, 1).getByRole('textbox', { name: 'Question', exact: true })).toHaveValue(
    'Second',
  );
  await expect(question(first, 2).getByRole('textbox', { name: 'Question', exact: true })).toHaveValue(
    'First',
  );
  // At the top, the focus stays on the question's other move button.
  await expect(page.getByRole('button', { name: 'Move question “Second” down' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'question “Second” moved up.' })).toHaveCount(1);
});

test('people other than the office get the not-allowed page', async ({ page }) => {
  await signIn(page, MEMBER);
  await page.goto('/surveys/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
});
