import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// Writing a document in the browser (issue 19): a member of WG1 posts a WORKING_GROUP document
// through the form (toolbar, server preview, kind, groups, tags) with two files chosen before
// posting; the downloaded files have the uploaded bytes; a file is added and one removed on the
// edit page; a file over the limit is refused before anything is sent.

const MEMBER = 'Giulia Moretti'; // WG1 and WG3

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Chooses files through the page's own "Choose files…" button (the browser's file chooser). */
async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose files…' }).click(),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(paths);
}

/** Downloads a file through its link on the page; the downloaded bytes. */
async function download(page: Page, filename: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: filename, exact: true }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(filename);
  return readFileSync(await file.path());
}

test('a member posts a working-group document with files, downloads them intact and removes one', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const title = `Storage plan ${run}`;
  const dir = mkdtempSync(join(tmpdir(), 'documents-write-'));
  // Bytes that a text transformation would change: every byte value, and a UTF-8 name.
  const notes = join(dir, `notes-${run}.txt`);
  writeFileSync(notes, `Tape notes ${run}\r\nline two\n`);
  const data = join(dir, `données-${run}.bin`);
  writeFileSync(data, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
  const extra = join(dir, `extra-${run}.csv`);
  writeFileSync(extra, 'site,petabytes\nCNAF,60\n');

  await signIn(page, MEMBER);
  await page.goto('/documents/new?group=WG1');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Post a document' })).toBeVisible();

  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('How WG1 keeps its data on tape and disk.');
  await page.getByLabel('Kind').selectOption({ label: 'Report' });
  await page.getByLabel('External link').fill('https://example.org/storage-plan');

  // The toolbar: Bold puts a placeholder in, selected, which the next keys replace.
  const text = page.getByRole('textbox', { name: 'Text' });
  await text.fill('The plan for ');
  await text.press('End');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('tape storage');
  await text.press('End');
  await text.press('Enter');
  await text.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type(`Site ${run}`);
  await expect(text).toHaveValue(`The plan for **tape storage**\n\n- Site ${run}`);
  // The preview is the server's render.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('strong', { hasText: 'tape storage' })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: `Site ${run}` })).toBeVisible();

  // ?group=WG1 chose the group and made it a working-group document; who sees it, in words.
  await expect(page.getByRole('radio', { name: /Working group/ })).toBeChecked();
  await expect(page.getByText('Who will see it: Working group: members of WG1 only.')).toBeVisible();

  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.fill(`tape-${run}`);
  await tags.press('Enter');

  // A file over the limit is refused at once, in words, and never sent.
  const { documentLimits } = await gql<{ documentLimits: { attachmentMaxBytes: number } }>(
    page.context(),
    baseURL!,
    '{ documentLimits { attachmentMaxBytes } }',
  );
  const huge = join(dir, `huge-${run}.iso`);
  writeFileSync(huge, '');
  truncateSync(huge, documentLimits.attachmentMaxBytes + 1); // sparse: costs no disk
  await expect(page.getByText(/each at most 5\d(\.\d)? MB/)).toBeVisible();
  await chooseFiles(page, [huge]);
  await expect(page.getByRole('alert').filter({ hasText: `“huge-${run}.iso” is` })).toContainText(
    'more than the limit',
  );

  // Two files chosen before posting wait for the post.
  await chooseFiles(page, [notes, data]);
  await expect(page.getByText('2 files are attached when the document is posted.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: `huge-${run}` })).toHaveCount(0);

  await expectAccessible(page, 'the document editor');
  await screenshots(page, 'document-editor');

  await page.getByRole('button', { name: 'Post the document' }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;

  const { document } = await gql<{
    document: {
      title: string;
      kind: string;
      visibility: string;
      tags: string[];
      body: string;
      workingGroups: { code: string }[];
      attachments: { filename: string; sha256: string }[];
    };
  }>(
    page.context(),
    baseURL!,
    `query($id: ID!) { document(id: $id) { title kind visibility tags body workingGroups { code } attachments { filename sha256 } } }`,
    { id },
  );
  expect(document).toMatchObject({
    title,
    kind: 'REPORT',
    visibility: 'WORKING_GROUP',
    tags: [`tape-${run}`],
    workingGroups: [{ code: 'WG1' }],
  });
  expect(document.body).toContain('**tape storage**');
  expect(document.attachments.map((a) => a.filename).sort()).toEqual(
    [`notes-${run}.txt`, `données-${run}.bin`].sort(),
  );

  // The edit page: its files with their download links; the bytes are those uploaded.
  await page.goto(`/documents/${id}/edit`);
  await settled(page);
  for (const path of [notes, data]) {
    const name = path.split('/').pop()!;
    expect(sha256(await download(page, name))).toBe(sha256(readFileSync(path)));
  }

  // A file added here goes at once, with its progress, and joins the list.
  await chooseFiles(page, [extra]);
  await expect(page.getByRole('progressbar', { name: `Upload of extra-${run}.csv` })).toBeVisible();
  await expect(page.getByRole('link', { name: `extra-${run}.csv`, exact: true })).toBeVisible();
  expect(sha256(await download(page, `extra-${run}.csv`))).toBe(sha256(readFileSync(extra)));

  // Removing one asks first; the others stay.
  await page.getByRole('button', { name: `Remove notes-${run}.txt` }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this file?' });
  await expect(dialog).toContainText(`notes-${run}.txt`);
  await dialog.getByRole('button', { name: 'Remove the file' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: `notes-${run}.txt`, exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: `données-${run}.bin`, exact: true })).toBeVisible();
  const after = await gql<{ document: { attachments: { filename: string }[] } }>(
    page.context(),
    baseURL!,
    `query($id: ID!) { document(id: $id) { attachments { filename } } }`,
    { id },
  );
  expect(after.document.attachments.map((a) => a.filename).sort()).toEqual(
    [`données-${run}.bin`, `extra-${run}.csv`].sort(),
  );
});

test('the author deletes a document after confirming, and lands in the library', async ({
  page,
  baseURL,
}) => {
  const title = `Doomed note ${Date.now().toString(36)}`;
  await signIn(page, MEMBER);
  const { postDocument } = await gql<{ postDocument: { id: string } }>(
    page.context(),
    baseURL!,
    'mutation($input: DocumentInput!) { postDocument(input: $input) { id } }',
    { input: { title, kind: 'NOTE', body: 'To be deleted.' } },
  );
  await page.goto(`/documents/${postDocument.id}/edit`);
  await settled(page);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this document?' });
  await expect(dialog).toContainText(title);
  // Keeping it changes nothing.
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete the document' }).click();
  await page.waitForURL(/\/documents$/);
  await expect(page.getByText(`“${title}” was deleted.`)).toBeVisible();
  const { document } = await gql<{ document: unknown }>(
    page.context(),
    baseURL!,
    'query($id: ID!) { document(id: $id) { id } }',
    { id: postDocument.id },
  );
  expect(document).toBeNull();
});
