import type { Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// The calendar page: month, week and list views of the occurrences the server expands, filters
// kept in the URL, subscriptions, and a chair cancelling one occurrence from it.

/** The calendar's grid (FullCalendar) as the page renders it. */
const grid = (page: Page) => page.getByRole('region', { name: 'Meetings in this period' });

/** An event of the grid: a link named by its time and title (and its state, when it has one). */
const event = (page: Page, title: string | RegExp) => grid(page).getByRole('link', { name: title });

async function showView(page: Page, view: 'Month' | 'Week' | 'List') {
  await page.getByRole('button', { name: view, exact: true }).click();
  await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`view=${view.toLowerCase()}`));
  await calendarSettled(page);
}

/** The page's query answered: no loading status, the count of meetings said. */
async function calendarSettled(page: Page) {
  await settled(page);
  await expect(page.getByRole('status').filter({ hasText: /meetings? shown/ })).toHaveCount(1);
}

/** The Monday of the week `weeks` from now, `YYYY-MM-DD` (the browser runs in Europe/Berlin). */
function mondayIn(weeks: number): string {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 7 * weeks);
  return d.toISOString().slice(0, 10);
}

test.describe('the calendar', () => {
  test('an anonymous visitor sees the public meetings in the month, week and list views', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: 'Calendar' })
      .click();
    await calendarSettled(page);
    await expect(page).toHaveURL(/\/calendar$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    // A wide screen opens on the month; the community's Monday meeting is public, every week.
    await expect(page.getByRole('button', { name: 'Month', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(event(page, /SPECTRUM CoP regular meeting/).first()).toBeVisible();
    // Only public meetings: a group's and the community's own stay hidden.
    await expect(event(page, /WG1 fortnightly call/)).toHaveCount(0);
    await expect(event(page, /WG4 monthly meeting/)).toHaveCount(0);
    await expectAccessible(page, 'calendar month (anonymous)');
    await screenshots(page, 'calendar-month-anonymous');

    await showView(page, 'Week');
    await expectAccessible(page, 'calendar week (anonymous)');
    await screenshots(page, 'calendar-week-anonymous');

    await showView(page, 'List');
    await expect(event(page, /SPECTRUM CoP regular meeting/).first()).toBeVisible();
    // The meeting's own zone is named where it differs from the viewer's (Berlin here).
    await expect(grid(page).getByText('Europe/Rome').first()).toBeVisible();
    await expectAccessible(page, 'calendar list (anonymous)');
    await screenshots(page, 'calendar-list-anonymous');

    // The next month, and back to this one with Today; the URL keeps the date.
    const title = await page.getByRole('heading', { level: 2 }).first().textContent();
    await page.getByRole('button', { name: 'Next month' }).click();
    await expect(page).toHaveURL(/date=\d{4}-\d{2}-01/);
    await expect(page.getByRole('heading', { level: 2 }).first()).not.toHaveText(title!);
    await page.getByRole('button', { name: 'Today' }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(title!);

    // An event opens its occurrence, and from there the meeting's page at that occurrence.
    await event(page, /SPECTRUM CoP regular meeting/)
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'SPECTRUM CoP regular meeting' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel this occurrence' })).toHaveCount(0);
    await expectAccessible(page, 'calendar occurrence dialog (anonymous)');
    await dialog.getByRole('link', { name: 'Open meeting' }).click();
    await settled(page);
    await expect(page).toHaveURL(/\/meetings\/[^/?]+\?occurrence=/);
    await expect(page.getByRole('heading', { level: 1, name: 'SPECTRUM CoP regular meeting' })).toBeVisible();

    // On a phone the page opens on the list, which never scrolls sideways.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/calendar');
    await calendarSettled(page);
    await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(event(page, /SPECTRUM CoP regular meeting/).first()).toBeVisible();
    // The month chosen on purpose fits too (screenshots fails on a sideways scroll at 375 px).
    await page.goto('/calendar?view=month');
    await calendarSettled(page);
    await expect(event(page, /SPECTRUM CoP regular meeting/).first()).toBeVisible();
    await screenshots(page, 'calendar-month-chosen');
  });

  test('a member filters to their groups, and the URL keeps the filter', async ({ page, baseURL }) => {
    // Elena Colombo sits in WG1 and WG3 (the keyboard journey may have seated her in WG4 too).
    await signIn(page, 'Elena Colombo', '/calendar?view=list');
    await calendarSettled(page);
    const { viewer } = await gql<{
      viewer: { person: { memberships: { status: string; workingGroup: { code: string } }[] } };
    }>(page.context(), baseURL!, '{ viewer { person { memberships { status workingGroup { code } } } } }');
    const inWG4 = viewer.person.memberships.some(
      (m) => m.status === 'ACTIVE' && m.workingGroup.code === 'WG4',
    );
    /** WG4's monthly meeting (the community's to see) is among "my groups" only for WG4's members. */
    const expectWG4AsMine = () =>
      inWG4
        ? expect(event(page, /WG4 monthly meeting/).first()).toBeVisible()
        : expect(event(page, /WG4 monthly meeting/)).toHaveCount(0);
    await expect(event(page, /WG1 fortnightly call/).first()).toBeVisible();
    await expect(event(page, /SPECTRUM CoP regular meeting/).first()).toBeVisible();

    await page.getByRole('radio', { name: 'My groups' }).click();
    await expect(page.getByRole('radio', { name: 'My groups' })).toBeChecked();
    await expect(page).toHaveURL(/[?&]mine=1/);
    await calendarSettled(page);
    await expect(event(page, /WG1 fortnightly call/).first()).toBeVisible();
    await expectWG4AsMine();
    // The personal feed is offered, with a link to copy.
    await expect(page.getByRole('link', { name: 'Subscribe to your personal calendar' })).toHaveAttribute(
      'href',
      /^webcal:\/\//,
    );
    await expect(page.getByRole('textbox', { name: 'Link of your personal calendar' })).toHaveValue(
      /^https?:\/\/.+\.ics$/,
    );
    await expect(page.getByRole('button', { name: 'Copy link of your personal calendar' })).toBeVisible();

    // Shared or reloaded, the page shows the same.
    await page.reload();
    await calendarSettled(page);
    await expect(page.getByRole('radio', { name: 'My groups' })).toBeChecked();
    await expectWG4AsMine();

    // Another group, chosen from the list: WG4's meetings, which are the community's to see.
    await page.getByRole('radio', { name: 'Chosen working groups' }).click();
    await page.getByRole('checkbox', { name: /^WG4\b/ }).click();
    await expect(page).toHaveURL(/[?&]groups=WG4(&|$)/);
    await calendarSettled(page);
    await page.getByRole('button', { name: 'Next month' }).click();
    await expect(page).toHaveURL(/[?&]groups=WG4(&|$)/);
    await calendarSettled(page);
    await expect(event(page, /WG4 monthly meeting/).first()).toBeVisible();
    await expect(event(page, /SPECTRUM CoP regular meeting/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Subscribe to the WG4 calendar' })).toBeVisible();
    await expectAccessible(page, 'calendar list (member, WG4)');
    await screenshots(page, 'calendar-list-member');

    await page.reload();
    await calendarSettled(page);
    await expect(page.getByRole('checkbox', { name: /^WG4\b/ })).toBeChecked();
    await showView(page, 'Month');
    await expect(page).toHaveURL(/[?&]groups=WG4(&|$)/);
    await expect(event(page, /WG4 monthly meeting/).first()).toBeVisible();
    await expectAccessible(page, 'calendar month (member)');
    await screenshots(page, 'calendar-month-member');
    await showView(page, 'Week');
    await expectAccessible(page, 'calendar week (member)');
  });

  test('a chair cancels one occurrence from the calendar, and it shows struck through and labelled', async ({
    page,
  }) => {
    // Stefano Bagnasco chairs WG1, whose call is every other Tuesday; look a few weeks ahead.
    await signIn(page, 'Stefano Bagnasco', `/calendar?view=week&date=${mondayIn(6)}&groups=WG1`);
    await calendarSettled(page);
    let call = event(page, /WG1 fortnightly call/).first();
    if ((await call.count()) === 0) {
      await page.getByRole('button', { name: 'Next week' }).click();
      await calendarSettled(page);
      call = event(page, /WG1 fortnightly call/).first();
    }
    await expect(call).toBeVisible();
    await expect(call).not.toHaveAccessibleName(/Cancelled/);
    await call.click();

    const dialog = page.getByRole('dialog', { name: 'WG1 fortnightly call' });
    await expect(dialog.getByRole('button', { name: 'Move…' })).toBeVisible();
    await expectAccessible(page, 'calendar occurrence dialog (chair)');
    await dialog.getByRole('button', { name: 'Cancel this occurrence' }).click();
    await expect(dialog.getByText(/will not take place/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Yes, cancel it' }).click();
    await expect(dialog).toBeHidden();

    const cancelled = event(page, /WG1 fortnightly call/).first();
    await expect(cancelled).toHaveAccessibleName(/Cancelled/);
    await expect(cancelled.getByText('WG1 fortnightly call', { exact: true })).toHaveCSS(
      'text-decoration-line',
      'line-through',
    );
    await expectAccessible(page, 'calendar week (chair, after cancelling)');
    await screenshots(page, 'calendar-week-cancelled');

    // The list says it in words too, and the occurrence itself no longer offers cancelling.
    await showView(page, 'List');
    await expect(event(page, /WG1 fortnightly call.*Cancelled/).first()).toBeVisible();
    await event(page, /WG1 fortnightly call.*Cancelled/)
      .first()
      .click();
    await expect(page.getByRole('dialog').getByText('This occurrence is cancelled.')).toBeVisible();
    await expect(
      page.getByRole('dialog').getByRole('button', { name: 'Cancel this occurrence' }),
    ).toHaveCount(0);
    await page.keyboard.press('Escape');

    // Another occurrence of the month, moved an hour later: the list says where it moved from.
    const other = event(page, /WG1 fortnightly call/)
      .filter({ hasNotText: 'Cancelled' })
      .first();
    await other.click();
    const moving = page.getByRole('dialog', { name: 'WG1 fortnightly call' });
    await moving.getByRole('button', { name: 'Move…' }).click();
    const start = moving.getByLabel(/^New start/);
    const end = moving.getByLabel(/^New end/);
    const later = (v: string) =>
      v.replace(/T(\d{2})/, (_, h: string) => `T${String(+h + 1).padStart(2, '0')}`);
    await start.fill(later(await start.inputValue()));
    await end.fill(later(await end.inputValue()));
    await moving.getByRole('button', { name: 'Move it', exact: true }).click();
    await expect(moving).toBeHidden();
    await expect(event(page, /WG1 fortnightly call.*moved from/).first()).toBeVisible();
    await expect(
      grid(page)
        .getByText(/moved from/)
        .first(),
    ).toBeVisible();
    await expectAccessible(page, 'calendar list (chair, after moving)');
    await screenshots(page, 'calendar-list-chair');
  });
});
