import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshots, settled, signIn, test } from './support/fixtures';

/** axe at the desktop width and on a phone. */
async function accessibleAtBothWidths(page: Page, label: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await expectAccessible(page, `${label} at ${width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe('office: working groups', () => {
  test('the office creates a group with a topic and a chair; a member joins; the seat history shows both with their actors', async ({
    browser,
    baseURL,
  }) => {
    // Two pages, axe at both widths five times: over a minute when the run's other journeys load the machine.
    test.setTimeout(180_000);
    const office = await (await browser.newContext({ baseURL })).newPage();
    const code = `E${Date.now() % 100000}`;
    const name = 'Edge Computing Pilots';
    await signIn(office, 'SPECTRUM Project Office', '/office/working-groups');
    await settled(office);
    await expect(office.getByRole('heading', { level: 1, name: 'Working groups' })).toBeVisible();
    await expect(office.getByRole('link', { name: /^WG1: / })).toBeVisible();
    await expect(office.getByRole('heading', { name: 'Growth of the community' })).toBeVisible();
    await expect(office.getByText(/participants went from \d+ to \d+/)).toBeVisible();
    await accessibleAtBothWidths(office, 'office working groups');
    await screenshots(office, 'office-groups');

    await office.getByRole('link', { name: 'New working group' }).click();
    await settled(office);
    await expect(office.getByRole('heading', { level: 1, name: 'New working group' })).toBeVisible();
    await accessibleAtBothWidths(office, 'office new working group');

    // Bad input: the server's message sits beside its field, and nothing is created.
    await office.getByRole('textbox', { name: 'Code' }).fill('no spaces allowed');
    await office.getByRole('textbox', { name: 'Name' }).fill(name);
    await office.getByRole('button', { name: 'Create the working group' }).click();
    await expect(office.getByRole('textbox', { name: 'Code' })).toHaveAttribute('aria-invalid', 'true');
    await expect(office.getByText(/letters, digits or hyphens, such as WG7/).last()).toBeVisible();
    await screenshots(office, 'office-new-group-error');

    await office.getByRole('textbox', { name: 'Code' }).fill(code);
    await office.getByRole('textbox', { name: 'Description' }).fill('Pilots of computing at the edge.');
    await office.getByRole('button', { name: 'Create the working group' }).click();
    await expect(office).toHaveURL(new RegExp(`/office/working-groups/${code}$`));
    await settled(office);
    await expect(office.getByRole('heading', { level: 1, name: `${code}: ${name}` })).toBeVisible();

    // A topic.
    await office.getByRole('textbox', { name: 'New topic: name' }).fill('Sensor streams');
    await office.getByRole('button', { name: 'Add the topic' }).click();
    await expect(office.getByRole('textbox', { name: 'Topic Sensor streams: name' })).toHaveValue(
      'Sensor streams',
    );

    // Another topic, renamed, then removed after a confirmation.
    await office.getByRole('textbox', { name: 'New topic: name' }).fill('Scratch');
    await office.getByRole('button', { name: 'Add the topic' }).click();
    await office.getByRole('textbox', { name: 'Topic Scratch: name' }).fill('Scratch area');
    await office.getByRole('button', { name: 'Save topic Scratch' }).click();
    await expect(office.getByRole('textbox', { name: 'Topic Scratch area: name' })).toBeVisible();
    await office.getByRole('button', { name: 'Remove topic Scratch area' }).click();
    const confirm = office.getByRole('dialog', { name: 'Remove the topic Scratch area?' });
    await confirm.getByRole('button', { name: 'Remove the topic' }).click();
    await expect(confirm).toBeHidden();
    await expect(office.getByRole('textbox', { name: 'Topic Scratch area: name' })).toHaveCount(0);
    await expect(office.getByRole('textbox', { name: 'Topic Sensor streams: name' })).toBeVisible();

    // A chair, picked by name.
    const chairName = "Luca Dell'Agnello";
    await office.getByRole('combobox', { name: 'New chairs' }).fill('Dell');
    await office.getByRole('option', { name: new RegExp(chairName) }).click();
    await office.getByRole('button', { name: 'Add as chairs' }).click();
    const removeChair = office.getByRole('button', { name: `Remove ${chairName} as chair` });
    await expect(removeChair).toBeVisible();

    // The last chair cannot go, and the page says so in words.
    await removeChair.click();
    await expect(office.getByRole('alert')).toContainText(`The last chair of ${code} cannot`);
    await expect(removeChair).toBeVisible();

    // A member joins from the group's public page.
    const member = await (await browser.newContext({ baseURL })).newPage();
    await signIn(member, 'Elena Colombo', `/working-groups/${code}`);
    await settled(member);
    await member.getByRole('button', { name: `Join ${code}` }).click();
    await expect(member.getByRole('button', { name: `Leave ${code}` })).toBeVisible();

    await office.reload();
    await settled(office);
    const history = office.getByRole('region', { name: 'Seat history' });
    const joined = history.getByRole('row', { name: /Elena Colombo/ });
    await expect(joined).toContainText('Joined');
    await expect(joined.getByRole('cell').last()).toHaveText('Elena Colombo');
    const added = history.getByRole('row', { name: new RegExp(chairName) });
    await expect(added).toContainText('Added');
    await expect(added).toContainText('Chair');
    await expect(added.getByRole('cell').last()).toHaveText('SPECTRUM Project Office');
    // Newest first.
    await expect(history.getByRole('row').nth(1)).toContainText('Elena Colombo');
    await expect(office.getByRole('link', { name: 'The group’s public page' })).toHaveAttribute(
      'href',
      `/working-groups/${code}`,
    );
    await accessibleAtBothWidths(office, 'office working group');
    await screenshots(office, 'office-group');
  });
});
