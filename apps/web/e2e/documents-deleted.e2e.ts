import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// The office deletes a document and restores it (issue 19). A WG1 member posts it and edits it
// once through the API (setup); the office deletes it from the document page and restores it
// from /documents/deleted; the document comes back with both versions, for its members too.

const OFFICE = 'SPECTRUM Project Office';
const MEMBER = 'Elena Colombo'; // WG1 and WG3

test('the office deletes a document and restores it with its versions', async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `Restorable notes ${Date.now().toString(36)}`;
  const member = await browser.newContext({ baseURL });
  await signIn(await member.newPage(), MEMBER);
  const { workingGroup } = await gql<{ workingGroup: { id: string } }>(
    member,
    baseURL!,
    `{ workingGroup(code: "WG1") { id } }`,
  );
  const input = {
    title,
    kind: 'NOTE',
    summary: 'Notes kept for the journey.',
    body: 'First draft of the notes.',
    visibility: 'WORKING_GROUP',
    workingGroupIds: [workingGroup.id],
    tags: ['journey'],
  };
  const { postDocument } = await gql<{ postDocument: { id: string } }>(
    member,
    baseURL!,
    `mutation($input: DocumentInput!) { postDocument(input: $input) { id } }`,
    { input },
  );
  const id = postDocument.id;
  await gql(
    member,
    baseURL!,
    `mutation($id: ID!, $input: DocumentInput!) { updateDocument(id: $id, input: $input, expectedVersion: 1) { version } }`,
    { id, input: { ...input, body: 'Second draft of the notes.' } },
  );

  // The office deletes it from the document page, after confirming; the library opens.
  await signIn(page, OFFICE);
  await page.goto(`/documents/${id}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirmDelete = page.getByRole('dialog', { name: 'Delete this document?' });
  await confirmDelete.getByRole('button', { name: 'Delete the document' }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(page).toHaveURL(/\/documents$/);
  await page.goto(`/documents/${id}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();

  // Its member no longer finds it either.
  const gone = await gql<{ document: { id: string } | null }>(
    member,
    baseURL!,
    `query($id: ID!) { document(id: $id) { id } }`,
    { id },
  );
  expect(gone.document).toBeNull();

  // The deleted documents page lists it, with what it is and who wrote it.
  await page.goto('/documents/deleted');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted documents' })).toBeVisible();
  const entry = page.getByRole('article', { name: title });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Note');
  await expect(entry).toContainText('WG1');
  await expect(entry).toContainText(`By ${MEMBER}`);
  await expect(entry).toContainText('Deleted');
  await expectAccessible(page, '/documents/deleted (office)');
  await screenshots(page, 'documents-deleted');

  // Restore, confirmed in a dialog; a notification links to the document.
  await entry.getByRole('button', { name: 'Restore' }).click();
  const confirmRestore = page.getByRole('dialog', { name: 'Restore this document?' });
  await expect(confirmRestore).toContainText(title);
  await expectAccessible(page, 'restore dialog');
  await confirmRestore.getByRole('button', { name: 'Restore the document' }).click();
  await expect(confirmRestore).toBeHidden();
  const notice = page.getByRole('alert').filter({ hasText: 'Document restored' });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('article', { name: title })).toHaveCount(0);
  await notice.getByRole('link', { name: 'Open the document' }).click();

  // The document page shows it again, with both of its versions.
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}$`));
  const versions = page.getByRole('table', { name: 'Versions of this document, newest first' });
  await expect(versions.getByRole('row')).toHaveCount(3); // the header and versions 2 and 1
  await expect(versions.getByRole('row').nth(1)).toContainText('2');
  await expect(versions.getByRole('row').nth(2)).toContainText('1');

  // Its member sees it again, at its version.
  const back = await gql<{ document: { version: number; versions: { version: number }[] } | null }>(
    member,
    baseURL!,
    `query($id: ID!) { document(id: $id) { version versions { version } } }`,
    { id },
  );
  expect(back.document).toEqual({ version: 2, versions: [{ version: 2 }, { version: 1 }] });

  // A member gets "Not allowed" on the office's page.
  const memberPage = await member.newPage();
  await memberPage.goto('/documents/deleted');
  await settled(memberPage);
  await expect(memberPage.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await member.close();
});
