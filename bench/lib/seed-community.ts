import type { Client } from 'pg';
import { DateTime } from 'luxon';
import { expandOccurrences, normalizeRecurrence, seriesEnd } from '@cop/meetings';

/** One seeding step: runs the SQL and logs its row count and time. */
export type SeedStep = (label: string, sql: string, params?: unknown[]) => Promise<void>;

/** Zones of the meeting series: both hemispheres' DST rules, and zones without DST. */
const ZONES = [
  'Europe/Rome',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const DAY_MS = 24 * 3600 * 1000;

/** A uniform number in [0, 1) from an integer (the same every run). */
function u(n: number): number {
  let t = (n * 2654435761) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface SeedMeeting {
  title: string;
  description: string;
  working_group_id: string | null;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  rrule: string | null;
  series_ends_at: string | null;
  location: string;
  video_url: string;
  visibility: string;
  organizer_index: number;
  exceptions: {
    original_starts_at: string;
    cancelled: boolean;
    starts_at: string | null;
    ends_at: string | null;
  }[];
}

/**
 * Meeting series as MeetingsService.schedule writes them: the RRULE normalized, series_ends_at
 * from seriesEnd, a first occurrence at a wall-clock hour of its zone. Weekly 60%, monthly 30%,
 * single 10%; a third of the series bounded by COUNT; one in fifty community-wide. A fifth of the
 * series have one cancelled and one moved occurrence in the coming months, as cancelMeeting and
 * rescheduleOccurrence write them (named by an original start the series really has).
 */
function meetingSeries(count: number, groups: number, groupIdOf: (g: number) => string): SeedMeeting[] {
  const now = Date.now();
  const rows: SeedMeeting[] = [];
  for (let i = 1; i <= count; i++) {
    const zone = ZONES[i % ZONES.length];
    const communityWide = i % 50 === 0;
    const g = 1 + (i % groups);
    const kind = u(i * 7 + 1);
    const bounded = u(i * 7 + 2) < 1 / 3;
    const weekday = WEEKDAYS[Math.floor(u(i * 7 + 3) * WEEKDAYS.length)];
    let rrule: string | null;
    if (kind < 0.6) rrule = `FREQ=WEEKLY;BYDAY=${weekday}${bounded ? `;COUNT=${10 + (i % 40)}` : ''}`;
    else if (kind < 0.9) {
      rrule =
        i % 2
          ? `FREQ=MONTHLY;BYMONTHDAY=${1 + (i % 28)}`
          : `FREQ=MONTHLY;BYDAY=${weekday};BYSETPOS=${1 + (i % 3)}`;
      if (bounded) rrule += `;COUNT=${6 + (i % 18)}`;
    } else rrule = null;
    if (rrule) rrule = normalizeRecurrence(rrule);
    // The first occurrence between a year ago and two months ahead, at 08:00–17:30 local time.
    const day = DateTime.fromMillis(now - 365 * DAY_MS + Math.floor(u(i * 7 + 4) * 425) * DAY_MS, {
      zone,
    }).startOf('day');
    const local = day.set({ hour: 8 + (i % 10), minute: i % 2 ? 30 : 0 });
    const startsAt = local.toJSDate();
    const endsAt = new Date(startsAt.getTime() + (i % 3 ? 60 : 90) * 60_000);
    const series = { startsAt, endsAt, timeZone: zone, rrule };
    // An RRULE's first occurrence is the first date matching it: start the series there.
    const first = rrule
      ? expandOccurrences(series, [], startsAt, new Date(startsAt.getTime() + 400 * DAY_MS))[0]
      : null;
    if (rrule && !first) continue;
    const s = first ? { ...series, startsAt: first.startsAt, endsAt: first.endsAt } : series;
    const exceptions: SeedMeeting['exceptions'] = [];
    if (rrule && u(i * 7 + 5) < 0.2) {
      const upcoming = expandOccurrences(s, [], new Date(now), new Date(now + 120 * DAY_MS));
      if (upcoming[1]) {
        exceptions.push({
          original_starts_at: upcoming[1].startsAt.toISOString(),
          cancelled: true,
          starts_at: null,
          ends_at: null,
        });
      }
      if (upcoming[3]) {
        const moved = upcoming[3].startsAt.getTime() + DAY_MS;
        exceptions.push({
          original_starts_at: upcoming[3].startsAt.toISOString(),
          cancelled: false,
          starts_at: new Date(moved).toISOString(),
          ends_at: new Date(moved + s.endsAt.getTime() - s.startsAt.getTime()).toISOString(),
        });
      }
    }
    const v = u(i * 7 + 6);
    const visibility = v < 0.3 ? 'PUBLIC' : v < 0.7 || communityWide ? 'COMMUNITY' : 'WORKING_GROUP';
    const end = seriesEnd(s);
    rows.push({
      title: `${communityWide ? 'Community' : `WG${g}`} ${rrule ? (kind < 0.6 ? 'weekly' : 'monthly') : 'meeting'} ${i}`,
      description: `Series ${i} of the benchmark community, held in ${zone}.`,
      working_group_id: communityWide ? null : groupIdOf(g),
      starts_at: s.startsAt.toISOString(),
      ends_at: s.endsAt.toISOString(),
      time_zone: zone,
      rrule,
      series_ends_at: end ? end.toISOString() : null,
      location: `Room ${1 + (i % 12)}`,
      video_url: `https://video.bench.example/m${i}`,
      visibility,
      organizer_index: 3 + (i % 97),
      exceptions,
    });
  }
  return rows;
}

/** Meeting series and their exceptions, in batches of multi-row INSERT … SELECT from JSON. */
export async function seedMeetings(
  db: Client,
  counts: { meetingSeries: number; workingGroups: number; people: number },
  step: SeedStep,
): Promise<void> {
  const groupIds = (
    await db.query<{ id: string }>(
      `SELECT md5('group' || g)::uuid AS id FROM generate_series(1, $1::int) g`,
      [counts.workingGroups],
    )
  ).rows.map((r) => r.id);
  const rows = meetingSeries(counts.meetingSeries, counts.workingGroups, (g) => groupIds[g - 1]);
  const batch = 1000;
  for (let from = 0; from < rows.length; from += batch) {
    const part = rows.slice(from, from + batch);
    await step(
      `meeting series ${from + 1}-${from + part.length}`,
      `WITH input AS (
         SELECT * FROM json_to_recordset($1::json) AS r(title text, description text, working_group_id uuid,
           starts_at timestamptz, ends_at timestamptz, time_zone text, rrule text, series_ends_at timestamptz,
           location text, video_url text, visibility text, organizer_index int, exceptions json)),
       inserted AS (
         INSERT INTO meetings (title, description, working_group_id, starts_at, ends_at, time_zone, rrule,
           series_ends_at, location, video_url, visibility, organizer_id)
         SELECT title, description, working_group_id, starts_at, ends_at, time_zone, rrule, series_ends_at,
                location, video_url, visibility, md5('person' || (1 + organizer_index % $2::int))::uuid
           FROM input
         RETURNING id, title)
       INSERT INTO meeting_exceptions (meeting_id, original_starts_at, cancelled, starts_at, ends_at)
       SELECT m.id, e.original_starts_at, e.cancelled, e.starts_at, e.ends_at
         FROM inserted m JOIN input i ON i.title = m.title,
              json_to_recordset(i.exceptions) AS e(original_starts_at timestamptz, cancelled boolean,
                starts_at timestamptz, ends_at timestamptz)`,
      [JSON.stringify(part), counts.people],
    );
  }
}

/**
 * Use cases as UseCasesRepository writes them: the eight template parts (some left empty),
 * working groups and experts with positions from 0, three requirements each (one per category).
 * Needs the seed's bench_words() helper.
 */
export async function seedUseCases(
  db: Client,
  counts: { useCases: number; workingGroups: number; people: number },
  step: SeedStep,
): Promise<void> {
  await step(
    'use cases',
    `INSERT INTO use_cases (id, title, summary, status, domains, scientific_challenge, storage, data_transport,
       compute, workflow_management, access_and_analysis, gap_analysis, non_technical_challenges, created_by,
       created_at, updated_at)
     SELECT md5('usecase' || i)::uuid, initcap(bench_words(970000 + i, 5)), bench_words(971000 + i, 30),
            (ARRAY['PROPOSED','SELECTED','IN_ANALYSIS','COMPLETE'])[1 + i % 4],
            ARRAY[(ARRAY['HEP_EXPERIMENTAL','RADIO_ASTRONOMY','GRAVITATIONAL_WAVES_EXPERIMENTAL',
                         'NUCLEAR_PHYSICS_EXPERIMENTAL','ASTROPARTICLE'])[1 + i % 5]],
            bench_words(972000 + i, 120), bench_words(973000 + i, 80), bench_words(974000 + i, 80),
            bench_words(975000 + i, 80), CASE WHEN i % 3 > 0 THEN bench_words(976000 + i, 60) END,
            CASE WHEN i % 4 > 0 THEN bench_words(977000 + i, 60) END,
            CASE WHEN i % 2 = 0 THEN bench_words(978000 + i, 60) END,
            CASE WHEN i % 5 > 1 THEN bench_words(979000 + i, 60) END,
            md5('person' || (3 + i % ($2::int - 2)))::uuid,
            date_trunc('milliseconds', now() - make_interval(days => 30 + i)),
            date_trunc('milliseconds', now() - make_interval(days => i))
       FROM generate_series(1, $1::int) i`,
    [counts.useCases, counts.people],
  );
  await step(
    'use case groups and experts',
    `WITH g AS (
       INSERT INTO use_case_working_groups (use_case_id, working_group_id, position)
       SELECT md5('usecase' || i)::uuid, md5('group' || (1 + (i + k * 7) % $2::int))::uuid, k
         FROM generate_series(1, $1::int) i, generate_series(0, 1) k
       RETURNING 1)
     INSERT INTO use_case_experts (use_case_id, person_id, position)
     SELECT md5('usecase' || i)::uuid, md5('person' || (4 + (i * 13 + k * 101) % ($3::int - 3)))::uuid, k
       FROM generate_series(1, $1::int) i, generate_series(0, 1) k`,
    [counts.useCases, counts.workingGroups, counts.people],
  );
  await step(
    'requirements',
    `INSERT INTO requirements (use_case_id, category, metric, value, unit, year, note, position)
     SELECT md5('usecase' || i)::uuid, r.category, r.metric, round((1 + (i * 37 + r.n * 11) % 200)::numeric / 4, 2),
            r.unit, 2027 + i % 4, NULL, r.n
       FROM generate_series(1, $1::int) i,
            (VALUES (0, 'STORAGE', 'raw data per year', 'PB'), (1, 'DATA_TRANSPORT', 'peak WAN rate', 'GBIT_PER_S'),
                    (2, 'COMPUTE', 'processing per year', 'CORE_HOURS')) AS r(n, category, metric, unit)`,
    [counts.useCases],
  );
}
