import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshots, settled, signIn, test } from './support/fixtures';

// The compendium of use cases (issue 20): a member proposes a use case with one part written
// and two requirements (1500 TB and 2 PB of one metric, in a year no demo use case uses), added
// with the keyboard; the totals show 3.5 PB and link back to it. The office moves it one step at
// a time; COMPLETE is refused with the seven empty parts named and linked, then granted once
// they are written. axe and screenshots (1280 and 375 px) of the editor, the page, the totals
// and the list. Each run makes its own use case with a unique title and metric.

const MEMBER = 'Felix Wagner';
const OFFICE = 'SPECTRUM Project Office';
const YEAR = 2047;

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const EMPTY_PARTS = [
  'Storage',
  'Data transport',
  'Compute',
  'Workflow management',
  'Access and analysis',
  'Gap analysis',
  'Non-technical challenges',
];

async function notificationsClosed(page: Page): Promise<void> {
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 });
}

const requirement = (page: Page, n: number) => page.getByRole('group', { name: `Requirement ${n}` });

test('a use case is proposed, summed in the totals and moved to COMPLETE once its parts are written', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `Journey archive ${stamp()}`;
  const metric = `Archive ${stamp()}`;

  // A member proposes it from the list.
  await signIn(page, MEMBER);
  await page.goto('/use-cases');
  await settled(page);
  await page.getByRole('link', { name: 'Propose a use case' }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a use case' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'Summary' }).fill('A long-term archive for a journey.');
  await page.getByRole('textbox', { name: 'Scientific challenge' }).fill('Keep **every** event for decades.');

  // The first requirement with the keyboard: the new row's category takes the focus.
  await page.getByRole('button', { name: 'Add a requirement' }).focus();
  await page.keyboard.press('Enter');
  await expect(requirement(page, 1).getByRole('combobox', { name: 'Category' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(requirement(page, 1).getByRole('textbox', { name: 'Metric' })).toBeFocused();
  await page.keyboard.type(metric);
  await page.keyboard.press('Tab');
  await page.keyboard.type('1500');
  // Storage takes TB, PB and EB only.
  await requirement(page, 1).getByRole('combobox', { name: 'Unit' }).click();
  await expect(page.getByRole('option')).toHaveText(['TB', 'PB', 'EB']);
  await page.getByRole('option', { name: 'TB', exact: true }).click();
  await requirement(page, 1).getByRole('textbox', { name: 'Year' }).fill(String(YEAR));

  await page.getByRole('button', { name: 'Add a requirement' }).click();
  await requirement(page, 2).getByRole('textbox', { name: 'Metric' }).fill(metric);
  await requirement(page, 2).getByRole('textbox', { name: 'Amount' }).fill('2');
  await requirement(page, 2).getByRole('textbox', { name: 'Year' }).fill(String(YEAR));
  await expect(requirement(page, 2).getByRole('combobox', { name: 'Unit' })).toHaveValue('PB');
  await page.getByRole('textbox', { name: 'Title' }).focus();
  await expectAccessible(page, 'the use-case editor');
  await screenshots(page, 'use-cases-editor');

  await page.getByRole('button', { name: 'Propose', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const useCaseUrl = page.url();
  await notificationsClosed(page);

  // Its page: the eight parts in the template's order, one written, seven marked empty.
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toContainText([
    'About this use case',
    'Summary',
    'Scientific challenge',
    ...EMPTY_PARTS,
    'Requirements',
  ]);
  await expect(main.getByText('Not written yet.')).toHaveCount(7);
  await expect(main.locator('strong', { hasText: 'every' })).toBeVisible();
  await expect(main.getByText('1 of 8 parts')).toBeVisible();
  await expect(main.getByRole('table', { name: `Requirements for ${YEAR}` })).toContainText('1,500 TB');
  await expect(main.getByRole('link', { name: 'Edit' })).toBeVisible();
  await expectAccessible(page, 'the use-case page');
  await screenshots(page, 'use-cases-page');

  // The totals: 1500 TB + 2 PB = 3.5 PB, linking back to the use case.
  await page.goto('/use-cases/totals');
  await settled(page);
  const row = page.getByRole('table', { name: String(YEAR) }).getByRole('row', { name: new RegExp(metric) });
  await expect(row).toContainText('3.5 PB');
  await expectAccessible(page, 'the requirement totals');
  await screenshots(page, 'use-cases-totals');
  await row.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The office moves it along one step at a time; COMPLETE is refused while parts are empty.
  const context = await browser.newContext({ baseURL });
  const office = await context.newPage();
  await signIn(office, OFFICE);
  await office.goto(useCaseUrl);
  await settled(office);
  for (const next of ['selected', 'in analysis']) {
    await office.getByRole('button', { name: `Move to ${next}` }).click();
    await expect(
      office.getByRole('button', { name: `Move back to ${next === 'selected' ? 'proposed' : 'selected'}` }),
    ).toBeVisible();
  }
  await office.getByRole('button', { name: 'Move to complete' }).click();
  const refusal = office.getByRole('alert').filter({ hasText: 'The status was not changed' });
  await expect(refusal.getByRole('link')).toHaveText(EMPTY_PARTS);
  // axe looks at the page, not at the notifications of the two moves (they close by themselves).
  await expect(office.getByRole('alert').filter({ hasText: 'Status changed' })).toHaveCount(0, {
    timeout: 15_000,
  });
  await expectAccessible(office, 'the use-case page with COMPLETE refused');
  await screenshots(office, 'use-cases-refused');
  await refusal.getByRole('link', { name: 'Gap analysis' }).click();
  await expect(office).toHaveURL(/#part-gapAnalysis$/);
  await expect(office.getByRole('heading', { level: 2, name: 'Gap analysis' })).toBeInViewport();

  // Written in full (the office may edit), it becomes complete.
  await office.getByRole('link', { name: 'Edit' }).click();
  await settled(office);
  for (const part of EMPTY_PARTS)
    await office.getByRole('textbox', { name: part, exact: true }).fill(`${part}: written by the journey.`);
  await expect(office.getByRole('group', { name: 'Requirement 2' })).toBeVisible();
  await screenshots(office, 'use-cases-edit');
  await office.getByRole('button', { name: 'Save changes' }).click();
  await expect(office.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(office.getByRole('main').getByText('8 of 8 parts')).toBeVisible();
  await office.getByRole('button', { name: 'Move to complete' }).click();
  await expect(office.getByRole('button', { name: 'Move back to in analysis' })).toBeVisible();
  await expect(office.getByRole('button', { name: /^Move to / })).toHaveCount(0);

  // Emptying a part of a complete use case: the server's refusal beside that part, which takes
  // the focus; leaving asks first, and the use case stays as it was.
  await office.getByRole('link', { name: 'Edit' }).click();
  await settled(office);
  const gap = office.getByRole('textbox', { name: 'Gap analysis', exact: true });
  await gap.fill('');
  await office.getByRole('button', { name: 'Save changes' }).click();
  await expect(gap).toBeFocused();
  await expect(gap).toHaveAttribute('aria-invalid', 'true');
  await expect(gap).toHaveAccessibleDescription(/a complete use case keeps every part written/);
  await office.getByRole('link', { name: 'Cancel' }).click();
  await office.getByRole('button', { name: 'Leave and lose the changes' }).click();
  await expect(office.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(office.getByRole('main').getByText('8 of 8 parts')).toBeVisible();
  await context.close();

  // The list, filtered to complete use cases (in the URL), shows it with its eight parts.
  await page.goto('/use-cases');
  await settled(page);
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Complete' }).click();
  await expect(page).toHaveURL(/\/use-cases\?status=COMPLETE$/);
  const entry = page.getByRole('article', { name: title });
  await expect(entry).toContainText('8 of 8 parts');
  await expect(entry).toContainText('Complete');
  await page.reload();
  await settled(page);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('Complete');
  await expect(page.getByRole('article', { name: title })).toBeVisible();
  await expectAccessible(page, 'the use-case list');
  await screenshots(page, 'use-cases-list');
});
