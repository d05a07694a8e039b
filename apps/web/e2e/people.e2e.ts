import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, settled, signIn, signInAsNewcomer, test } from './support/fixtures';

// People and expertise (issue 26): a new member says what they know on /settings/expertise with
// the keyboard alone (a new free tag they know, a working group topic they want to work on,
// visible to members); another member finds them in the directory by that tag and opens the
// profile showing both levels. A member who keeps the same tag PRIVATE is found by name only,
// never by the tag. The office renames the tag in the vocabulary. axe and screenshots at 1280
// and 375 px of the form, the directory, the profile and the vocabulary.

const SEEKER = 'Anna Schmidt';
const OFFICE = 'SPECTRUM Project Office';
const TOPIC = 'Edge Services';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function pickWithKeyboard(page: Page, adder: Locator, text: string, option: string): Promise<void> {
  await expect(adder).toBeFocused();
  await page.keyboard.type(text);
  const wanted = page.getByRole('option', { name: option, exact: true });
  await expect(wanted).toBeVisible();
  const wantedId = await wanted.getAttribute('id');
  // Down the list until the combobox names the wanted option as its active descendant (the one
  // Enter picks); the options arrive after the typing, so none may be active yet.
  for (let i = 0; i < 20; i++) {
    if ((await adder.getAttribute('aria-activedescendant')) === wantedId) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(adder).toHaveAttribute('aria-activedescendant', wantedId!);
  await page.keyboard.press('Enter');
}

test('a member sets their expertise and another finds them by it; a private one is not found', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const id = stamp();
  const tag = `Journey tag ${id}`;
  const expert = `Erika Expert ${id}`;
  const hidden = `Paul Private ${id}`;

  // The expert, a new member, on their settings with the keyboard alone.
  await signInAsNewcomer(page, expert, `erika-${id}@example.net`);
  await page.goto('/settings/expertise');
  await settled(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Expertise' })).toBeVisible();
  await expect(page.getByText('No entries yet')).toBeVisible();
  const adder = page.getByRole('combobox', { name: 'Add an expertise or interest' });
  await adder.focus();
  await pickWithKeyboard(page, adder, tag, `New tag “${tag}”`);
  const entries = page.getByRole('list', { name: 'Your entries' });
  const tagEntry = entries.getByRole('listitem', { name: tag });
  await expect(tagEntry).toContainText('New free tag, made when you save');
  await pickWithKeyboard(page, adder, TOPIC, TOPIC);
  const topicEntry = entries.getByRole('listitem', { name: TOPIC });
  await expect(topicEntry).toContainText('Working group topic');
  await expect(tagEntry.getByRole('radio', { name: 'Knows' })).toBeChecked();
  // Tab past the tag's level and Remove, to the topic's level: wants to work on.
  await page.keyboard.press('Tab');
  await expect(tagEntry.getByRole('radio', { name: 'Knows' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tagEntry.getByRole('button', { name: `Remove ${tag}` })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(topicEntry.getByRole('radio', { name: 'Knows' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(topicEntry.getByRole('radio', { name: 'Wants to work on' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // Private until one chooses: the arrow keys move the choice to members.
  await expect(page.getByRole('radio', { name: 'Private' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Private' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Members only' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Members only' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'edit your bio' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'see your profile' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save expertise' })).toBeFocused();
  await checkPage(page, 'people-settings-expertise');
  await page.getByRole('button', { name: 'Save expertise' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your expertise was saved.')).toBeVisible();
  await expect(tagEntry).toContainText('Free tag');
  await page.reload();
  await settled(page);
  await expect(entries.getByRole('listitem')).toHaveCount(2);
  await expect(tagEntry.getByRole('radio', { name: 'Knows' })).toBeChecked();
  await expect(topicEntry.getByRole('radio', { name: 'Wants to work on' })).toBeChecked();

  // Someone else with the same tag, kept private (by mouse: the keyboard was proven above).
  const hiddenContext = await browser.newContext({ baseURL });
  const other = await hiddenContext.newPage();
  await signInAsNewcomer(other, hidden, `paul-${id}@example.net`);
  await other.goto('/settings/expertise');
  await settled(other);
  await other.getByRole('combobox', { name: 'Add an expertise or interest' }).fill(tag);
  // The tag exists now: it is offered as a term, not as a new one.
  await other.getByRole('option', { name: tag, exact: true }).click();
  await expect(other.getByRole('listitem', { name: tag })).toContainText('Free tag');
  await expect(other.getByRole('radio', { name: 'Private' })).toBeChecked();
  await other.getByRole('button', { name: 'Save expertise' }).click();
  await expect(other.getByText('Your expertise was saved.')).toBeVisible();
  await hiddenContext.close();

  // Another member finds the expert by the tag; the private holder is not listed.
  const seekerContext = await browser.newContext({ baseURL });
  const seeker = await seekerContext.newPage();
  await signIn(seeker, SEEKER);
  await seeker.goto('/people');
  await settled(seeker);
  await seeker.getByRole('combobox', { name: 'Expertise or interest' }).fill(tag);
  await seeker.getByRole('option', { name: tag, exact: true }).click();
  await expect(seeker).toHaveURL(/expertise=Journey/);
  const results = seeker.getByRole('main').getByRole('article');
  await expect(results).toHaveCount(1);
  const card = seeker.getByRole('article', { name: expert });
  await expect(card).toContainText(new RegExp(`Knows:\\s*${tag}`));
  await expect(seeker.getByRole('article', { name: hidden })).toHaveCount(0);
  await checkPage(seeker, 'people-directory-by-expertise');

  // The words search finds the expert by the tag too, and the private holder by name only.
  await seeker.goto(`/people?q=${encodeURIComponent(tag)}`);
  await settled(seeker);
  await expect(seeker.getByRole('article', { name: expert })).toBeVisible();
  await expect(seeker.getByRole('article', { name: hidden })).toHaveCount(0);
  await seeker.goto(`/people?q=${encodeURIComponent(hidden)}`);
  await settled(seeker);
  await expect(seeker.getByRole('article', { name: hidden })).toBeVisible();
  await expect(seeker.getByRole('article', { name: hidden })).not.toContainText(tag);

  // The profile: both levels, in words.
  await seeker.goBack();
  await settled(seeker);
  await seeker.getByRole('link', { name: expert }).click();
  await expect(seeker.getByRole('heading', { level: 1, name: expert })).toBeVisible();
  const expertise = seeker.getByRole('region', { name: 'Expertise and interests' });
  await expect(expertise).toContainText(new RegExp(`Knows:\\s*${tag}`));
  await expect(expertise).toContainText(new RegExp(`Wants to work on:\\s*${TOPIC}`));
  await expect(seeker.getByRole('region', { name: 'Documents' })).toContainText('No documents you may see.');
  await checkPage(seeker, 'people-profile');
  await seekerContext.close();

  // The office renames the tag; the expert's settings show the new label.
  const officeContext = await browser.newContext({ baseURL });
  const office = await officeContext.newPage();
  await signIn(office, OFFICE);
  await office.goto('/office/expertise');
  await settled(office);
  await office.getByRole('textbox', { name: 'Find a tag' }).fill(id);
  const row = office.getByRole('row', { name: new RegExp(tag) });
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await checkPage(office, 'people-office-expertise');
  await row.getByRole('button', { name: `Rename ${tag}` }).click();
  const dialog = office.getByRole('dialog', { name: `Rename “${tag}”` });
  await dialog.getByRole('textbox', { name: 'New label' }).fill(`Renamed ${id}`);
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(office.getByRole('row', { name: new RegExp(`Renamed ${id}`) })).toBeVisible();
  await officeContext.close();

  await page.reload();
  await settled(page);
  await expect(page.getByRole('listitem', { name: `Renamed ${id}` })).toBeVisible();
});
