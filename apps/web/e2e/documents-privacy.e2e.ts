import { createHash, randomBytes } from 'node:crypto';
import { expect, gql, settled, signIn, test } from './support/fixtures';

// A working group's document stays in its group (issue 19): Anna Schmidt (WG4) posts a
// WORKING_GROUP document of WG4 with a file; Felix Wagner (WG3 only) finds nothing of it in
// search, in the library, by its URL (the not-found page) or through the file's URL (404).
// Anna's own view proves the same steps do find it, so the test cannot pass by finding nothing.

const AUTHOR = 'Anna Schmidt'; // WG4
const OUTSIDER = 'Felix Wagner'; // WG3

test.use({ actionTimeout: 20_000 });

function uniqueWord(prefix: string): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = prefix;
  for (let i = 0; i < 8; i += 1) word += letters[Math.floor(Math.random() * letters.length)];
  return word;
}

test('a WG4 document and its file are invisible to a member of WG3', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const word = uniqueWord('priv');
  const title = `WG4 storage plan ${word}`;
  const bytes = randomBytes(4096);

  // Anna posts it and uploads its file through her session (the API's multipart route).
  const author = await browser.newContext({ baseURL });
  const authorPage = await author.newPage();
  await signIn(authorPage, AUTHOR);
  const { workingGroup } = await gql<{ workingGroup: { id: string } }>(
    author,
    baseURL!,
    `{ workingGroup(code: "WG4") { id } }`,
  );
  const { postDocument } = await gql<{ postDocument: { id: string } }>(
    author,
    baseURL!,
    `mutation($input: DocumentInput!) { postDocument(input: $input) { id } }`,
    {
      input: {
        title,
        kind: 'REPORT',
        visibility: 'WORKING_GROUP',
        workingGroupIds: [workingGroup.id],
        body: `Only for WG4: ${word}.`,
        tags: [word],
      },
    },
  );
  const id = postDocument.id;
  const upload = await author.request.post(`${baseURL}/documents/${id}/attachments`, {
    multipart: { file: { name: `${word}.bin`, mimeType: 'application/octet-stream', buffer: bytes } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const attachment = (await upload.json()) as { id: string; downloadUrl: string; sha256: string };
  expect(attachment.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  const fileUrl = new URL(attachment.downloadUrl, baseURL).pathname;

  // Anna finds it everywhere, and downloads the bytes she uploaded.
  await authorPage.goto(`/search?q=${word}`);
  await settled(authorPage);
  await expect(
    authorPage.getByRole('region', { name: 'Results' }).getByRole('link', { name: title }),
  ).toBeVisible();
  await authorPage.goto(`/documents?tags=${word}`);
  await settled(authorPage);
  await expect(
    authorPage.getByRole('region', { name: 'Documents found' }).getByRole('link', { name: title }),
  ).toBeVisible();
  await authorPage.goto(`/documents/${id}`);
  await settled(authorPage);
  await expect(authorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(authorPage.getByRole('link', { name: `${word}.bin` })).toBeVisible();
  const own = await author.request.get(`${baseURL}${fileUrl}`);
  expect(own.status()).toBe(200);
  expect(
    createHash('sha256')
      .update(await own.body())
      .digest('hex'),
  ).toBe(attachment.sha256);
  await author.close();

  // Felix, in WG3 only, finds nothing of it.
  const outsider = await browser.newContext({ baseURL });
  const page = await outsider.newPage();
  await signIn(page, OUTSIDER);

  await page.goto(`/search?q=${word}`);
  await settled(page);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('status')).toHaveText('No document matches.');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  // The header's suggestions have nothing either.
  await page.setViewportSize({ width: 1440, height: 900 });
  const headerBox = page.getByRole('banner').getByRole('combobox', { name: 'Search documents' });
  await headerBox.fill(word);
  const suggestions = page.getByRole('listbox', { name: 'Suggested documents' });
  await expect(suggestions.getByText('No document matches.')).toBeVisible();
  await expect(suggestions.getByRole('option')).toHaveCount(0);
  await headerBox.press('Escape');

  await page.goto(`/documents?tags=${word}`);
  await settled(page);
  await expect(page.getByRole('region', { name: 'Documents found' })).toContainText(
    'No document matches these filters.',
  );
  await page.goto('/documents');
  await settled(page);
  await expect(page.getByRole('region', { name: 'Documents found' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  await page.goto(`/documents/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(page.getByText(word)).toHaveCount(0);

  const download = await outsider.request.get(`${baseURL}${fileUrl}`);
  expect(download.status()).toBe(404);
  expect((await download.body()).includes(bytes.subarray(0, 64))).toBe(false);
  await outsider.close();
});
