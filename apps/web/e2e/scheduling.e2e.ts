import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, gql, screenshots, settled, signIn, test } from './support/fixtures';

// A chair schedules a weekly series in Europe/Rome at 10:00 across the end of March 2027 (Rome
// moves to summer time on 28 March, Chicago did on 14 March) with the keyboard alone, is warned
// of a clash with another group's meeting that shares people, and a viewer in Chicago sees the
// hours move. Then the chair edits the series after one meeting was cancelled and is told that
// the change drops that exception.

const SERIES_START = '2027-03-15'; // a Monday
const CANCELLED = '2027-04-05T08:00:00.000Z'; // Monday 5 April, 10:00 in Rome (CEST)

test('a chair schedules a weekly series across the change to summer time, with the keyboard alone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const title = `WG1 weekly sync ${stamp}`;
  const clash = `WG3 planning ${stamp}`;

  // Another group's meeting, set up by its chair: WG3 shares Elena Colombo with WG1. Monday 22
  // March 10:30–11:30 in Rome overlaps the series' 10:00–11:00.
  const wg3 = await browser.newContext({ baseURL });
  const wg3Page = await wg3.newPage();
  await signIn(wg3Page, 'Concezio Bozzi');
  const { workingGroup } = await gql<{ workingGroup: { id: string } }>(
    wg3,
    baseURL!,
    'query ($code: String!) { workingGroup(code: $code) { id } }',
    { code: 'WG3' },
  );
  await gql(wg3, baseURL!, 'mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }', {
    input: {
      title: clash,
      workingGroupId: workingGroup.id,
      startsAt: '2027-03-22T09:30:00Z',
      endsAt: '2027-03-22T10:30:00Z',
      timeZone: 'Europe/Rome',
      visibility: 'COMMUNITY',
    },
  });
  await wg3.close();

  // The chair of WG1 reaches the form from the group's page.
  await signIn(page, 'Stefano Bagnasco', '/working-groups/WG1');
  await settled(page);
  await tabTo(page, page.getByRole('link', { name: 'Schedule a meeting' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/meetings\/new\?group=WG1$/);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule a meeting' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Working group' })).toHaveValue(/^WG1/);
  await expectAccessible(page, 'scheduling form (empty)');

  await tabTo(page, page.getByRole('textbox', { name: 'Title' }));
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Description' })).toBeFocused();
  await page.keyboard.type('Status of the use cases, every Monday.');

  await typeDate(page, page.getByRole('textbox', { name: 'Date', exact: true }), SERIES_START);
  await tabTo(page, page.getByRole('textbox', { name: 'Start time' }));
  await page.keyboard.type('1000');
  await expect(page.getByRole('textbox', { name: 'Start time' })).toHaveValue('10:00');

  // The zone: proposed from the chair's profile; searched for anyway.
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await tabTo(page, zone);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Europe/Rom');
  await expect(page.getByRole('option', { name: 'Europe/Rome' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(zone).toHaveValue('Europe/Rome');

  // Weekly (the select follows typed letters), on Monday (the start's day, already chosen), six times.
  await tabTo(page, page.getByRole('combobox', { name: 'Repeats' }));
  await page.keyboard.press('w');
  await expect(page.getByRole('combobox', { name: 'Repeats' })).toHaveValue('WEEKLY');
  await expect(page.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
  await tabTo(page, page.getByRole('radio', { name: 'Never' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'After a number of meetings' })).toBeChecked();
  await tabTo(page, page.getByRole('textbox', { name: 'Number of meetings' }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('6');

  // The rule in words, and the next five meetings, all at 10:00 in Rome on both sides of 28 March.
  await expect(
    page.getByText('Repeats every week on Monday, 6 times, at 10:00 Europe/Rome time.'),
  ).toBeVisible();
  const next = page.getByRole('list', { name: 'Next meetings' });
  await expect(next.getByRole('listitem')).toHaveCount(5);
  for (const day of ['15 Mar', '22 Mar', '29 Mar', '5 Apr', '12 Apr'])
    await expect(next.getByText(at(day, '10:00'))).toBeVisible();

  // The clash with WG3's meeting, and who the two share.
  const conflicts = page.getByRole('region', { name: 'Conflicts' });
  await expect(conflicts.getByRole('link', { name: clash })).toBeVisible();
  await expect(conflicts.getByText(/shares \d+ (person|people): .*Elena Colombo/)).toBeVisible();
  await expect(conflicts.getByText(at('22 Mar', '10:30'))).toBeVisible();

  await expectAccessible(page, 'scheduling form (filled)');
  await screenshots(page, 'scheduling-new');

  // Saved with the keyboard too, despite the warning.
  await tabTo(page, page.getByRole('button', { name: 'Schedule the meeting' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await settled(page);
  await expect(page.getByText('Meeting scheduled')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByText(/10:00 Europe\/Rome/)
      .first(),
  ).toBeVisible();
  const meetingId = new URL(page.url()).pathname.split('/').pop()!;

  // A member reading times in America/Chicago: 04:00 while only Chicago is on summer time, 03:00 after.
  const chicago = await browser.newContext({ baseURL });
  const chicagoPage = await chicago.newPage();
  await signIn(chicagoPage, 'Anna Schmidt');
  await gql(chicago, baseURL!, 'mutation ($input: ProfileInput!) { updateProfile(input: $input) { id } }', {
    input: { timeZone: 'America/Chicago' },
  });
  await chicagoPage.goto(`/meetings/${meetingId}`);
  await settled(chicagoPage);
  const main = chicagoPage.getByRole('main');
  await expect(main.getByText(at('22 Mar', '04:00')).first()).toBeVisible();
  await expect(main.getByText(at('29 Mar', '03:00')).first()).toBeVisible();
  await expect(main.getByText(at('5 Apr', '03:00')).first()).toBeVisible();
  // Not the chair's to edit.
  await chicagoPage.goto(`/meetings/${meetingId}/edit`);
  await expect(chicagoPage.getByRole('heading', { level: 1, name: /Not (allowed|found)/ })).toBeVisible();
  await chicago.close();

  // One meeting is cancelled; moving the series to 11:00 drops that exception, and the form says so.
  await gql(
    page.context(),
    baseURL!,
    'mutation ($id: ID!, $at: DateTime!) { cancelMeeting(id: $id, occurrenceStartsAt: $at) { id } }',
    { id: meetingId, at: CANCELLED },
  );
  await page.goto(`/meetings/${meetingId}/edit`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: `Edit: ${title}` })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Repeats' })).toHaveValue('WEEKLY');
  await expect(page.getByRole('textbox', { name: 'Number of meetings' })).toHaveValue('6');
  await expect(
    page.getByText('Repeats every week on Monday, 6 times, at 10:00 Europe/Rome time.'),
  ).toBeVisible();
  await expectAccessible(page, 'scheduling form (edit)');

  await tabTo(page, page.getByRole('textbox', { name: 'Start time' }));
  await page.keyboard.type('1100');
  await expect(
    page.getByText('Repeats every week on Monday, 6 times, at 11:00 Europe/Rome time.'),
  ).toBeVisible();
  await screenshots(page, 'scheduling-edit');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Drop changed meetings of the series?' });
  await expect(
    dialog.getByText('These changes drop 1 exception: the cancelled 5 April.', { exact: false }),
  ).toBeVisible();
  await page.waitForTimeout(400); // the dialog's fade-in, which axe would read as faint text
  await expectAccessible(page, 'scheduling form (dropped exceptions)');
  await screenshots(page, 'scheduling-dropped');
  await dialog.getByRole('button', { name: 'Save and drop it' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
  await settled(page);
  await expect(page.getByText('Meeting saved')).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByText(/11:00 Europe\/Rome/)
      .first(),
  ).toBeVisible();
});

/** A Monday of 2027 at a time as the app writes it: "Mon 22 Mar 2027, 04:00" (a comma after the day or not). */
function at(day: string, time: string): RegExp {
  return new RegExp(`Mon,? ${day} 2027, ${time}`);
}

/**
 * Types a date into a browser's date input with the keyboard. Its fields come in the order of
 * the browser's own language (month first in en-US, day first in en-GB), so a first typing finds
 * the order out; Shift+Tab goes back over the fields and the date is typed in that order.
 */
async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  await tabTo(page, input);
  await page.keyboard.type('01022003');
  const probe = await input.inputValue();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(
    probe === '2003-02-01' ? d + m + y : probe === '2003-01-02' ? m + d + y : y + m + d,
  );
  await expect(input).toHaveValue(iso);
}

/** Presses Tab until `target` has the focus (Shift+Tab when `backwards`). */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  const el = target.first();
  await expect(el).toBeVisible();
  for (let i = 0; i < 120; i++) {
    if (await el.evaluate((node) => node === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}
