import type { BrowserContext } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// Finding documents (issue 19): a member searches for two words and sees highlighted hits and
// their count, the library's filters narrow them, suggestions appear while typing, and the
// library, the results, a document and its version diff pass axe. The documents are posted
// through Elena Colombo's API session (setup); everything proven is done in the browser.

const MEMBER = 'Elena Colombo'; // WG1 and WG3

test.use({ actionTimeout: 20_000 });

/** A word no other journey writes: letters only, so the search's stemming leaves it alone. */
function uniqueWord(prefix: string): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = prefix;
  for (let i = 0; i < 8; i += 1) word += letters[Math.floor(Math.random() * letters.length)];
  return word;
}

type Posted = { id: string; title: string };

async function post(
  context: BrowserContext,
  baseURL: string,
  input: Record<string, unknown>,
): Promise<Posted> {
  const { postDocument } = await gql<{ postDocument: Posted }>(
    context,
    baseURL,
    `mutation($input: DocumentInput!) { postDocument(input: $input) { id title } }`,
    { input },
  );
  return postDocument;
}

test('a member searches for two words, narrows the hits with filters and compares two versions', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signIn(page, MEMBER);
  const context = page.context();
  const { wg1, wg3 } = await gql<{ wg1: { id: string }; wg3: { id: string } }>(
    context,
    baseURL!,
    `{ wg1: workingGroup(code: "WG1") { id } wg3: workingGroup(code: "WG3") { id } }`,
  );
  const first = uniqueWord('tap');
  const second = uniqueWord('arc');
  const tag = uniqueWord('tag');
  const report = await post(context, baseURL!, {
    title: `Tape ${first} archive ${second} report`,
    kind: 'REPORT',
    summary: `How WG1 keeps ${first} data on tape.`,
    body: `# Findings\n\nThe ${first} store and the ${second} catalogue agree.`,
    workingGroupIds: [wg1.id],
    tags: [tag],
  });
  const slides = await post(context, baseURL!, {
    title: `Slides on ${second}`,
    kind: 'SLIDES',
    body: `The ${second} talk mentions ${first} twice: ${first}.`,
    workingGroupIds: [wg3.id],
    tags: [tag],
  });
  const onlyOne = await post(context, baseURL!, {
    title: `A note on ${first} alone`,
    kind: 'NOTE',
    body: `Only one of the words: ${first}.`,
    workingGroupIds: [wg1.id],
    tags: [tag],
  });

  // Suggestions while typing in the header's box; Enter then opens the full results.
  // The header has its box from 1408 px (an icon link to /search on narrower screens).
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await settled(page);
  const headerBox = page.getByRole('banner').getByRole('combobox', { name: 'Search documents' });
  await headerBox.fill(`${first} ${second}`);
  const suggestions = page.getByRole('listbox', { name: 'Suggested documents' });
  await expect(suggestions.getByRole('option', { name: new RegExp(report.title) })).toBeVisible();
  await expect(suggestions.getByRole('option', { name: new RegExp(slides.title) })).toBeVisible();
  await expect(suggestions.getByRole('option', { name: new RegExp(onlyOne.title) })).toHaveCount(0);
  await headerBox.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await settled(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('status')).toHaveText('2 documents match.');
  await expect(results.getByRole('link', { name: report.title })).toBeVisible();
  await expect(results.getByRole('link', { name: slides.title })).toBeVisible();
  await expect(results.getByRole('link', { name: onlyOne.title })).toHaveCount(0);
  // The headlines mark the matched words, as <mark> elements and nothing else.
  const marks = results.locator('mark');
  await expect(marks.filter({ hasText: new RegExp(`^${first}$`, 'i') }).first()).toBeVisible();
  await expect(marks.filter({ hasText: new RegExp(`^${second}$`, 'i') }).first()).toBeVisible();
  await expectAccessible(page, 'search results');
  await screenshots(page, 'documents-search-results');

  // A kind narrows them: only the report is left, and the URL says so (it can be shared).
  await page.getByRole('combobox', { name: 'Kinds' }).click();
  await page.getByRole('option', { name: 'Report', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/kinds=REPORT/);
  await expect(results.getByRole('status')).toHaveText('1 document matches.');
  await expect(results.getByRole('link', { name: report.title })).toBeVisible();
  await expect(results.getByRole('link', { name: slides.title })).toHaveCount(0);

  // Back undoes the filter; a working group narrows them the other way.
  await page.goBack();
  await expect(results.getByRole('status')).toHaveText('2 documents match.');
  await page.getByRole('combobox', { name: 'Working groups' }).click();
  await page.getByRole('option', { name: /^WG3 / }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/groups=WG3/);
  await expect(results.getByRole('status')).toHaveText('1 document matches.');
  await expect(results.getByRole('link', { name: slides.title })).toBeVisible();
  await expect(results.getByRole('link', { name: report.title })).toHaveCount(0);

  // The library, filtered by the tag the three share (from a link in a row), newest first.
  await page.goto(`/documents?tags=${tag}`);
  await settled(page);
  const list = page.getByRole('region', { name: 'Documents found' });
  await expect(list.getByRole('status')).toHaveText(/^3 documents/);
  const titles = await list.getByRole('listitem').getByRole('link', { name: /.+/ }).first().textContent();
  expect(titles).toBe(onlyOne.title);
  await page.getByRole('combobox', { name: 'Kinds' }).click();
  await page.getByRole('option', { name: 'Slides', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`tags=${tag}&kinds=SLIDES|kinds=SLIDES`));
  await expect(list.getByRole('status')).toHaveText(/^1 document/);
  await expect(list.getByRole('link', { name: slides.title })).toBeVisible();

  // The library's own box suggests too.
  const libraryBox = page.getByRole('main').getByRole('combobox', { name: 'Search the library' });
  await libraryBox.fill(second);
  await expect(
    page
      .getByRole('listbox', { name: 'Suggested documents' })
      .getByRole('option', { name: new RegExp(slides.title) }),
  ).toBeVisible();
  await libraryBox.press('Escape');
  await expectAccessible(page, 'the library');
  await screenshots(page, 'documents-library');

  // A second version, then the word-level changes between the two under their own URL.
  await gql(
    context,
    baseURL!,
    `mutation($id: ID!, $input: DocumentInput!) { updateDocument(id: $id, expectedVersion: 1, input: $input) { version } }`,
    {
      id: report.id,
      input: {
        title: `Tape ${first} archive ${second} final report`,
        kind: 'REPORT',
        summary: `How WG1 keeps ${first} data on disk.`,
        body: `# Findings\n\nThe ${first} store and the ${second} catalogue agree, mostly.`,
        workingGroupIds: [wg1.id],
        tags: [tag],
      },
    },
  );
  await page.goto(`/documents/${report.id}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Tape ${first} archive ${second} final report`,
  );
  // Its author may edit and delete it.
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveAttribute(
    'href',
    `/documents/${report.id}/edit`,
  );
  await expect(page.getByRole('button', { name: /^Delete/ })).toBeVisible();
  await expectAccessible(page, 'a document page');
  await screenshots(page, 'documents-page');
  await page.getByRole('button', { name: 'Compare version 2 with version 1' }).click();
  await expect(page).toHaveURL(/compare=1\.\.2/);
  const changes = page.getByRole('heading', { name: 'Changes from version 1 to version 2' });
  await expect(changes).toBeVisible();
  const title = page.getByRole('region', { name: 'Changes to the title' });
  await expect(title.locator('ins').filter({ hasText: 'final' })).toHaveCount(1);
  const summary = page.getByRole('region', { name: 'Changes to the summary' });
  await expect(summary.locator('del').filter({ hasText: 'tape' })).toHaveCount(1);
  await expect(summary.locator('ins').filter({ hasText: 'disk' })).toHaveCount(1);
  await expect(summary).toContainText('[added: disk');
  const body = page.getByRole('region', { name: 'Changes to the body' });
  await expect(body.locator('ins').filter({ hasText: 'mostly' })).toHaveCount(1);
  // The URL alone shows the same comparison (a shared link).
  await page.reload();
  await settled(page);
  await expect(page.getByRole('heading', { name: 'Changes from version 1 to version 2' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Changes to the title' }).locator('ins').filter({ hasText: 'final' }),
  ).toHaveCount(1);
  await expectAccessible(page, 'the version diff');
  await screenshots(page, 'documents-version-diff');
});
