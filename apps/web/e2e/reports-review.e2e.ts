import { checkPage, expect, gql, linksOf, settled, signIn, test, waitForMail } from './support/fixtures';

/**
 * A review round on a report: a WG5 chair starts the report from the page, opens a review round
 * naming a reviewer (who is mailed), the reviewer comments on a section, and the editor
 * resolves the comment, then reopens it, with the keyboard.
 */
test.describe('reports: review', () => {
  test('a reviewer comments on a section and the editor resolves it', async ({ browser, baseURL }) => {
    const editorContext = await browser.newContext({ baseURL });
    const editor = await editorContext.newPage();
    const title = `Interpretation of the survey ${Date.now()}`;

    // The chair starts a report from the list.
    await signIn(editor, 'Maria Girone', '/reports');
    await settled(editor);
    await expect(editor.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    await expect(editor.getByRole('banner').getByRole('link', { name: 'Reports' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await editor.getByRole('link', { name: 'New report' }).click();
    await settled(editor);
    await expect(editor.getByRole('heading', { level: 1, name: 'New report' })).toBeVisible();
    await checkPage(editor, 'reports-new');

    // Nothing filled: every field says what it needs, and nothing is created.
    await editor.getByRole('button', { name: 'Create the report' }).click();
    await expect(editor.getByText('Give the report a title.')).toBeVisible();
    await editor.getByRole('textbox', { name: 'Title' }).fill(title);
    await editor.getByRole('combobox', { name: 'Kind' }).fill('Survey');
    await editor.getByRole('option', { name: 'Survey interpretation' }).click();
    // The one group she chairs is chosen already.
    await expect(editor.getByText('WG5: Scientific Use cases').first()).toBeVisible();
    await editor.getByRole('button', { name: 'Create the report' }).click();
    await expect(editor).toHaveURL(/\/reports\/[0-9a-f-]{36}\/edit$/);
    const reportId = /\/reports\/([0-9a-f-]{36})\/edit$/.exec(editor.url())![1];

    // Its text, written through the API (the editor's page is another journey's).
    const section = await gql<{ addReportSection: { id: string } }>(
      editorContext,
      baseURL!,
      `mutation($id: ID!) { addReportSection(reportId: $id, input: { title: "Who answered", body: "Most respondents are **researchers**; infrastructure managers are a quarter." }) { id } }`,
      { id: reportId },
    );
    await gql(
      editorContext,
      baseURL!,
      `mutation($id: ID!) { addRecommendation(sectionId: $id, input: { statement: "Ask infrastructure managers first.", rationale: "They run the services.", priority: HIGH }) { id } }`,
      { id: section.addReportSection.id },
    );

    // The reading view; the editor opens a review round with a reviewer picked by name.
    await editor.goto(`/reports/${reportId}`);
    await settled(editor);
    await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(editor.getByRole('heading', { level: 2, name: '1. Who answered' })).toBeVisible();
    await expect(editor.getByRole('heading', { name: 'Recommendation 1.1', exact: true })).toBeVisible();
    await expect(editor.getByText('High priority')).toBeVisible();
    await editor.getByRole('button', { name: 'Open review round' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Open a review round' });
    await dialog.getByRole('button', { name: 'Open the review round' }).click();
    await expect(dialog.getByText('Pick at least one reviewer.')).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Reviewers' }).fill('Mulder');
    await editor.getByRole('option', { name: /Ruud Mulder/ }).click();
    await dialog.getByRole('textbox', { name: 'Note to the reviewers' }).fill('Please read section 1.');
    await dialog.getByRole('button', { name: 'Open the review round' }).click();
    await expect(dialog).toBeHidden();
    await expect(editor.getByText('In review', { exact: true }).first()).toBeVisible();
    await expect(editor.getByText(/reviewers: Ruud Mulder/)).toBeVisible();

    const mail = await waitForMail((m) => m.to.includes('ruud.mulder@example.org') && m.text.includes(title));
    const link = linksOf(mail).find((u) => u.includes(`/reports/${reportId}`));
    expect(link, 'the review mail links the report').toBeTruthy();

    // The reviewer follows the mail's link and comments on section 1.
    const reviewer = await (await browser.newContext({ baseURL })).newPage();
    await signIn(reviewer, 'Ruud Mulder', new URL(link!).pathname);
    await settled(reviewer);
    await expect(reviewer.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // A reviewer is no editor: no Edit, no Publish.
    await expect(reviewer.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(reviewer.getByRole('button', { name: 'Publish' })).toHaveCount(0);
    const panel = reviewer.getByRole('region', { name: 'Comments on section 1' });
    await panel.getByRole('button', { name: 'Comment on section 1' }).click();
    await panel
      .getByRole('textbox', { name: 'Comment on section 1' })
      .fill('A *quarter*? The tally says 22 of 80.');
    await panel.getByRole('button', { name: 'Add the comment' }).click();
    const thread = panel.getByRole('article', { name: 'Ruud Mulder’s comment' });
    await expect(thread).toContainText('The tally says 22 of 80.');
    await expect(thread.locator('em')).toHaveText('quarter');
    await checkPage(reviewer, 'report-read-reviewer');

    // The editor sees it, replies, and resolves it with the keyboard.
    await editor.reload();
    await settled(editor);
    const editorPanel = editor.getByRole('region', { name: 'Comments on section 1' });
    const editorThread = editorPanel.getByRole('article', { name: 'Ruud Mulder’s comment' });
    await expect(editorThread).toContainText('The tally says 22 of 80.');
    await editorThread.getByRole('button', { name: 'Reply to Ruud Mulder’s comment' }).click();
    await editorThread
      .getByRole('textbox', { name: 'Reply to Ruud Mulder’s comment' })
      .fill('Right: 27.5 %, fixed in the text.');
    await editorThread.getByRole('button', { name: 'Send the reply' }).click();
    await expect(editorThread).toContainText('Right: 27.5 %, fixed in the text.');
    await editorThread.getByRole('button', { name: 'Resolve Ruud Mulder’s comment' }).focus();
    await editor.keyboard.press('Enter');
    await expect(editorPanel.getByRole('article', { name: 'Ruud Mulder’s comment' })).toHaveCount(0);
    const showResolved = editorPanel.getByRole('button', { name: 'Show 1 resolved comment' });
    await expect(showResolved).toBeVisible();
    await checkPage(editor, 'report-read-editor');

    // The reviewer sees it resolved, by whom; the editor reopens it.
    await reviewer.reload();
    await settled(reviewer);
    const reviewerPanel = reviewer.getByRole('region', { name: 'Comments on section 1' });
    await reviewerPanel.getByRole('button', { name: 'Show 1 resolved comment' }).click();
    await expect(reviewerPanel.getByRole('article', { name: 'Ruud Mulder’s comment' })).toContainText(
      'Resolved by Maria Girone',
    );

    await showResolved.click();
    await editorPanel.getByRole('button', { name: 'Reopen Ruud Mulder’s comment' }).click();
    await expect(editorPanel.getByRole('button', { name: /resolved comment/ })).toHaveCount(0);
    await expect(editorPanel.getByRole('article', { name: 'Ruud Mulder’s comment' })).toBeVisible();

    // The list shows the report with its open comment.
    await editor.goto('/reports?status=IN_REVIEW');
    await settled(editor);
    const entry = editor.getByRole('article', { name: title });
    await expect(entry).toContainText('WG5');
    await expect(entry).toContainText('Comments: 1 open');
    await checkPage(editor, 'reports-list');
  });
});
