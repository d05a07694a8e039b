import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  MailService,
  TransientMailError,
  renderEmail,
} from '@cop/platform';
import { expandOccurrences } from '@cop/meetings';
import { digestUnsubscribeToken } from '../digest-tokens';
import {
  type DigestDocumentRow,
  type DigestMeetingRow,
  type DigestNewsRow,
  type DigestPerson,
  DigestsRepository,
} from '../digests.repository';

const DAY_MS = 24 * 3600 * 1000;
/** Upcoming meetings: those starting within this horizon after the period's end. */
export const DIGEST_MEETING_HORIZON_DAYS = 14;

interface Occurrence {
  title: string;
  startsAt: Date;
  groupCode: string | null;
}

/**
 * Composes and mails one batch of digests. The content comes from a handful of queries for the
 * whole batch (each domain's visibility SQL joined with the batch's people), never per member
 * per item. Content is bounded by the run's period end, so a retry composes the same digest;
 * the mail key `digest:<runId>:<personId>` makes it go out once, and the watermark moves
 * forward after the send is recorded (a crash between the two re-sends nothing: the retry
 * finds the key sent and only moves the watermark).
 */
@Injectable()
@HandlesJob('digests.batch')
export class DigestBatchJob implements JobHandler<'digests.batch'> {
  private readonly logger = new Logger('DigestBatchJob');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DigestsRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ runId, batch, personIds }: JobPayloads['digests.batch']): Promise<void> {
    const run = await this.repository.findRun(runId);
    if (!run || run.status === 'QUEUED') return;
    const periodEnd = new Date(run.periodEnd);
    const horizon = new Date(periodEnd.getTime() + DIGEST_MEETING_HORIZON_DAYS * DAY_MS);
    const people = await this.repository.people(personIds, run.frequency, run);
    const ids = people.map((p) => p.id);
    const [documents, news, meetingRows] = await Promise.all([
      this.repository.documents(ids, periodEnd, new Date(run.periodStart)),
      this.repository.news(ids, periodEnd, new Date(run.periodStart)),
      this.repository.meetings(ids, periodEnd, horizon),
    ]);
    const occurrences = await this.expand(meetingRows, periodEnd, horizon);
    const byPerson = <T extends { personId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const r of rows) map.set(r.personId, [...(map.get(r.personId) ?? []), r]);
      return map;
    };
    const docsOf = byPerson(documents);
    const newsOf = byPerson(news);
    const meetingsOf = byPerson(occurrences);

    let skipped = personIds.length - people.length;
    let transient: TransientMailError | null = null;
    for (const person of people) {
      const from = new Date(person.meetingsFrom);
      const upcoming = (meetingsOf.get(person.id) ?? []).filter(
        (o) => o.startsAt > from && o.startsAt <= horizon,
      );
      const docs = docsOf.get(person.id) ?? [];
      const items = newsOf.get(person.id) ?? [];
      if (upcoming.length + docs.length + items.length === 0) {
        skipped++;
        await this.repository.advanceWatermark(person.id, periodEnd, horizon);
        continue;
      }
      try {
        const outcome = await this.send(runId, run.frequency, person, upcoming, docs, items);
        if (outcome === 'failed') this.logger.warn(`digest ${runId} to ${person.id} refused for good`);
        await this.repository.advanceWatermark(person.id, periodEnd, horizon);
      } catch (error) {
        if (!(error instanceof TransientMailError)) throw error;
        transient ??= error;
      }
    }
    if (transient) throw transient;
    await this.repository.finishBatch(runId, batch, skipped);
  }

  private async expand(rows: DigestMeetingRow[], from: Date, to: Date) {
    const series = [...new Set(rows.filter((r) => r.rrule).map((r) => r.id))];
    const exceptions = await this.repository.meetingExceptions(series);
    const cache = new Map<string, Occurrence[]>();
    const result: (Occurrence & { personId: string })[] = [];
    for (const row of rows) {
      let list = cache.get(row.id);
      if (!list) {
        const own = exceptions
          .filter((e) => e.meetingId === row.id)
          .map((e) => ({
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
          from,
          to,
        )
          .filter((o) => !o.cancelled && o.startsAt >= from)
          .map((o) => ({ title: row.title, startsAt: o.startsAt, groupCode: row.groupCode }));
        cache.set(row.id, list);
      }
      for (const o of list) result.push({ ...o, personId: row.personId });
    }
    return result.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  private async send(
    runId: string,
    frequency: string,
    person: DigestPerson,
    meetings: Occurrence[],
    documents: DigestDocumentRow[],
    news: DigestNewsRow[],
  ) {
    const zone = person.timeZone || 'UTC';
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    const link = (path: string) => new URL(path, this.config.publicUrl).toString();
    const lines: string[] = [];
    if (meetings.length) {
      lines.push(`## Upcoming meetings (times in ${zone})`, '');
      for (const m of meetings)
        lines.push(
          `- ${format.format(m.startsAt)} ${zone}: ${m.groupCode ? `${m.groupCode} ` : ''}${escapeMd(m.title)}`,
        );
      lines.push('');
    }
    if (documents.length) {
      lines.push('## Documents', '');
      for (const d of documents)
        lines.push(
          `- [${escapeMd(d.title)}](${link(`/documents/${d.id}`)}) (${d.isNew ? 'new' : 'updated'})`,
        );
      lines.push('');
    }
    if (news.length) {
      lines.push('## News', '');
      for (const n of news) lines.push(`- [${escapeMd(n.title)}](${link(`/news/${n.id}`)})`);
      lines.push('');
    }
    const subject = `Your ${frequency === 'DAILY' ? 'daily' : 'weekly'} digest`;
    const unsubscribeUrl = link(
      `/digests/unsubscribe?token=${encodeURIComponent(digestUnsubscribeToken(this.config.sessionSecret, person.id))}`,
    );
    const { html, text } = await renderEmail({
      subject,
      heading: subject,
      paragraphs: [`Hello ${person.displayName}, this is what is new for you.`],
      bodyMarkdown: lines.join('\n'),
      footer: {
        reason: `You receive this because your digest setting is ${frequency}.`,
        manageUrl: link('/settings/email'),
        unsubscribeUrl,
      },
    });
    return this.mail.send({
      key: `digest:${runId}:${person.id}`,
      to: person.email,
      subject,
      html,
      text,
      listUnsubscribeUrl: unsubscribeUrl,
    });
  }
}

function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]()<>#!|])/g, '\\$1');
}
