import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  MailService,
  TransientMailError,
  renderEmail,
} from '@cop/platform';
import { webPaths, webUrl } from '@cop/web-routes';
import { expandOccurrences } from '@cop/meetings';
import { type DigestContent, type Occurrence, digestLists, isEmpty } from '../digest-content';
import { effectiveZone } from '../digest-period';
import { digestUnsubscribeToken } from '../digest-tokens';
import {
  type DigestMeetingRow,
  type DigestPerson,
  type DigestWindow,
  type DigestZoneRunRow,
  DigestsRepository,
  type WatermarkAdvance,
} from '../digests.repository';

const DAY_MS = 24 * 3600 * 1000;
/** Upcoming meetings: those starting within this horizon after the zone run's start. */
export const DIGEST_MEETING_HORIZON_DAYS = 14;
/** Messages of one batch in flight at once (each holds its delivery row while SMTP runs). */
const SENDS_IN_FLIGHT = 4;

/**
 * Composes and mails one batch of digests. The content comes from one query per kind for the
 * whole batch (each domain's visibility SQL joined with the batch's people), never per member
 * per item. It is bounded by the zone run's period end and start instant, so a retry composes
 * the same digest; the mail key `digest:<runId>:<personId>` makes it go out once, and the
 * watermarks move forward after the sends are recorded (a crash between the two re-sends
 * nothing: the retry finds the keys sent and only moves the watermarks).
 */
