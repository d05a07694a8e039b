import type { Browser, Page } from '@playwright/test';
import {
  checkPage,
  expect,
  expectAccessible,
  gql,
  screenshots,
  settled,
  signIn,
  test,
} from './support/fixtures';

// The report editor (issue 22): a WG5 chair links a survey result to a recommendation through the
// evidence picker (search, the answer to quote, a cross-tab filter with its live preview) and sees
// its snapshot on the card; a section saved by someone else meanwhile ends in a conflict that
// keeps the text typed; a member who is no editor is refused the page.

const CHAIR = 'Maria Girone';
const MEMBER = 'Felix Wagner';
const INFRA = /Are you \(ALSO\) manager of an infrastructure/;

/** axe at both widths on the page as it is (a dialog open), the viewport restored. */
async function accessibleAtBothWidths(page: Page, label: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await expectAccessible(page, `${label} at ${width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The chair, signed in, and a new report of WG5 made through the API. */
async function chairWithNewReport(browser: Browser, baseURL: string, title: string, kind: string) {
  const context = await browser.newContext({ baseURL });
  const editor = await context.newPage();
  await signIn(editor, CHAIR, '/reports');
  const { workingGroups } = await gql<{ workingGroups: { id: string; code: string }[] }>(
    context,
    baseURL,
    `{ workingGroups { id code } }`,
  );
  const wg5 = workingGroups.find((g) => g.code === 'WG5')!;
  const { createReport } = await gql<{ createReport: { id: string } }>(
    context,
    baseURL,
    `mutation($input: ReportInput!) { createReport(input: $input) { id } }`,
    { input: { title, kind, workingGroupIds: [wg5.id] } },
  );
  return { context, editor, wg5, reportId: createReport.id };
}

test.describe('reports: the editor', () => {
  test('a chair links a survey result and sees its snapshot; a concurrent section edit shows the conflict', async ({
    browser,
    baseURL,
  }) => {
    // A report of WG5 with a section and a recommendation, made through the API.
    const title = `Survey reading ${Date.now().toString(36)}`;
    const { context, editor, wg5, reportId } = await chairWithNewReport(
      browser,
      baseURL!,
      title,
      'Survey interpretation',
    );
    const { addReportSection } = await gql<{ addReportSection: { id: string } }>(
      context,
      baseURL!,
      `mutation($id: ID!) { addReportSection(reportId: $id, input: { title: "Who answered", body: "Most respondents are **researchers**." }) { id } }`,
      { id: reportId },
    );
    const sectionId = addReportSection.id;
    await gql(
      context,
      baseURL!,
      `mutation($id: ID!) { addRecommendation(sectionId: $id, input: { statement: "Ask infrastructure managers first.", rationale: "They run the services.", priority: HIGH }) { id } }`,
      { id: sectionId },
    );

    await editor.goto(`/reports/${reportId}/edit`);
    await settled(editor);
    await expect(editor.getByRole('heading', { level: 1, name: `Edit: ${title}` })).toBeVisible();
    await expect(editor.getByText('Drafting', { exact: true })).toBeVisible();
    await expect(editor.getByRole('link', { name: 'View' })).toHaveAttribute('href', `/reports/${reportId}`);
    await expect(editor.getByRole('heading', { level: 2, name: '1. Who answered' })).toBeVisible();
    const recommendation = editor.getByRole('article', { name: 'Recommendation 1.1' });
    await expect(recommendation).toContainText('Ask infrastructure managers first.');
    await expect(recommendation).toContainText('No evidence linked yet.');
    const coverage = editor.getByRole('region', { name: 'Coverage' });
    await expect(coverage).toContainText(/\d+ of \d+/);
    await checkPage(editor, 'reports-editor');

    // The picker, opened and worked with the keyboard.
    await editor.getByRole('button', { name: 'Link evidence to recommendation 1.1' }).focus();
    await editor.keyboard.press('Enter');
    const dialog = editor.getByRole('dialog', { name: 'Link evidence to recommendation 1.1' });
    const search = dialog.getByRole('searchbox', { name: 'Search for evidence' });
    await expect(search).toBeFocused();
    await editor.keyboard.type('infrastructure');
    const hit = dialog.getByRole('radio', { name: INFRA });
    await expect(hit).toBeVisible();
    await hit.focus();
    await editor.keyboard.press('Space');
    await expect(hit).toBeChecked();
    await dialog.getByRole('combobox', { name: 'Answer to quote' }).selectOption('yes');
    const preview = dialog.getByRole('region', { name: 'What the link will quote' });
    await expect(preview).toContainText('22 of 80');

    // A cross-tab: only the research software engineers; the preview follows, then back.
    await dialog.getByRole('combobox', { name: 'Add a question to filter by' }).click();
    await editor.getByRole('option', { name: /describe your role/ }).click();
    await dialog.getByRole('checkbox', { name: /^Research software engineer/ }).check();
    await expect(preview).not.toContainText('22 of 80');
    await expect(preview).toContainText(/of 20\b/);
    await accessibleAtBothWidths(editor, 'evidence picker');
    await dialog.getByRole('button', { name: 'Clear filters' }).click();
    await expect(preview).toContainText('22 of 80');

    await dialog.getByRole('button', { name: 'Link evidence' }).click();
    await expect(dialog).toBeHidden();
    const card = recommendation.getByRole('article', { name: 'Evidence 1 of recommendation 1.1' });
    await expect(card).toContainText('Survey result');
    await expect(card).toContainText('22 of 80');
    await expect(card).toContainText('as linked');
    await expect(card.getByText('Evidence changed')).toHaveCount(0);
    await expect(coverage).toContainText('Survey questions not cited');
    await checkPage(editor, 'reports-editor-evidence');
    const showAll = coverage.getByRole('button', { name: /^Show all \d+$/ }).last();
    await showAll.click();
    await expect(coverage.getByRole('button', { name: 'Show the first 5' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    // A use case's gap analysis, picked with the mouse; revised after the link, it drifts.
    const caseTitle = `Edge caching pilot ${Date.now().toString(36)}`;
    const { proposeUseCase } = await gql<{ proposeUseCase: { id: string } }>(
      context,
      baseURL!,
      `mutation($input: UseCaseInput!) { proposeUseCase(input: $input) { id } }`,
      {
        input: {
          title: caseTitle,
          gapAnalysis: 'No shared cache between the sites.',
          workingGroupIds: [wg5.id],
        },
      },
    );
    await recommendation.getByRole('button', { name: 'Link evidence to recommendation 1.1' }).click();
    await dialog.getByRole('searchbox', { name: 'Search for evidence' }).fill(caseTitle);
    await dialog.getByRole('checkbox', { name: 'Survey questions' }).uncheck();
    await dialog.getByRole('radio', { name: `${caseTitle} · Gap analysis` }).check();
    await expect(preview).toContainText(`Gap analysis of “${caseTitle}”`);
    await expect(preview).toContainText('No shared cache between the sites.');
    await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill('The pilot names the gap.');
    await dialog.getByRole('button', { name: 'Link evidence' }).click();
    await expect(dialog).toBeHidden();
    const caseCard = recommendation.getByRole('article', { name: 'Evidence 2 of recommendation 1.1' });
    await expect(caseCard).toContainText(`${caseTitle} · Gap analysis`);
    await expect(caseCard).toContainText('The pilot names the gap.');
    await gql(
      context,
      baseURL!,
      `mutation($id: ID!, $input: UseCaseInput!) { updateUseCase(id: $id, input: $input) { id } }`,
      {
        id: proposeUseCase.id,
        input: {
          title: caseTitle,
          gapAnalysis: 'A shared cache exists now; the gap is the network.',
          workingGroupIds: [wg5.id],
        },
      },
    );
    await editor.reload();
    await settled(editor);
    await expect(caseCard.getByText('Evidence changed')).toBeVisible();
    await expect(editor.getByText('1 piece of evidence changed')).toBeVisible();
    await expect(caseCard).toContainText('Text as linkedNo shared cache between the sites.');
    await expect(caseCard).toContainText('Text nowA shared cache exists now; the gap is the network.');
    await expect(card.getByText('Evidence changed')).toHaveCount(0);
    await checkPage(editor, 'reports-editor-drift');
    await caseCard.getByRole('button', { name: 'Re-confirm evidence 2 of recommendation 1.1' }).click();
    await expect(caseCard.getByText('Evidence changed')).toHaveCount(0);
    await expect(editor.getByText('1 piece of evidence changed')).toHaveCount(0);
    await expect(caseCard).toContainText('re-confirmed');

    // The section, edited here while someone saves it through the API: the conflict keeps my text.
    await editor.getByRole('button', { name: 'Edit section 1' }).focus();
    await editor.keyboard.press('Enter');
    const form = editor.getByRole('form', { name: 'Edit section 1' });
    const text = form.getByRole('textbox', { name: 'Text' });
    await text.fill('A quarter of the respondents manage an infrastructure: 22 of 80.');
    await gql(
      context,
      baseURL!,
      `mutation($id: ID!) { updateReportSection(id: $id, expectedVersion: 1, input: { title: "Who answered", body: "Their text." }) { version } }`,
      { id: sectionId },
    );
    await form.getByRole('button', { name: 'Save the section' }).click();
    const conflict = form
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved section 1 while you were editing' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('They saved version 2');
    await expect(conflict).toContainText('Their text.');
    await expect(text).toHaveValue('A quarter of the respondents manage an infrastructure: 22 of 80.');
    await checkPage(editor, 'reports-editor-conflict');
    await form.getByRole('button', { name: 'Save mine over theirs' }).click();
    await expect(form).toBeHidden();
    const section = editor.getByRole('region', { name: '1. Who answered' });
    await expect(section).toContainText('A quarter of the respondents manage an infrastructure: 22 of 80.');
    await expect(section).toContainText('Version 3');

    // Leaving with a change not saved asks first; staying keeps it.
    await editor.getByRole('button', { name: 'Edit section 1' }).click();
    await form.getByRole('textbox', { name: 'Title' }).fill('Who answered the survey');
    await editor.getByRole('link', { name: 'View' }).click();
    const leave = editor.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
    await expect(leave).toBeHidden();
    await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('Who answered the survey');

    // A member who is no editor of the report.
    const member = await (await browser.newContext({ baseURL })).newPage();
    await signIn(member, MEMBER, `/reports/${reportId}/edit`);
    await expect(member.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  });

  test('a chair renames the report and names a member as editor, who may then edit it', async ({
    browser,
    baseURL,
  }) => {
    const { editor, reportId } = await chairWithNewReport(
      browser,
      baseURL!,
      `Draft ${Date.now().toString(36)}`,
      'Landscape analysis',
    );
    await editor.goto(`/reports/${reportId}/edit`);
    await settled(editor);
    await editor.getByRole('tab', { name: 'Details' }).click();
    const details = editor.getByRole('form', { name: 'Details' });
    const title = details.getByRole('textbox', { name: 'Title' });

    // A blank title is refused beside the field; nothing is sent.
    await title.fill('   ');
    await details.getByRole('button', { name: 'Save the details' }).click();
    await expect(details.getByText('Give the report a title.')).toBeVisible();

    const renamed = `Compute landscape ${Date.now().toString(36)}`;
    await title.fill(renamed);
    await details.getByRole('textbox', { name: 'Due date' }).fill('2027-03-31');
    await details.getByRole('button', { name: 'Save the details' }).click();
    await expect(details.getByRole('status')).toHaveText('Saved.');
    await expect(editor.getByRole('heading', { level: 1, name: `Edit: ${renamed}` })).toBeVisible();

    const editors = editor.getByRole('form', { name: 'Editors' });
    await expect(editors).toContainText(/The chairs of its groups edit it: .*Maria Girone/);
    await editors.getByRole('combobox', { name: 'Other editors' }).fill('Wagner');
    await editor.getByRole('option', { name: new RegExp(MEMBER) }).click();
    // The list stays open for another name; Escape closes it, as a person would.
    await editors.getByRole('combobox', { name: 'Other editors' }).press('Escape');
    await editors.getByRole('button', { name: 'Save the editors' }).click();
    await expect(editors.getByRole('status')).toHaveText('Saved.');
    await accessibleAtBothWidths(editor, 'the report details panel');
    await screenshots(editor, 'reports-editor-details');

    // The member named may now edit it (a member who is not named gets "Not allowed", above).
    const member = await (await browser.newContext({ baseURL })).newPage();
    await signIn(member, MEMBER, `/reports/${reportId}/edit`);
    await expect(member.getByRole('heading', { level: 1, name: `Edit: ${renamed}` })).toBeVisible();
  });
});
