import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// Writing news and editing the FAQ (issue 19): a chair's news for their group with the toolbar
// and the server's preview, pinned and unpinned from the item page and the list; what a member
// of the group may not do; the office's community-wide news, deleted; the office's FAQ editor.
// Each test makes its own data with unique titles; the FAQ is put back as it was.

const CHAIR = 'Concezio Bozzi'; // chairs WG3
const MEMBER = 'Felix Wagner'; // WG3
const OFFICE = 'SPECTRUM Project Office';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Waits until the notifications have closed (axe and screenshots look at the page, not at them). */
async function notificationsClosed(page: Page): Promise<void> {
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 });
}

/** The news list's entry of a title. */
const entry = (page: Page, title: string) => page.getByRole('main').getByRole('article', { name: title });

test('a chair writes pinned news for their group; a member of the group may not change it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const title = `WG3 call for papers ${stamp()}`;
  await signIn(page, CHAIR);
  await page.goto('/working-groups/WG3');
  await settled(page);
  await page.getByRole('link', { name: 'Write news' }).click();
  await settled(page);
  await expect(page).toHaveURL(/\/news\/new\?group=WG3$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Write news' })).toBeVisible();
  // A chair writes for the groups they chair; the community-wide choice is the office's.
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue(/^WG3: /);
  await page.getByRole('combobox', { name: 'From' }).click();
  await expect(page.getByRole('option', { name: /Community-wide/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Publishing an empty form says what is missing beside the fields.
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Enter a title.')).toBeVisible();
  await expect(page.getByText('Write the news first.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  const text = page.getByRole('textbox', { name: 'Text', exact: true });
  await text.fill('Call for papers');
  await text.press('ControlOrMeta+a');
  await page.getByRole('button', { name: 'Heading' }).click();
  await expect(text).toHaveValue('## Call for papers');
  await text.press('End');
  await text.pressSequentially('\n\nSend yours by ');
  // Ctrl+B puts a selected placeholder in bold: typing replaces it.
  await text.press('ControlOrMeta+b');
  await text.pressSequentially('1 March');
  await text.press('End');
  await text.pressSequentially(' to the chairs.');
  await expect(text).toHaveValue('## Call for papers\n\nSend yours by **1 March** to the chairs.');

  // The preview is the server's rendering.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Call for papers' })).toBeVisible();
  await expect(preview.getByText('1 March', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
  await page.getByRole('switch', { name: 'Pin to the top' }).check();
  await expectAccessible(page, 'the news form');
  await screenshots(page, 'news-form');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/news\/[0-9a-f-]{36}$/);
  const itemUrl = new URL(page.url()).pathname;
  const article = page.getByRole('article', { name: title });
  await expect(article.getByRole('heading', { name: 'Call for papers' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Pinned', { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /^WG3 / })).toBeVisible();

  // Unpin and pin again from the item's page (the notification of publishing gone first: it
  // lies over the page's buttons); the change is said in a status message.
  await notificationsClosed(page);
  await page.getByRole('button', { name: 'Unpin' }).click();
  await expect(page.getByRole('button', { name: 'Pin', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText('Pinned', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unpin' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Pinned: ' })).toHaveText(
    `Pinned: “${title}” stays at the top of the news.`,
  );
  await expectAccessible(page, 'a news item, for its chair');
  await screenshots(page, 'news-item-chair');

  // Pinned: first on /news; unpinned from the list, it loses its mark.
  await page.goto('/news');
  await settled(page);
  await expect(page.getByRole('main').getByRole('article').first()).toHaveAccessibleName(title);
  await expect(entry(page, title).getByText('Pinned', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Unpin “${title}”` }).click();
  await expect(page.getByRole('button', { name: `Pin “${title}”` })).toBeVisible();
  await expect(entry(page, title).getByText('Pinned', { exact: true })).toHaveCount(0);
  await screenshots(page, 'news-list-chair');

  // The chair edits it.
  await page.getByRole('link', { name: `Edit “${title}”` }).click();
  await settled(page);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  await page.getByRole('textbox', { name: 'Title' }).fill(`${title} (updated)`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} (updated)` })).toBeVisible();

  await expectMemberCannotManage(browser, baseURL!, itemUrl, `${title} (updated)`);
});

async function expectMemberCannotManage(browser: Browser, baseURL: string, itemUrl: string, title: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, MEMBER);
  await page.goto(itemUrl);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Pin|Unpin|Delete)$/ })).toHaveCount(0);
  await page.goto('/news');
  await settled(page);
  await expect(entry(page, title)).toBeVisible();
  await expect(page.getByRole('link', { name: `Edit “${title}”` })).toHaveCount(0);
  // A member who chairs nothing is offered no news to write, and the form says so.
  await expect(page.getByRole('link', { name: 'Write news' })).toHaveCount(0);
  await page.goto(`${itemUrl}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await page.goto('/news/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await context.close();
}

test('the office writes community-wide news and deletes it', async ({ page }) => {
  const title = `Community news ${stamp()}`;
  await signIn(page, OFFICE);
  await page.goto('/news');
  await settled(page);
  await page.getByRole('link', { name: 'Write news' }).click();
  await settled(page);
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('Community-wide (no working group)');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page
    .getByRole('textbox', { name: 'Text', exact: true })
    .fill('The **annual meeting** is in Bologna.');
  await expect(page.getByRole('region', { name: 'Preview' }).getByText('annual meeting')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const itemUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('main')).toContainText('· Community');

  // Deleting asks first; keeping it changes nothing.
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this news item?' });
  await expect(dialog).toContainText(title);
  await expectAccessible(page, 'the delete confirmation');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page).toHaveURL(/\/news$/);
  await settled(page);
  await expect(entry(page, title)).toHaveCount(0);
  await page.goto(itemUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
});

type Faq = { question: string; answer: string }[];

test('the office edits the FAQ: adds, reorders with the keyboard, removes and saves', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const added = `How do I propose a topic? ${stamp()}`;
  const doomed = `A question to remove ${stamp()}`;
  await signIn(page, OFFICE);
  const { faq: original } = await gql<{ faq: Faq }>(page.context(), baseURL!, '{ faq { question answer } }');
  const restore = () =>
    gql(page.context(), baseURL!, 'mutation($e: [FaqEntryInput!]!) { setFaq(entries: $e) { id } }', {
      e: original.map(({ question, answer }) => ({ question, answer })),
    });
  // Setup (not what is proven): one extra question at the end, for the editor to remove.
  await gql(page.context(), baseURL!, 'mutation($e: [FaqEntryInput!]!) { setFaq(entries: $e) { id } }', {
    e: [...original, { question: doomed, answer: 'Soon gone.' }],
  });
  try {
    await page.goto('/faq');
    await settled(page);
    await page.getByRole('link', { name: 'Edit the FAQ' }).click();
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Edit the FAQ' })).toBeVisible();
    await expect(page.getByRole('group', { name: /^Question \d+$/ })).toHaveCount(original.length + 1);

    // A new question, blank at first: saving says what is missing beside its fields.
    await page.getByRole('button', { name: 'Add a question' }).click();
    const last = page.getByRole('group', { name: `Question ${original.length + 2}`, exact: true });
    await expect(last.getByRole('textbox', { name: 'Question' })).toBeFocused();
    await page.getByRole('button', { name: 'Save the FAQ' }).click();
    await expect(last.getByText('Write the question.')).toBeVisible();
    await expect(last.getByText('Write the answer.')).toBeVisible();
    await last.getByRole('textbox', { name: 'Question' }).fill(added);
    await last
      .getByRole('textbox', { name: 'Answer' })
      .fill('Write to the chairs of the group, or use the **form**.');
    await last.getByRole('tab', { name: 'Preview' }).click();
    await expect(last.getByText('form', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
    await expectAccessible(page, 'the FAQ editor');
    await screenshots(page, 'faq-editor');

    // Up twice with the keyboard: the focus stays on the moved question's button.
    const up = page.getByRole('button', { name: `Move “${added}” up` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(up).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'moved to position' })).toHaveText(
      `“${added}” moved to position ${original.length + 1} of ${original.length + 2}.`,
    );
    await page.keyboard.press('Enter');
    await expect(up).toBeFocused();
    await expect(
      page
        .getByRole('group', { name: `Question ${original.length}`, exact: true })
        .getByRole('textbox', { name: 'Question' }),
    ).toHaveValue(added);

    await page.getByRole('button', { name: `Remove “${doomed}”` }).click();
    await expect(page.getByRole('button', { name: 'Add a question' })).toBeFocused();

    // Leaving with unsaved changes asks first; staying keeps them.
    await page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: 'News' })
      .click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(leave).toContainText('Your changes to the FAQ have not been saved.');
    await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
    await expect(leave).toHaveCount(0);
    await expect(page).toHaveURL(/\/faq\/edit$/);
    await expect(page.getByRole('button', { name: `Remove “${doomed}”` })).toHaveCount(0);
    await page.getByRole('button', { name: 'Save the FAQ' }).click();

    // /faq shows the new order: the added question before the last of the original ones.
    await expect(page).toHaveURL(/\/faq$/);
    await settled(page);
    const expected = [
      ...original.slice(0, -1).map((e) => e.question),
      added,
      ...original.slice(-1).map((e) => e.question),
    ];
    await expect(page.getByRole('main').getByRole('button')).toHaveText(expected);
    await page.getByRole('button', { name: added }).click();
    await expect(page.getByRole('region', { name: added }).getByText('form', { exact: true })).toBeVisible();
  } finally {
    await restore();
  }

  // Nobody else may edit the FAQ: no link, and the not-allowed page.
  const context = await browser.newContext({ baseURL });
  const chair = await context.newPage();
  await signIn(chair, CHAIR);
  await chair.goto('/faq');
  await settled(chair);
  await expect(chair.getByRole('link', { name: 'Edit the FAQ' })).toHaveCount(0);
  await chair.goto('/faq/edit');
  await expect(chair.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await context.close();
});
