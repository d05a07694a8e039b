import { createHash } from 'node:crypto';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { LRUCache } from 'lru-cache';
import { webPaths, webUrl } from '@cop/web-routes';
import type { MeetingWithExceptions } from './meeting.repository';

/**
 * RFC 5545 feeds of meetings. ical-generator writes the events; the VTIMEZONE blocks are built
 * here from the zone's real transitions (luxon over the platform's Intl/ICU data) across the
 * span the feed uses, one block per TZID, so no extra timezone library is needed.
 */

export interface FeedOptions {
  name: string;
  /** Host part of the UIDs: `meeting-<id>@<host>`, stable per meeting. */
  uidHost: string;
  /** Occurrence window; unbounded series are bounded with an UNTIL at its end. */
  from: Date;
  to: Date;
  withVideoLinks: boolean;
  /** Base of the meetings' links to their page in the web app (WEB_URL). */
  webUrl: string;
  /** The UID of a meeting's event (default `meeting-<id>@<uidHost>`). */
  uidOf?: (meeting: MeetingWithExceptions) => string;
  /** The path of a meeting's page (default webPaths.meeting(id)). */
  pathOf?: (meeting: MeetingWithExceptions) => string;
}

export interface RenderedFeed {
  body: string;
  etag: string;
  lastModified: Date;
}

const FLOATING = "yyyyLLdd'T'HHmmss";

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Instants in [from, to] where the zone's UTC offset changes, to the minute. */
function transitions(zone: string, from: Date, to: Date): Date[] {
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const found: Date[] = [];
  // Weekly steps: no zone changes its offset twice within a week in the span feeds cover.
  const step = 7 * 24 * 3600 * 1000;
  let previous = offsetAt(from.getTime());
  for (let t = from.getTime(); t < to.getTime(); t += step) {
    const next = offsetAt(t + step);
    if (next === previous) continue;
    previous = next;
    let lo = t;
    let hi = t + step;
    while (hi - lo > 60_000) {
      const mid = lo + Math.max(60_000, Math.floor((hi - lo) / 2 / 60_000) * 60_000);
      if (offsetAt(mid) === offsetAt(lo)) lo = mid;
      else hi = mid;
    }
    found.push(new Date(hi));
  }
  return found;
}

const vtimezoneCache = new Map<string, string>();

/** A VTIMEZONE with one observance per transition in [from, to] (plus the one in force at from). */
export function vtimezone(zone: string, from: Date, to: Date): string {
  // Feeds ask for the same zones and (day-rounded) spans again and again.
  const day = 24 * 3600 * 1000;
  const start = new Date(Math.floor(from.getTime() / day) * day);
  const end = new Date(Math.ceil(to.getTime() / day) * day);
  const key = `${zone}|${start.getTime()}|${end.getTime()}`;
  let block = vtimezoneCache.get(key);
  if (!block) {
    block = buildVtimezone(zone, start, end);
    if (vtimezoneCache.size > 500) vtimezoneCache.clear();
    vtimezoneCache.set(key, block);
  }
  return block;
}