@Injectable()
@HandlesJob('digests.batch')
export class DigestBatchJob implements JobHandler<'digests.batch'> {
  private readonly logger = new Logger('DigestBatchJob');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DigestsRepository,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async handle({ zoneRunId, batch, personIds }: JobPayloads['digests.batch']): Promise<void> {
    const zoneRun = await this.repository.findZoneRun(zoneRunId);
    if (!zoneRun || zoneRun.status === 'QUEUED') return;
    const at = new Date(zoneRun.startedAt);
    const w: DigestWindow = {
      periodStart: new Date(zoneRun.periodStart),
      periodEnd: new Date(zoneRun.periodEnd),
      at,
      meetingsTo: new Date(at.getTime() + DIGEST_MEETING_HORIZON_DAYS * DAY_MS),
      closingTo: new Date(at.getTime() + this.config.digests.surveyClosingDays * DAY_MS),
    };
    const people = await this.repository.people(personIds, zoneRun.frequency);
    const ids = people.map((p) => p.id);
    const [documents, news, meetingRows, requests, surveys] = await Promise.all([
      this.repository.documents(ids, w),
      this.repository.news(ids, w),
      this.repository.meetings(ids, w),
      this.repository.pendingRequests(ids, w),
      this.repository.surveys(ids, w),
    ]);
    const meetings = await this.expand(meetingRows, w);
    const docsOf = byPerson(documents);
    const newsOf = byPerson(news);
    const meetingsOf = byPerson(meetings);
    const requestsOf = byPerson(requests);
    const surveysOf = byPerson(surveys);

    let skipped = personIds.length - people.length;
    const covered: WatermarkAdvance[] = [];
    let transient: TransientMailError | null = null;
    const sendOne = async (person: DigestPerson) => {
      const content: DigestContent = {
        meetings: meetingsOf.get(person.id) ?? [],
        documents: docsOf.get(person.id) ?? [],
        news: newsOf.get(person.id) ?? [],
        requests: requestsOf.get(person.id) ?? [],
        surveys: surveysOf.get(person.id) ?? [],
      };
      const watermark = {
        personId: person.id,
        contentUntil: w.periodEnd,
        meetingsUntil: w.meetingsTo,
        surveysUntil: w.at,
        surveysClosingUntil: w.closingTo,
      };
      if (isEmpty(content)) {
        skipped++;
        covered.push(watermark);
        return;
      }
      try {
        const outcome = await this.send(zoneRun, person, content);
        if (outcome === 'failed')
          this.logger.warn(`digest ${zoneRun.runId} to ${person.id} refused for good`);
        covered.push(watermark);
      } catch (error) {
        if (!(error instanceof TransientMailError)) throw error;
        transient ??= error;
      }
    };
    const queue = [...people];
    await Promise.all(
      Array.from({ length: Math.min(SENDS_IN_FLIGHT, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await sendOne(next);
      }),
    );
    // Only those sent, refused for good or with nothing new: a transient failure keeps its content.
    await this.repository.advanceWatermarks(covered);
    if (transient) throw transient;
    const now = this.clock.now();
    await this.repository.finishBatch(zoneRun, batch, skipped, now);
    await this.repository.refreshRun(zoneRun.runId, now);
  }

  /** Series expanded once per meeting for the batch; each person keeps what is after their watermark. */
  private async expand(
    rows: DigestMeetingRow[],
    w: DigestWindow,
  ): Promise<(Occurrence & { personId: string })[]> {
    const series = [...new Set(rows.filter((r) => r.rrule).map((r) => r.id))];
    const exceptions = byKey(await this.repository.meetingExceptions(series), (e) => e.meetingId);
    const cache = new Map<string, Occurrence[]>();
    const result: (Occurrence & { personId: string })[] = [];
    for (const row of rows) {
      let list = cache.get(row.id);
      if (!list) {
        const own = (exceptions.get(row.id) ?? []).map((e) => ({
          originalStartsAt: new Date(e.originalStartsAt),
          cancelled: e.cancelled,
          startsAt: e.startsAt ? new Date(e.startsAt) : null,
          endsAt: e.endsAt ? new Date(e.endsAt) : null,
        }));
        list = expandOccurrences(
          {
            startsAt: new Date(row.startsAt),
            endsAt: new Date(row.endsAt),
            timeZone: row.timeZone,
            rrule: row.rrule,
          },
          own,
          w.at,
          w.meetingsTo,
        )
          .filter((o) => !o.cancelled && o.startsAt >= w.at)
          .map((o) => ({
            meetingId: row.id,
            originalStartsAt: row.rrule ? o.originalStartsAt : null,
            title: row.title,
            startsAt: o.startsAt,
            groupCode: row.groupCode,
          }));
        cache.set(row.id, list);
      }
      const from = new Date(row.meetingsFrom);
      for (const o of list)
        if (o.startsAt > from && o.startsAt <= w.meetingsTo) result.push({ ...o, personId: row.personId });
    }
    return result.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  private async send(zoneRun: DigestZoneRunRow, person: DigestPerson, content: DigestContent) {
    // Pages of the web app on WEB_URL; the unsubscribe link is the API's own route (PUBLIC_URL).
    const link = (path: string) => webUrl(this.config.webUrl, path);
    const frequency = zoneRun.frequency;
    const subject = `Your ${frequency === 'DAILY' ? 'daily' : 'weekly'} digest`;
    const unsubscribeUrl = new URL(
      `/digests/unsubscribe?token=${encodeURIComponent(digestUnsubscribeToken(this.config.sessionSecret, person.id))}`,
      this.config.publicUrl,
    ).toString();
    const { html, text } = await renderEmail({
      subject,
      heading: subject,
      paragraphs: [`Hello ${person.displayName}, this is what is new for you.`],
      lists: digestLists(content, effectiveZone(person.timeZone, zoneRun.zone), link),
      footer: {
        reason: `You receive this because your digest setting is ${frequency}.`,
        manageUrl: link(webPaths.settingsEmail()),
        unsubscribeUrl,
      },
    });
    return this.mail.send({
      key: `digest:${zoneRun.runId}:${person.id}`,
      to: person.email,
      subject,
      html,
      text,
      listUnsubscribeUrl: unsubscribeUrl,
    });
  }
}

function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(r);
    else map.set(key(r), [r]);
  }
  return map;
}

const byPerson = <T extends { personId: string }>(rows: T[]) => byKey(rows, (r) => r.personId);
