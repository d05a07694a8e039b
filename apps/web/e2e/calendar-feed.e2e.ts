import type { Browser, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { expect, gql, settled, signIn, test } from './support/fixtures';

// A chair cancels one occurrence of a series and moves another; a member of the group sees both
// in the calendar, and their personal feed, parsed with ical.js (an independent parser), agrees
// with what the page shows.

const CHAIR = 'Stefano Bagnasco'; // chairs WG1
const MEMBER = 'Elena Colombo'; // a member of WG1
const ZONE = 'Europe/Rome';

/** An instant as the API and the page write it: `2027-02-08T13:00:00.000Z`. */
const iso = (t: DateTime) => t.toUTC().toISO()!;

interface FeedOccurrence {
  /** The start it has in the series (RECURRENCE-ID), ISO. */
  original: string;
  start: string;
}

/** The occurrences of one meeting in a feed, expanded by ical.js: RRULE, EXDATE, RECURRENCE-ID. */
function feedOccurrences(body: string, meetingId: string): FeedOccurrence[] {
  const root = new ICAL.Component(ICAL.parse(body));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = root
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v))
    .filter((e) => e.uid.includes(meetingId));
  const master = events.find((e) => !e.isRecurrenceException());
  if (!master) return [];
  for (const e of events) if (e.isRecurrenceException()) master.relateException(e);
  const out: FeedOccurrence[] = [];
  const it = master.iterator();
  for (let next = it.next(); next; next = it.next()) {
    const details = master.getOccurrenceDetails(next);
    if (details.item.component.getFirstPropertyValue('status') === 'CANCELLED') continue;
    out.push({
      original: details.recurrenceId.toJSDate().toISOString(),
      start: details.startDate.toJSDate().toISOString(),
    });
  }
  return out;
}

/** A daily WG1 series of four at 14:00 Rome, some weeks ahead (clear of the other journeys). */
async function scheduleSeries(browser: Browser, baseURL: string, title: string) {
  const chair = await browser.newContext({ baseURL });
  await signIn(await chair.newPage(), CHAIR);
  const { workingGroup } = await gql<{ workingGroup: { id: string } }>(
    chair,
    baseURL,
    `{ workingGroup(code: "WG1") { id } }`,
  );
  const first = DateTime.now().setZone(ZONE).startOf('week').plus({ weeks: 9, hours: 14 });
  const { scheduleMeeting } = await gql<{ scheduleMeeting: { id: string } }>(
    chair,
    baseURL,
    `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    {
      input: {
        title,
        workingGroupId: workingGroup.id,
        startsAt: first.toUTC().toISO(),
        endsAt: first.plus({ hours: 1 }).toUTC().toISO(),
        timeZone: ZONE,
        recurrence: 'FREQ=DAILY;COUNT=4',
        visibility: 'WORKING_GROUP',
      },
    },
  );
  const id = scheduleMeeting.id;
  // The second day cancelled, the third moved two hours later.
  const day = (n: number) => first.plus({ days: n });
  await gql(
    chair,
    baseURL,
    `mutation($id: ID!, $at: DateTime!) { cancelMeeting(id: $id, occurrenceStartsAt: $at) { id } }`,
    {
      id,
      at: iso(day(1)),
    },
  );
  await gql(
    chair,
    baseURL,
    `mutation($id: ID!, $at: DateTime!, $s: DateTime!, $e: DateTime!) {
      rescheduleOccurrence(id: $id, occurrenceStartsAt: $at, startsAt: $s, endsAt: $e) { id }
    }`,
    {
      id,
      at: day(2).toUTC().toISO(),
      s: day(2).plus({ hours: 2 }).toUTC().toISO(),
      e: day(2).plus({ hours: 3 }).toUTC().toISO(),
    },
  );
  await chair.close();
  return { id, first, day };
}

/** The calendar's events of one meeting: each link's original start (from its href) and name. */
async function pageEvents(page: Page, title: string) {
  const links = page
    .getByRole('region', { name: 'Meetings in this period' })
    .getByRole('link', { name: new RegExp(title) });
  const out: { original: string; name: string }[] = [];
  for (const link of await links.all()) {
    const href = new URL((await link.getAttribute('href'))!, 'http://x');
    out.push({
      original: new Date(href.searchParams.get('occurrence')!).toISOString(),
      name: (await link.getAttribute('aria-label')) ?? (await link.innerText()),
    });
  }
  return out.sort((a, b) => a.original.localeCompare(b.original));
}

test('a cancelled and a moved occurrence: the calendar and the personal feed (ical.js) agree', async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `WG1 feed check ${Date.now().toString(36)}`;
  const { id, first, day } = await scheduleSeries(browser, baseURL!, title);

  await signIn(page, MEMBER, `/calendar?view=list&date=${first.toISODate()}&groups=WG1`);
  await settled(page);
  await expect(page.getByRole('status').filter({ hasText: /meetings? shown/ })).toHaveCount(1);
  const shown = await pageEvents(page, title);
  expect(shown.map((e) => e.original)).toEqual([0, 1, 2, 3].map((n) => iso(day(n))));
  const [, cancelled, moved, last] = shown;
  await expect(page.getByRole('link', { name: new RegExp(`${title}.*Cancelled`) })).toHaveCount(1);
  expect(cancelled.name).toMatch(/Cancelled/);
  expect(moved.name).toMatch(/16:00/);
  expect(moved.name).toMatch(/moved from/);
  expect(last.name).toMatch(/14:00/);

  // The member's personal feed, fetched as a calendar app would (no session: the secret URL).
  const { viewer } = await gql<{ viewer: { calendarFeedUrl: string } }>(
    page.context(),
    baseURL!,
    `{ viewer { calendarFeedUrl } }`,
  );
  const res = await fetch(viewer.calendarFeedUrl);
  expect(res.status).toBe(200);
  const feed = feedOccurrences(await res.text(), id);
  const inWeek = feed.filter((o) => o.original < iso(day(4)));
  // What the page shows as taking place, the feed has, at the same times.
  const taking = shown.filter((e) => !/Cancelled/.test(e.name)).map((e) => e.original);
  expect(inWeek.map((o) => o.original)).toEqual(taking);
  const starts = inWeek.map((o) => DateTime.fromISO(o.start).setZone(ZONE).toFormat('HH:mm'));
  expect(starts).toEqual(['14:00', '16:00', '14:00']);
  expect(inWeek[1].start).toBe(iso(day(2).plus({ hours: 2 })));
});
