import { DateTime } from 'luxon';
import type { WorkingGroupsRepository } from '@cop/community';
import type { PeopleRepository } from '@cop/identity';
import { type MeetingRepository, seriesEnd } from '@cop/meetings';

/**
 * The demo calendar: the regular community meeting ("back to regular SPECTRUMCoP meetings",
 * Mondays from September 2024), and a few working-group meetings of each visibility. Times are
 * wall-clock times in the meeting's zone; looked up by title, so seeding twice adds nothing.
 */
interface DemoMeeting {
  title: string;
  description: string;
  group: string | null;
  /** Local start of the first occurrence in `zone`, and its length. */
  start: string;
  minutes: number;
  zone: string;
  rrule: string | null;
  visibility: 'PUBLIC' | 'COMMUNITY' | 'WORKING_GROUP';
  location?: string;
  video?: string;
  organizer: string;
}

export const SPECTRUM_MEETINGS: DemoMeeting[] = [
  {
    title: 'SPECTRUM CoP regular meeting',
    description:
      'Back to regular SPECTRUMCoP meetings: every Monday, news from the working groups and the project office.',
    group: null,
    start: '2024-09-02T15:00',
    minutes: 60,
    zone: 'Europe/Rome',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    // Public, so a newcomer (still a GUEST) finds it and subscribes; the video link stays for members.
    visibility: 'PUBLIC',
    video: 'https://meet.example.org/spectrum-cop-weekly',
    organizer: 'office@example.org',
  },
  {
    title: 'SPECTRUM CoP open webinar',
    description: 'A public presentation of the Community of Practice and its Strategic Research Agenda.',
    group: null,
    start: '2025-03-12T16:00',
    minutes: 90,
    zone: 'Europe/Brussels',
    rrule: 'FREQ=MONTHLY;BYDAY=2WE',
    visibility: 'PUBLIC',
    video: 'https://meet.example.org/spectrum-webinar',
    organizer: 'office@example.org',
  },
  {
    title: 'WG1 fortnightly call',
    description: 'Scientific use cases: status of the collection and the next analyses.',
    group: 'WG1',
    start: '2024-09-10T10:00',
    minutes: 60,
    zone: 'Europe/Rome',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    visibility: 'WORKING_GROUP',
    video: 'https://meet.example.org/spectrum-wg1',
    organizer: 'stefano.bagnasco@example.org',
  },
  {
    title: 'WG4 monthly meeting',
    description: 'Radio astronomy and the data challenges of the coming observatories.',
    group: 'WG4',
    start: '2024-10-03T14:00',
    minutes: 60,
    zone: 'Europe/Amsterdam',
    rrule: 'FREQ=MONTHLY;BYDAY=1TH',
    visibility: 'COMMUNITY',
    video: 'https://meet.example.org/spectrum-wg4',
    organizer: 'john.swinbank@example.org',
  },
  {
    title: 'WG5 workshop on the Strategic Research Agenda',
    description: 'A one-day workshop of WG5, open to everyone.',
    group: 'WG5',
    start: '2026-02-17T09:30',
    minutes: 480,
    zone: 'Europe/Zurich',
    rrule: null,
    visibility: 'PUBLIC',
    location: 'CERN, Geneva',
    organizer: 'maria.girone@example.org',
  },
];

export async function seedSpectrumMeetings(
  meetings: MeetingRepository,
  people: PeopleRepository,
  groups: WorkingGroupsRepository,
): Promise<void> {
  for (const m of SPECTRUM_MEETINGS) {
    const group = m.group ? await groups.findByCode(m.group) : null;
    if (m.group && !group) continue;
    if (await meetings.findByTitle(m.title, group?.id ?? null)) continue;
    const organizer =
      (await people.findByEmail(m.organizer)) ?? (await people.findByEmail('office@example.org'));
    if (!organizer) continue;
    const startsAt = demoStart(m);
    const endsAt = new Date(startsAt.getTime() + m.minutes * 60_000);
    const series = { startsAt, endsAt, timeZone: m.zone, rrule: m.rrule };
    await meetings.insert({
      title: m.title,
      description: m.description,
      workingGroupId: group?.id ?? null,
      ...series,
      seriesEndsAt: seriesEnd(series),
      location: m.location ?? null,
      videoUrl: m.video ?? null,
      visibility: m.visibility,
      organizerId: organizer.id,
    });
  }
}

/** The first occurrence's instant: the wall-clock start read in the meeting's zone. */
export function demoStart(m: Pick<DemoMeeting, 'start' | 'zone'>): Date {
  return DateTime.fromISO(m.start, { zone: m.zone }).toJSDate();
}
