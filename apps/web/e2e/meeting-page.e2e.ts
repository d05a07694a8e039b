import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import {
  expect,
  expectAccessible,
  gql,
  readMails,
  screenshots,
  settled,
  signIn,
  test,
  waitForMail,
} from './support/fixtures';

// The meeting page (issue 18): what everyone reads on it, a member's answers, a chair's agenda
// and minutes, and what a member of another group cannot see. Each test schedules its own
// WG3 series through the chair's API session (setup, not what is proven); everything else is
// done in the browser.

const CHAIR = 'Concezio Bozzi'; // chairs WG3
const MEMBER = 'Felix Wagner'; // WG3
const OTHER_MEMBER_EMAIL = 'elena.colombo@example.org'; // WG1 and WG3
const OUTSIDER = 'Ada Member'; // WG4 only
const VIDEO = 'https://meet.example.org/wg3-journey';

type Visibility = 'PUBLIC' | 'COMMUNITY' | 'WORKING_GROUP';

/** A weekly WG3 series on Mondays at 10:00 Rome from next week, scheduled by the chair; its id. */
async function scheduleSeries(
  browser: Browser,
  baseURL: string,
  title: string,
  visibility: Visibility,
): Promise<string> {
  const chair = await browser.newContext({ baseURL });
  await signIn(await chair.newPage(), CHAIR);
  const { workingGroup } = await gql<{ workingGroup: { id: string } }>(
    chair,
    baseURL,
    `{ workingGroup(code: "WG3") { id } }`,
  );
  const start = DateTime.now()
    .setZone('Europe/Rome')
    .plus({ weeks: 1 })
    .set({ weekday: 1, hour: 10, minute: 0, second: 0, millisecond: 0 });
  const { scheduleMeeting } = await gql<{ scheduleMeeting: { id: string } }>(
    chair,
    baseURL,
    `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    {
      input: {
        title,
        description: 'Status of the WG3 work plan.',
        workingGroupId: workingGroup.id,
        startsAt: start.toUTC().toISO(),
        endsAt: start.plus({ minutes: 60 }).toUTC().toISO(),
        timeZone: 'Europe/Rome',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=8',
        visibility,
        location: 'INFN Ferrara, room 2',
        videoConferenceUrl: VIDEO,
      },
    },
  );
  await chair.close();
  return scheduleMeeting.id;
}

/** Waits until the "… saved" notifications have closed (axe looks at the page, not at them). */
async function notificationsClosed(page: Page): Promise<void> {
  await expect(page.getByRole('alert').filter({ hasText: /saved/ })).toHaveCount(0, { timeout: 15_000 });
}

async function openMeeting(page: Page, id: string, title: string): Promise<void> {
  await page.goto(`/meetings/${id}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('anyone reads a PUBLIC meeting and downloads it as .ics; answering asks to sign in', async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `WG3 open call ${Date.now()}`;
  const id = await scheduleSeries(browser, baseURL!, title, 'PUBLIC');
  await openMeeting(page, id, title);

  const when = page.getByRole('region', { name: 'When' });
  await expect(when).toContainText('Next meeting:');
  await expect(when).toContainText('every Monday at 10:00 Europe/Rome, 8 times');
  await expect(when).toContainText('Public: anyone may see it');
  await expect(page.getByRole('region', { name: 'Where' })).toContainText('INFN Ferrara, room 2');
  // The video link is for members.
  await expect(page.getByRole('link', { name: 'Join the video call' })).toHaveCount(0);
  await expect(page.getByText('Members of the community see the video link.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Will you come?' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Who is coming' })).toHaveCount(0);
  const next = page.getByRole('region', { name: 'Next meetings' }).getByRole('listitem');
  await expect(next).toHaveCount(5);
  await expectAccessible(page, 'meeting page: anonymous');
  await screenshots(page, 'meeting-anonymous');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Add this meeting to my calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics.replace(/\r?\n[ \t]/g, '')).toContain(`SUMMARY:${title}`);

  // An occurrence of its own: the link of the second meeting in the list.
  await next.nth(1).getByRole('link').click();
  await settled(page);
  await expect(page).toHaveURL(/\?occurrence=/);
  await expect(when).not.toContainText('Next meeting:');
});

test('a member answers for one meeting, then for the series, and sees who comes', async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `WG3 weekly ${Date.now()}`;
  const id = await scheduleSeries(browser, baseURL!, title, 'WORKING_GROUP');
  await signIn(page, MEMBER);
  await openMeeting(page, id, title);
  await expect(page.getByRole('link', { name: 'Join the video call' })).toHaveAttribute('href', VIDEO);
  await expect(page.getByRole('link', { name: /Edit (series|meeting)/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit the agenda' })).toHaveCount(0);

  const rsvp = page.getByRole('region', { name: 'Will you come?' });
  const thisOne = rsvp.getByRole('group', { name: /^This meeting/ });
  const series = rsvp.getByRole('group', { name: 'The whole series' });
  const coming = page.getByRole('region', { name: 'Who is coming' });
  await expect(thisOne).toContainText('You have not answered for this meeting yet.');

  await thisOne.getByRole('button', { name: 'Yes' }).click();
  await expect(thisOne.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
  await expect(thisOne).toContainText('Your answer: yes, you come.');
  await expect(coming.getByRole('region', { name: 'Coming (1)', exact: true })).toContainText(
    `${MEMBER}(you)`,
  );

  await series.getByRole('button', { name: 'Maybe' }).click();
  await expect(series.getByRole('button', { name: 'Maybe' })).toHaveAttribute('aria-pressed', 'true');
  await expect(series).toContainText('Your answer for the series: maybe.');
  // The answer for this meeting wins over the series' answer.
  await expect(thisOne).toContainText('Your answer: yes, you come.');
  await expect(coming.getByRole('region', { name: 'Coming (1)', exact: true })).toContainText(MEMBER);
  await notificationsClosed(page);
  await expectAccessible(page, 'meeting page: member');
  await screenshots(page, 'meeting-member');

  // The following meeting has only the series' answer.
  await page
    .getByRole('region', { name: 'Next meetings' })
    .getByRole('listitem')
    .nth(1)
    .getByRole('link')
    .click();
  await settled(page);
  await expect(thisOne).toContainText('Your answer: maybe (your answer for the series).');
  await expect(coming.getByRole('region', { name: 'Maybe (1)' })).toContainText(MEMBER);
  await expect(coming.getByRole('region', { name: 'Coming (0)', exact: true })).toBeVisible();

  // The answers hold after a reload (they are the server's).
  await page.reload();
  await settled(page);
  await expect(series.getByRole('button', { name: 'Maybe' })).toHaveAttribute('aria-pressed', 'true');
});

test('a chair edits the agenda with the keyboard and records minutes; the group is mailed, an outsider is not', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const title = `WG3 planning ${stamp}`;
  const id = await scheduleSeries(browser, baseURL!, title, 'WORKING_GROUP');
  await signIn(page, CHAIR);
  await openMeeting(page, id, title);
  await expect(page.getByRole('link', { name: 'Edit series' })).toHaveAttribute(
    'href',
    `/meetings/${id}/edit`,
  );
  await expect(page.getByRole('button', { name: 'Cancel the series' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'When' }).getByRole('button', { name: 'Cancel this occurrence' }),
  ).toBeVisible();
  await expectAccessible(page, 'meeting page: chair');

  // The agenda: three items, one over the meeting's hour, put in order with the keyboard.
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await agenda.getByRole('button', { name: 'Edit the agenda' }).click();
  const items: [string, string, string][] = [
    ['Welcome', CHAIR, '5'],
    ['Work plan', 'Felix Wagner', '50'],
    ['Any other business', '', '10'],
  ];
  for (const [i, [itemTitle, presenter, minutes]] of items.entries()) {
    await agenda.getByRole('button', { name: 'Add an item' }).click();
    const item = agenda.getByRole('group', { name: `Item ${i + 1}` });
    await expect(item.getByLabel('Title')).toBeFocused();
    await page.keyboard.type(itemTitle);
    await item.getByLabel('Presenter').fill(presenter);
    await item.getByLabel('Minutes').fill(minutes);
  }
  await expect(
    agenda.getByText('Planned time: 65 of 60 minutes (5 minutes longer than the meeting)'),
  ).toBeVisible();

  // A document from the knowledge base, found by searching.
  const workPlan = agenda.getByRole('group', { name: 'Item 2' });
  await workPlan.getByLabel('Add a document').fill('data lake');
  await page.getByRole('option', { name: /Data lake architectures compared/ }).click();
  await expect(workPlan.getByRole('link', { name: /Data lake architectures compared/ })).toBeVisible();

  // Keyboard: "Work plan" up with its button (focus stays on the item's buttons) …
  await agenda.getByRole('button', { name: 'Move “Work plan” up' }).focus();
  await page.keyboard.press('Enter');
  await expect(agenda.getByRole('group', { name: 'Item 1' }).getByLabel('Title')).toHaveValue('Work plan');
  await expect(agenda.getByRole('button', { name: 'Move “Work plan” down' })).toBeFocused();
  await expect(
    agenda.getByRole('status').filter({ hasText: '“Work plan” moved to position 1 of 3.' }),
  ).toBeAttached();
  // … and "Any other business" above "Welcome" with the drag handle: space, arrow up, space.
  await agenda.getByRole('button', { name: 'Drag “Any other business” to reorder' }).focus();
  // Each key waits for what a screen reader hears (dnd-kit's live region): a fixed pause lost the
  // keys on a busy machine.
  const heard = (text: RegExp) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
  await page.keyboard.press('Space');
  // Picked up, then at once "is over" its own place: either says position 3.
  await heard(/Any other business.*position 3 of 3\./);
  await page.keyboard.press('ArrowUp');
  await heard(/Any other business.* is over position 2 of 3\./);
  await page.keyboard.press('Space');
  await heard(/Any other business.* dropped at position 2 of 3\./);
  await expect(agenda.getByRole('group', { name: 'Item 2' }).getByLabel('Title')).toHaveValue(
    'Any other business',
  );
  await expect(agenda.getByRole('group', { name: 'Item 3' }).getByLabel('Title')).toHaveValue('Welcome');
  await expectAccessible(page, 'meeting page: agenda editor');
  await screenshots(page, 'meeting-agenda-editor');

  await agenda.getByRole('button', { name: 'Save the agenda' }).click();
  await expect(agenda.getByRole('button', { name: 'Edit the agenda' })).toBeVisible();
  const saved = agenda.getByRole('listitem');
  await expect(saved.nth(0)).toContainText('Work plan');
  await expect(saved.nth(1)).toContainText('Any other business');
  await expect(saved.nth(2)).toContainText('Welcome');
  await expect(saved.nth(0).getByRole('link', { name: /Data lake architectures compared/ })).toHaveAttribute(
    'href',
    /^\/documents\//,
  );
  await expect(agenda).toContainText('Planned time: 65 of 60 minutes');

  // A blank title is refused beside its input.
  await agenda.getByRole('button', { name: 'Edit the agenda' }).click();
  await agenda.getByRole('group', { name: 'Item 3' }).getByLabel('Title').fill(' ');
  await agenda.getByRole('button', { name: 'Save the agenda' }).click();
  await expect(agenda.getByRole('group', { name: 'Item 3' })).toContainText('Give the item a title.');
  await agenda.getByRole('button', { name: 'Cancel', exact: true }).click();

  // The minutes: written in markdown, previewed by the server, saved and mailed.
  const minutes = page.getByRole('region', { name: 'Minutes' });
  await minutes.getByRole('button', { name: 'Write the minutes' }).click();
  await minutes
    .getByRole('textbox', { name: 'Minutes' })
    .fill(`## Decisions ${stamp}\n\n- **Agreed** on the work plan.`);
  await minutes.getByRole('tab', { name: 'Preview' }).click();
  const preview = minutes.getByRole('tabpanel', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: `Decisions ${stamp}` })).toBeVisible();
  await expect(preview.locator('strong', { hasText: 'Agreed' })).toBeVisible();
  await expect(minutes.getByText('Saving mails the minutes to the group’s members.')).toBeVisible();
  await notificationsClosed(page);
  await expectAccessible(page, 'meeting page: minutes preview');
  await screenshots(page, 'meeting-minutes-preview');
  await minutes.getByRole('button', { name: 'Save the minutes' }).click();
  await expect(minutes.getByRole('heading', { name: `Decisions ${stamp}` })).toBeVisible();
  await expect(minutes.getByRole('button', { name: 'Edit the minutes' })).toBeVisible();
  await screenshots(page, 'meeting-chair');

  const subject = `Minutes: ${title}`;
  const toMember = await waitForMail(
    (m) => m.subject === subject && m.to.includes('felix.wagner@example.org'),
  );
  expect(toMember.text).toContain(`Decisions ${stamp}`);
  await waitForMail((m) => m.subject === subject && m.to.includes(OTHER_MEMBER_EMAIL));
  expect(readMails().filter((m) => m.subject === subject && m.to.includes('ada.member@example.org'))).toEqual(
    [],
  );
});

test('a member of another group finds neither a WORKING_GROUP meeting nor its video link', async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `WG3 closed call ${Date.now()}`;
  const id = await scheduleSeries(browser, baseURL!, title, 'WORKING_GROUP');
  await signIn(page, OUTSIDER);
  await page.goto(`/meetings/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Join the video call' })).toHaveCount(0);
  expect(await page.content()).not.toContain(VIDEO);
});
