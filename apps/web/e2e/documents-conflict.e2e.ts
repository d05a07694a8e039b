import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// Two people edit one document at once (issue 19): the second save meets the conflict screen
// with both versions, merges by hand with the other version beside, and nothing either typed is
// lost. A reload with unsaved changes offers the local draft back.

const AUTHOR = 'Giulia Moretti'; // WG1 and WG3
const CHAIR = 'Stefano Bagnasco'; // chairs WG1: may edit the group's documents

type Doc = { id: string; version: number; body: string; title: string };

async function editorFor(browser: Browser, baseURL: string, person: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, person);
  return page;
}

async function readDocument(page: Page, baseURL: string, id: string): Promise<Doc> {
  const { document } = await gql<{ document: Doc }>(
    page.context(),
    baseURL,
    'query($id: ID!) { document(id: $id) { id version body title } }',
    { id },
  );
  return document;
}

/** Posts a COMMUNITY note of WG1 as the author (setup); its id. */
async function postWg1Note(page: Page, baseURL: string, title: string, body: string): Promise<string> {
  const { workingGroup } = await gql<{ workingGroup: { id: string } }>(
    page.context(),
    baseURL,
    '{ workingGroup(code: "WG1") { id } }',
  );
  const { postDocument } = await gql<{ postDocument: { id: string } }>(
    page.context(),
    baseURL,
    'mutation($input: DocumentInput!) { postDocument(input: $input) { id } }',
    { input: { title, kind: 'NOTE', body, visibility: 'COMMUNITY', workingGroupIds: [workingGroup.id] } },
  );
  return postDocument.id;
}

async function openEditor(page: Page, id: string): Promise<void> {
  await page.goto(`/documents/${id}/edit`);
  await settled(page);
  await expect(page.getByRole('textbox', { name: 'Text' })).toBeVisible();
}

test('the second of two editors sees both versions, merges them by hand, and nothing is lost', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const original = `Shared agenda ${run}.`;
  const first = await editorFor(browser, baseURL!, AUTHOR);
  const second = await editorFor(browser, baseURL!, CHAIR);
  const id = await postWg1Note(first, baseURL!, `Shared note ${run}`, original);

  await openEditor(first, id);
  await openEditor(second, id);
  const firstText = `${original}\n\nAlpha: the author's paragraph ${run}.`;
  const secondText = `${original}\n\nBeta: the chair's paragraph ${run}.`;
  await first.getByRole('textbox', { name: 'Text' }).fill(firstText);
  await second.getByRole('textbox', { name: 'Text' }).fill(secondText);
  await second.getByLabel('Title').fill(`Shared note ${run} (chair)`);

  await first.getByRole('button', { name: 'Save changes' }).click();
  await first.waitForURL(new RegExp(`/documents/${id}$`));
  expect((await readDocument(first, baseURL!, id)).version).toBe(2);

  // The second save is refused: both versions side by side, with who saved theirs.
  await second.getByRole('button', { name: 'Save changes' }).click();
  const screen = second.getByRole('region', { name: 'Conflicting changes' });
  await expect(screen).toBeVisible();
  await expect(screen).toContainText(`${AUTHOR} saved version 2`);
  const theirs = screen.getByRole('region', { name: 'Their version (version 2)' });
  const mine = screen.getByRole('region', { name: 'Your version (not saved)' });
  await expect(theirs).toContainText(`Alpha: the author's paragraph ${run}.`);
  await expect(theirs).not.toContainText('Beta');
  await expect(mine).toContainText(`Beta: the chair's paragraph ${run}.`);
  await expect(mine).toContainText(`Shared note ${run} (chair)`);
  await expectAccessible(second, 'the conflict screen');
  await screenshots(second, 'document-conflict');
  expect((await readDocument(second, baseURL!, id)).version).toBe(2);

  // Edit theirs with mine beside it: the form holds their text, mine stays on screen.
  await second.getByRole('button', { name: 'Edit their version with mine beside it' }).click();
  const text = second.getByRole('textbox', { name: 'Text' });
  await expect(text).toHaveValue(firstText);
  const kept = second.getByRole('region', { name: 'Your version (not saved)' });
  await expect(kept).toContainText(`Beta: the chair's paragraph ${run}.`);
  await expectAccessible(second, 'the editor with the other version beside it');
  await screenshots(second, 'document-conflict-merge');
  // Merged by hand: their text, then the chair's paragraph.
  await text.fill(`${firstText}\n\nBeta: the chair's paragraph ${run}.`);
  await second.getByRole('button', { name: 'Save changes' }).click();
  await second.waitForURL(new RegExp(`/documents/${id}$`));

  const merged = await readDocument(first, baseURL!, id);
  expect(merged.version).toBe(3);
  expect(merged.body).toContain(`Alpha: the author's paragraph ${run}.`);
  expect(merged.body).toContain(`Beta: the chair's paragraph ${run}.`);
  // The title was left as theirs (the form took their version).
  expect(merged.title).toBe(`Shared note ${run}`);
  await first.context().close();
  await second.context().close();
});

