import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, renderEmail } from '@cop/platform';
import { webPaths, webUrl } from '@cop/web-routes';
import { expandOccurrences } from '@cop/meetings';
import { InitiativesRepository } from '@cop/initiatives';
import { type DigestContent, type DigestTarget, type Occurrence, digestLists } from './digest-content';
import { effectiveZone } from './digest-period';
import { digestUnsubscribeToken } from './digest-tokens';
import {
  type DigestMeetingRow,
  type DigestPerson,
  type DigestWindow,
  DigestsRepository,
} from './digests.repository';

const DAY_MS = 24 * 3600 * 1000;
/** Upcoming meetings: those starting within this horizon after the zone run's start. */
export const DIGEST_MEETING_HORIZON_DAYS = 14;
/** Report targets: told once, in the period in which they come within this many days of their due date. */
export const DIGEST_TARGET_HORIZON_DAYS = 30;

/** A digest e-mail as it goes out (the batch sends it, the office's preview shows it). */
export interface DigestMail {
  subject: string;
  html: string;
  text: string;
  unsubscribeUrl: string;
}

/**
 * The one composition of digests, for the batch job and the office's preview alike: what each
 * person may see and is new (each domain's visibility SQL, after their watermark), and the
 * e-mail it makes. The content of many people comes from one query per kind, never per person.
 */
@Injectable()
export class DigestComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DigestsRepository,
    private readonly initiatives: InitiativesRepository,
  ) {}

  /** The window of a zone's period composed at `at` (a zone run's start, or now for a preview). */
  window(period: { start: Date; end: Date }, at: Date): DigestWindow {
    return {
      periodStart: period.start,
      periodEnd: period.end,
      at,
      meetingsTo: new Date(at.getTime() + DIGEST_MEETING_HORIZON_DAYS * DAY_MS),
      closingTo: new Date(at.getTime() + this.config.digests.surveyClosingDays * DAY_MS),
    };
  }

  /** Each person's content for the window, by person id (everyone in `people` has an entry). */
  async compose(people: DigestPerson[], w: DigestWindow): Promise<Map<string, DigestContent>> {
    const ids = people.map((p) => p.id);
    const [documents, news, meetingRows, requests, surveys, reportComments, targets, watermarks] =
      await Promise.all([
        this.repository.documents(ids, w),
        this.repository.news(ids, w),
        this.repository.meetings(ids, w),
        this.repository.pendingRequests(ids, w),
        this.repository.surveys(ids, w),
        this.repository.reportComments(ids, w),
        this.targets(w),
        this.repository.contentWatermarks(ids),
      ]);
    const meetings = await this.expand(meetingRows, w);
    const docsOf = byPerson(documents);
    const newsOf = byPerson(news);
    const meetingsOf = byPerson(meetings);
    const requestsOf = byPerson(requests);
    const surveysOf = byPerson(surveys);
    const commentsOf = byPerson(reportComments);
    return new Map(
      ids.map((id) => [
        id,
        {
          meetings: meetingsOf.get(id) ?? [],
          documents: docsOf.get(id) ?? [],
          news: newsOf.get(id) ?? [],
          requests: requestsOf.get(id) ?? [],
          surveys: surveysOf.get(id) ?? [],
          reportComments: commentsOf.get(id) ?? [],
          // Targets are no secret within the community: every recipient (member or office) is told.
          reportTargets: targetsAfter(targets, (watermarks.get(id) ?? w.periodStart).getTime()),
        },
      ]),
    );
  }

  /** The e-mail of one person's digest; times in their zone (or the zone run's). */
  async render(
    person: DigestPerson,
    frequency: 'DAILY' | 'WEEKLY',
    zone: string,
    content: DigestContent,
  ): Promise<DigestMail> {
    // Pages of the web app on WEB_URL; the unsubscribe link is the API's own route (PUBLIC_URL).
    const link = (path: string) => webUrl(this.config.webUrl, path);
    const subject = `Your ${frequency === 'DAILY' ? 'daily' : 'weekly'} digest`;
    const unsubscribeUrl = new URL(
      `/digests/unsubscribe?token=${encodeURIComponent(digestUnsubscribeToken(this.config.sessionSecret, person.id))}`,
      this.config.publicUrl,
    ).toString();
    const { html, text } = await renderEmail({
      subject,
      heading: subject,
      paragraphs: [`Hello ${person.displayName}, this is what is new for you.`],
      lists: digestLists(content, effectiveZone(person.timeZone, zone), link),
      footer: {
        reason: `You receive this because your digest setting is ${frequency}.`,
        manageUrl: link(webPaths.settingsEmail()),
        unsubscribeUrl,
      },
    });
    return { subject, html, text, unsubscribeUrl };
  }

  /**
   * Targets still ahead at the zone run's start and due within DIGEST_TARGET_HORIZON_DAYS, with the
   * instant each came within that horizon (or was created, if later). A person is told those that
   * came after their watermark, up to the period's end: each target once, as other content.
   */
  private async targets(w: DigestWindow): Promise<(DigestTarget & { entered: number })[]> {
    const horizon = DIGEST_TARGET_HORIZON_DAYS * DAY_MS;
    const today = w.at.toISOString().slice(0, 10);
    const last = new Date(w.at.getTime() + horizon).toISOString().slice(0, 10);
    return (await this.initiatives.targetsDue(today, last))
      .map((t) => ({
        id: t.id,
        name: t.name,
        dueDate: t.dueDate,
        entered: Math.max(Date.parse(`${t.dueDate}T00:00:00Z`) - horizon, t.createdAt.getTime()),
      }))
      .filter((t) => t.entered <= w.periodEnd.getTime());
  }

  /** Series expanded once per meeting; each person keeps what is after their watermark. */
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

const targetsAfter = (targets: (DigestTarget & { entered: number })[], from: number): DigestTarget[] =>
  targets.filter((t) => t.entered > from).map(({ id, name, dueDate }) => ({ id, name, dueDate }));

const byPerson = <T extends { personId: string }>(rows: T[]) => byKey(rows, (r) => r.personId);