function buildVtimezone(zone: string, from: Date, to: Date): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (at: Date, offsetFrom: number) => {
    const after = DateTime.fromJSDate(at, { zone });
    const kind = after.isInDST ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the local time of the onset as read before it (RFC 5545 3.6.5).
    const localBefore = DateTime.fromMillis(at.getTime(), { zone: 'UTC' }).plus({ minutes: offsetFrom });
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localBefore.toFormat(FLOATING)}`,
      `TZOFFSETFROM:${offsetText(offsetFrom)}`,
      `TZOFFSETTO:${offsetText(after.offset)}`,
      `TZNAME:${after.offsetNameShort ?? offsetText(after.offset)}`,
      `END:${kind}`,
    );
  };
  const start = DateTime.fromJSDate(from, { zone });
  observance(from, start.offset);
  for (const t of transitions(zone, from, to)) {
    observance(t, DateTime.fromMillis(t.getTime() - 60_000, { zone }).offset);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/** Folds content lines at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence or surrogate pair. */
export function fold(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
      let out = '';
      let octets = 0;
      for (const ch of line) {
        const size = ch.charCodeAt(0) < 0x80 ? 1 : Buffer.byteLength(ch);
        if (octets + size > 75) {
          out += '\r\n ';
          octets = 1;
        }
        out += ch;
        octets += size;
      }
      return out;
    })
    .join('\r\n');
}

/**
 * An instant as a luxon DateTime in a zone, remembered by zone and instant: placing it in its
 * zone is an Intl formatToParts (a few microseconds here) for every start and end of every
 * meeting of every feed request, a seventh of a personal feed's time, and the same instants
 * come back feed after feed (issue 23). DateTimes are immutable, so sharing them is safe.
 */
const zonedTimes = new LRUCache<string, DateTime>({ max: 10_000 });
function inZone(d: Date, zone: string): DateTime {
  const key = `${zone} ${d.getTime()}`;
  let zoned = zonedTimes.get(key);
  if (!zoned) {
    zoned = DateTime.fromJSDate(d, { zone });
    zonedTimes.set(key, zoned);
  }
  return zoned;
}

const utcStamp = (d: Date) => DateTime.fromJSDate(d, { zone: 'UTC' }).toFormat("yyyyLLdd'T'HHmmss'Z'");

export function renderFeed(meetings: MeetingWithExceptions[], opts: FeedOptions): RenderedFeed {
  const earliest = new Date(
    Math.min(opts.from.getTime(), ...meetings.map((m) => m.startsAt.getTime())) - 24 * 3600 * 1000,
  );
  const latest = new Date(opts.to.getTime() + 24 * 3600 * 1000);
  const calendar = ical({
    name: opts.name,
    prodId: { company: 'CoP platform', product: 'calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // Events are written by ical-generator, but joined and folded here: its own folding encodes
  // every character separately and dominates the time of a large feed.
  const events = ical();
  const zones = new Set<string>();
  let lastModified = new Date(0);
  for (const m of meetings) {
    const zone = m.timeZone;
    const at = (d: Date) => inZone(d, zone);
    const uid = opts.uidOf?.(m) ?? `meeting-${m.id}@${opts.uidHost}`;
    const updated = new Date(
      Math.max(m.updatedAt.getTime(), ...m.exceptions.map((e) => e.updatedAt.getTime())),
    );
    if (updated > lastModified) lastModified = updated;
    const url = webUrl(opts.webUrl, opts.pathOf?.(m) ?? webPaths.meeting(m.id));
    const description = [
      m.description,
      opts.withVideoLinks && m.videoUrl ? `Video: ${m.videoUrl}` : null,
      url,
    ]
      .filter(Boolean)
      .join('\n\n');
    const location = opts.withVideoLinks && m.videoUrl && !m.location ? m.videoUrl : m.location;
    const common = {
      id: uid,
      timezone: zone,
      stamp: m.updatedAt,
      lastModified: m.updatedAt,
      summary: m.title,
      description,
      location: location ?? undefined,
      url,
      status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    };
    let repeating: string | null = null;
    if (m.rrule) {
      // An endless series is cut at the end of the feed's window (RFC 5545 wants UNTIL in UTC).
      const rule = /(?:^|;)(COUNT|UNTIL)=/.test(m.rrule) ? m.rrule : `${m.rrule};UNTIL=${utcStamp(opts.to)}`;
      const exdates = m.exceptions
        .filter((e) => e.cancelled && e.originalStartsAt >= opts.from && e.originalStartsAt < opts.to)
        .map((e) => at(e.originalStartsAt).toFormat(FLOATING));
      repeating = `RRULE:${rule}` + (exdates.length ? `\nEXDATE;TZID=${zone}:${exdates.join(',')}` : '');
    }
    zones.add(zone);
    events.createEvent({ ...common, start: at(m.startsAt), end: at(m.endsAt), repeating });
    if (!m.rrule) continue;
    // Moved occurrences: a component of the same UID with RECURRENCE-ID = the original start.
    for (const e of m.exceptions) {
      if (e.cancelled || !e.startsAt || !e.endsAt) continue;
      if (!(e.endsAt > opts.from && e.startsAt < opts.to)) continue;
      events.createEvent({
        ...common,
        stamp: e.updatedAt,
        lastModified: e.updatedAt,
        start: at(e.startsAt),
        end: at(e.endsAt),
        recurrenceId: at(e.originalStartsAt),
      });
    }
  }
  const inner = [
    ...[...zones].sort().map((zone) => vtimezone(zone, earliest, latest)),
    ...events.events().map((e) => e.toString().replace(/\r\n$/, '')),
  ]
    .map(fold)
    .join('\r\n');
  const frame = calendar.toString();
  const body = inner ? frame.replace(/END:VCALENDAR\s*$/, `${inner}\r\nEND:VCALENDAR`) : frame;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { body, etag, lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000) };
}