test('overwriting after seeing the other version saves mine on top, theirs stays in the history', async ({
  browser,
  baseURL,
}) => {
  const run = Date.now().toString(36);
  const first = await editorFor(browser, baseURL!, AUTHOR);
  const second = await editorFor(browser, baseURL!, AUTHOR);
  const id = await postWg1Note(first, baseURL!, `Twice open ${run}`, 'Start.');
  await openEditor(first, id);
  await openEditor(second, id);
  await first.getByRole('textbox', { name: 'Text' }).fill(`First tab ${run}`);
  await second.getByRole('textbox', { name: 'Text' }).fill(`Second tab ${run}`);
  await first.getByRole('button', { name: 'Save changes' }).click();
  await first.waitForURL(new RegExp(`/documents/${id}$`));
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('region', { name: 'Their version (version 2)' })).toContainText(
    `First tab ${run}`,
  );
  await second.getByRole('button', { name: 'Overwrite with my version' }).click();
  await second.waitForURL(new RegExp(`/documents/${id}$`));
  const { document } = await gql<{
    document: { version: number; body: string; versions: { body: string }[] };
  }>(first.context(), baseURL!, 'query($id: ID!) { document(id: $id) { version body versions { body } } }', {
    id,
  });
  expect(document.version).toBe(3);
  expect(document.body).toBe(`Second tab ${run}`);
  expect(document.versions.map((v) => v.body)).toContain(`First tab ${run}`);
  await first.context().close();
  await second.context().close();
});

test('a reload with unsaved changes offers the draft back; saving clears it', async ({ page, baseURL }) => {
  const run = Date.now().toString(36);
  await signIn(page, AUTHOR);
  const id = await postWg1Note(page, baseURL!, `Draft note ${run}`, 'Saved text.');
  await openEditor(page, id);
  await page.getByLabel('Title').fill(`Draft note ${run} (unsaved)`);
  await page.getByRole('textbox', { name: 'Text' }).fill(`Typed but not saved ${run}.`);
  // The reload asks first (beforeunload); leaving anyway.
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await settled(page);
  const offer = page.getByRole('region', { name: 'Unsaved draft' });
  await expect(offer).toContainText('You have an unsaved draft from');
  await expect(offer).toContainText(`Draft note ${run} (unsaved)`);
  await expect(page.getByLabel('Title')).toHaveValue(`Draft note ${run}`);
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByLabel('Title')).toHaveValue(`Draft note ${run} (unsaved)`);
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue(`Typed but not saved ${run}.`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(new RegExp(`/documents/${id}$`));
  expect((await readDocument(page, baseURL!, id)).body).toBe(`Typed but not saved ${run}.`);
  // Saved: no draft is offered any more.
  await openEditor(page, id);
  await expect(page.getByLabel('Title')).toHaveValue(`Draft note ${run} (unsaved)`);
  await expect(page.getByRole('region', { name: 'Unsaved draft' })).toHaveCount(0);
  // Discarding a draft removes it.
  await page.getByLabel('Title').fill(`Discard me ${run}`);
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await settled(page);
  await page.getByRole('region', { name: 'Unsaved draft' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByLabel('Title')).toHaveValue(`Draft note ${run} (unsaved)`);
  await page.reload();
  await settled(page);
  await expect(page.getByLabel('Title')).toHaveValue(`Draft note ${run} (unsaved)`);
  await expect(page.getByRole('region', { name: 'Unsaved draft' })).toHaveCount(0);
});
