import type { Page } from '@playwright/test';
import { checkPage, expect, settled, signIn, test } from './support/fixtures';

/** A date `days` from today (UTC), as the date input takes it. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);
}

function group(page: Page, name: string) {
  return page.getByRole('article', { name });
}

test.describe('related initiatives', () => {
  test('a member reads JENA, its groups, the CoP groups linked and the people in both, and the targets due soon', async ({
    page,
  }) => {
    await signIn(page, 'Ada Member', '/');
    await settled(page);
    const soon = page.getByRole('region', { name: 'Targets due soon' });
    await expect(soon.getByText('SPECTRUM technical blueprint: draft')).toBeVisible();
    await expect(soon.getByText(/^in \d+ days$/).first()).toBeVisible();

    await soon.getByRole('link', { name: 'Related initiatives' }).click();
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Related initiatives' })).toBeVisible();
    const jena = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Joint ECFA-NuPECC-APPEC activities' }),
    });
    await expect(jena.getByText('5 groups')).toBeVisible();
    const targets = page.getByRole('region', { name: 'Report targets' });
    await expect(targets.getByText('European Strategy update: inputs')).toBeVisible();
    await expect(targets.getByText('Due 31 Mar 2025')).toBeVisible();
    await expect(targets.getByText(/^Passed \d+ days ago$/)).toBeVisible();
    await expect(targets.getByText('SRIDA draft')).toBeVisible();
    // Read-only for members.
    await expect(page.getByRole('button', { name: 'Add the target' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove the target/ })).toHaveCount(0);
    await checkPage(page, 'initiatives-member');

    await jena.getByRole('link', { name: 'Joint ECFA-NuPECC-APPEC activities' }).click();
    await settled(page);
    await expect(page).toHaveURL(/\/initiatives\/jena$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Joint ECFA-NuPECC-APPEC activities' }),
    ).toBeVisible();
    const hpc = group(page, 'WG1: HPC');
    await expect(hpc.getByRole('link', { name: 'WG3: Compute Environment' })).toBeVisible();
    await expect(hpc.getByRole('link', { name: 'WG6: Facilities' })).toBeVisible();
    await expect(hpc.getByText('Concezio Bozzi')).toBeVisible();
    const training = group(page, 'WG5: Training, Dissemination, Education');
    await expect(training.getByText('No CoP group is linked yet.')).toBeVisible();
    await expect(training.getByText('Also marked, without a seat in a linked group')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Link', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Unmark / })).toHaveCount(0);
    await checkPage(page, 'initiative-member');
  });

  test('the office links a CoP group by keyboard, marks a person, and adds a target that the dashboard then shows', async ({
    page,
  }) => {
    await signIn(page, 'SPECTRUM Project Office', '/initiatives/jena');
    await settled(page);
    const training = group(page, 'WG5: Training, Dissemination, Education');
    // Francesca Greco is marked but sits in no linked group yet.
    await expect(training.getByText('Nobody marked here sits in a linked CoP group.')).toBeVisible();

    // Link WG5 with the keyboard alone: the select opens, an option is chosen, the button pressed.
    const select = training.getByRole('combobox', {
      name: 'Link a CoP group to WG5: Training, Dissemination, Education',
    });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('WG5');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(select).toHaveValue('WG5: Scientific Use cases');
    await page.keyboard.press('Tab');
    await expect(training.getByRole('button', { name: 'Link', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(training.getByRole('link', { name: 'WG5: Scientific Use cases' })).toBeVisible();
    // Now she sits in both.
    await expect(training.getByText('Also marked, without a seat in a linked group')).toHaveCount(0);
    await expect(training.getByText('Francesca Greco')).toBeVisible();

    // Mark another member of WG5, picked by name.
    await training
      .getByRole('combobox', { name: 'Mark people in WG5: Training, Dissemination, Education' })
      .fill('Ruud');
    await page.getByRole('option', { name: /Ruud Mulder/ }).click();
    // The picker stays open for more names; Escape closes it.
    await page.keyboard.press('Escape');
    await training.getByRole('button', { name: 'Mark', exact: true }).click();
    const unmark = training.getByRole('button', {
      name: 'Unmark Ruud Mulder in WG5: Training, Dissemination, Education',
    });
    await expect(unmark).toBeVisible();
    await unmark.click();
    await expect(unmark).toHaveCount(0);

    // A target: a blank name is refused beside its field, then added and counted in days.
    const targets = page.getByRole('region', { name: 'Targets' });
    await targets.getByRole('textbox', { name: 'Due date' }).fill(inDays(23));
    await targets.getByRole('button', { name: 'Add the target' }).click();
    await expect(targets.getByRole('textbox', { name: 'Target name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(targets.getByText('must not be blank')).toBeVisible();
    await targets.getByRole('textbox', { name: 'Target name' }).fill('JENA computing input');
    await targets.getByRole('button', { name: 'Add the target' }).click();
    await expect(targets.getByText('JENA computing input')).toBeVisible();
    await expect(targets.getByText('in 23 days')).toBeVisible();
    await checkPage(page, 'initiative-office');

    await page.goto('/');
    await settled(page);
    const soon = page.getByRole('region', { name: 'Targets due soon' });
    await expect(soon.getByText('JENA computing input')).toBeVisible();
    await expect(soon.getByText('in 23 days')).toBeVisible();
    await checkPage(page, 'home-targets-due-soon');
  });
});
