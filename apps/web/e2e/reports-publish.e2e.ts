import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { checkPage, expect, gql, settled, signIn, test } from './support/fixtures';
import { SCREENSHOT_DIR } from './support/stack';

type Created = { id: string; version: number; title: string };

async function postDocument(
  context: BrowserContext,
  baseURL: string,
  title: string,
  visibility: 'COMMUNITY' | 'WORKING_GROUP',
  groupId: string,
): Promise<Created> {
  const data = await gql<{ postDocument: Created }>(
    context,
    baseURL,
    `mutation($input: DocumentInput!) { postDocument(input: $input) { id version title } }`,
    {
      input: {
        title,
        kind: 'NOTE',
        body: `${title}: the figures of the WG5 survey session.`,
        visibility,
        workingGroupIds: [groupId],
      },
    },
  );
  return data.postDocument;
}

/**
 * The editor publishes a report whose recommendation cites a community document and a WG5-only
 * document; a member outside WG5 reads it with its numbered notes: the first quotes the figures
 * as they were and links the live source, the second says only that there is evidence they may
 * not see. The downloads answer, and the page prints without its comments.
 */
test.describe('reports: publish and read', () => {
  test('the editor publishes the report and a member reads it with its numbered notes', async ({
    browser,
    baseURL,
  }) => {
    const editorContext = await browser.newContext({ baseURL });
    const editor = await editorContext.newPage();
    await signIn(editor, 'Chiara Ferrari', '/reports');
    await settled(editor);
    const stamp = Date.now();
    const title = `Landscape of WG5 data paths ${stamp}`;

    const { workingGroup } = await gql<{ workingGroup: { id: string } }>(
      editorContext,
      baseURL!,
      `{ workingGroup(code: "WG5") { id } }`,
    );
    const open = await postDocument(
      editorContext,
      baseURL!,
      `Data paths notes ${stamp}`,
      'COMMUNITY',
      workingGroup.id,
    );
    const closed = await postDocument(
      editorContext,
      baseURL!,
      `WG5 internal tallies ${stamp}`,
      'WORKING_GROUP',
      workingGroup.id,
    );
    const { createReport } = await gql<{ createReport: { id: string } }>(
      editorContext,
      baseURL!,
      `mutation($input: ReportInput!) { createReport(input: $input) { id } }`,
      { input: { title, kind: 'Landscape analysis', workingGroupIds: [workingGroup.id] } },
    );
    const reportId = createReport.id;
    const addSection = async (sectionTitle: string, body: string) =>
      (
        await gql<{ addReportSection: { id: string } }>(
          editorContext,
          baseURL!,
          `mutation($id: ID!, $input: ReportSectionInput!) { addReportSection(reportId: $id, input: $input) { id } }`,
          { id: reportId, input: { title: sectionTitle, body } },
        )
      ).addReportSection.id;
    const addRecommendation = async (sectionId: string, statement: string, priority: string) =>
      (
        await gql<{ addRecommendation: { id: string } }>(
          editorContext,
          baseURL!,
          `mutation($id: ID!, $input: RecommendationInput!) { addRecommendation(sectionId: $id, input: $input) { id } }`,
          { id: sectionId, input: { statement, rationale: 'As the notes show.', priority } },
        )
      ).addRecommendation.id;
    const link = (recommendationId: string, documentId: string, note: string) =>
      gql(
        editorContext,
        baseURL!,
        `mutation($id: ID!, $input: EvidenceInput!) { linkEvidence(recommendationId: $id, input: $input) { id } }`,
        { id: recommendationId, input: { kind: 'DOCUMENT_VERSION', documentId, note } },
      );

    const first = await addSection('Where data flows', 'Data flows from the **telescopes** to the archives.');
    const second = await addSection('What is missing', 'Transfers across sites lack a common catalogue.');
    const r11 = await addRecommendation(first, 'Document every data path.', 'HIGH');
    const r21 = await addRecommendation(second, 'Agree on one catalogue.', 'MEDIUM');
    await link(r11, open.id, 'The community notes.');
    await link(r11, closed.id, 'The group’s own tallies.');
    await link(r21, open.id, 'Again the community notes.');

    // The community notes get a second version after they were linked: their evidence changed.
    await gql(
      editorContext,
      baseURL!,
      `mutation($id: ID!, $input: DocumentInput!) { updateDocument(id: $id, expectedVersion: 1, input: $input) { id } }`,
      {
        id: open.id,
        input: {
          title: open.title,
          kind: 'NOTE',
          body: 'Revised: the figures of both WG5 survey sessions.',
          visibility: 'COMMUNITY',
          workingGroupIds: [workingGroup.id],
        },
      },
    );

    // The editor publishes it for the community, after the confirmation naming what changed.
    await editor.goto(`/reports/${reportId}`);
    await settled(editor);
    await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(editor.getByText('2 notes quote figures that have changed since linked')).toBeVisible();
    await editor.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = editor.getByRole('dialog', { name: `Publish “${title}”?` });
    await expect(dialog).toContainText('2 pieces of evidence have changed since linked.');
    await dialog.getByRole('radio', { name: 'Community' }).check();
    await dialog.getByRole('button', { name: 'Publish the report' }).click();
    await expect(dialog).toBeHidden();
    await expect(editor.getByText('Published', { exact: true }).first()).toBeVisible();
    const kbLink = editor
      .getByRole('region', { name: 'About this report' })
      .getByRole('link', { name: title });
    await expect(kbLink).toBeVisible();
    await expect(editor.getByRole('button', { name: 'Publish again' })).toBeVisible();
    await checkPage(editor, 'report-published-editor');

    // A member outside WG5 finds it in the list and reads it.
    const memberContext = await browser.newContext({ baseURL });
    const member = await memberContext.newPage();
    await signIn(member, 'Elena Colombo', '/reports?status=PUBLISHED');
    await settled(member);
    await expect(member.getByRole('link', { name: 'New report' })).toHaveCount(0);
    await member.getByRole('link', { name: title }).click();
    await settled(member);
    await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(member.getByRole('button', { name: /^Publish/ })).toHaveCount(0);

    // Notes 1 to 3 in reading order: 1.1 cites two, 2.1 one.
    const r11Card = member.getByRole('article', { name: 'Recommendation 1.1' });
    const r21Card = member.getByRole('article', { name: 'Recommendation 2.1' });
    await expect(r11Card).toContainText('(notes 1–2)');
    await expect(r21Card).toContainText('(note 3)');
    const notes = member.locator('.cop-evidence-notes > li');
    await expect(notes).toHaveCount(3);
    await expect(notes.nth(0)).toHaveAttribute('value', '1');
    await expect(notes.nth(0)).toContainText('Document:');
    await expect(notes.nth(0)).toContainText('The community notes.');
    await expect(notes.nth(0)).toContainText('as linked');
    // Its source has a version 2 since: the note says so, with the new figures beside the old.
    await expect(notes.nth(0)).toContainText('Evidence changed');
    await expect(notes.nth(0)).toContainText('version 1');
    await expect(notes.nth(0)).toContainText(/Now: .*version 2/);
    await expect(notes.nth(1)).toHaveAttribute('value', '2');
    await expect(notes.nth(1)).toHaveText('Evidence you may not see');
    await expect(member.getByText(closed.title)).toHaveCount(0);
    await expect(notes.nth(2)).toHaveAttribute('value', '3');
    await expect(member.locator('#note-3')).toContainText('Again the community notes.');
    await checkPage(member, 'report-published-member');

    // The downloads answer the reader, without what they may not see.
    const markdown = await memberContext.request.get(`${baseURL}/reports/${reportId}/export.md`);
    expect(markdown.status()).toBe(200);
    const text = await markdown.text();
    expect(text).toContain(title);
    expect(text).not.toContain(closed.title);
    const docx = await memberContext.request.get(`${baseURL}/reports/${reportId}/export.docx`);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    await expect(member.getByRole('link', { name: 'Markdown' })).toHaveAttribute(
      'href',
      `/reports/${reportId}/export.md`,
    );
    await expect(member.getByRole('link', { name: 'Word (DOCX)' })).toHaveAttribute(
      'href',
      `/reports/${reportId}/export.docx`,
    );

    // On paper: the text and its notes, no comments and no header.
    await member.emulateMedia({ media: 'print' });
    await expect(member.getByRole('region', { name: 'Comments on section 1' })).toBeHidden();
    await expect(member.getByRole('banner')).toBeHidden();
    await expect(notes.nth(0)).toBeVisible();
    await member.screenshot({ path: join(SCREENSHOT_DIR, 'report-print.png'), fullPage: true });
    await member.emulateMedia({ media: 'screen' });

    // The published report is a document of the knowledge base.
    await member
      .getByRole('region', { name: 'About this report' })
      .getByRole('link', { name: title })
      .click();
    await settled(member);
    await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // The first note's link opens the live source.
    await member.goBack();
    await settled(member);
    await notes.nth(0).getByRole('link').click();
    await settled(member);
    await expect(member.getByRole('heading', { level: 1, name: open.title })).toBeVisible();
  });
});
