import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig, Clock, NotFoundError } from '@cop/platform';
import { Access, scopeOf, type ViewerRequest } from '@cop/identity';
import { webPaths } from '@cop/web-routes';
import { renderFeed, type RenderedFeed } from './ical-feed';
import { mayJoinVideo, meetingScope } from './meeting-visibility';
import { MeetingsService } from './meetings.service';
import { CalendarFeedsService } from './calendar-feeds.service';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The iCalendar feeds (http.md): public, per working group (its PUBLIC meetings) and the
 * personal one behind a secret URL. Bounded to one year back and two years ahead; revalidated
 * with ETag / Last-Modified.
 */
@Controller('calendar')
@Access('ANYONE')
export class CalendarFeedsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly meetings: MeetingsService,
    private readonly feeds: CalendarFeedsService,
    private readonly clock: Clock,
  ) {}

  private window() {
    const now = this.clock.now().getTime();
    return { from: new Date(now - 365 * DAY_MS), to: new Date(now + 2 * 365 * DAY_MS) };
  }

  @Get('public.ics')
  async publicFeed(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { from, to } = this.window();
    const rows = await this.feeds.feedMeetings(meetingScope(null), from, to, { publicOnly: true });
    this.send(req, res, this.render(rows, 'Public meetings', from, to, false));
  }

  @Get('groups/:file')
  async groupFeed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const code = /^(.+)\.ics$/.exec(file)?.[1];
    const groupId = code ? await this.feeds.groupIdByCode(code) : null;
    if (!code || !groupId) throw new NotFoundError('Working group', code ?? file);
    const { from, to } = this.window();
    const rows = await this.feeds.feedMeetings(meetingScope(null), from, to, {
      publicOnly: true,
      groupIds: [groupId],
    });
    this.send(req, res, this.render(rows, `${code.toUpperCase()} meetings`, from, to, false));
  }

  @Get('feeds/:file')
  async personalFeed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const token = /^(.+)\.ics$/.exec(file)?.[1];
    const viewer = token ? await this.feeds.feedViewer(token) : null;
    if (!viewer) throw new NotFoundError('Calendar feed');
    const { from, to } = this.window();
    const rows = await this.feeds.feedMeetings(meetingScope(viewer), from, to, {
      minePersonId: viewer.personId,
    });
    this.send(req, res, this.render(rows, 'My meetings', from, to, mayJoinVideo(viewer?.role)));
  }

  /**
   * One meeting (a series with its RRULE, cancelled and moved occurrences, as the feeds write
   * it) or, with ?occurrence=<original start>, one occurrence, as an .ics download for whoever
   * may see the meeting (the session's viewer; anonymous callers: PUBLIC ones). 404 otherwise.
   */
  @Get('meetings/:file')
  async meetingFile(
    @Param('file') file: string,
    @Query('occurrence') occurrence: unknown,
    @Req() req: ViewerRequest,
    @Res() res: Response,
  ): Promise<void> {
    const id = /^(.+)\.ics$/.exec(file)?.[1];
    const viewer = req.viewer ?? null;
    const found =
      id && (occurrence === undefined || typeof occurrence === 'string')
        ? await this.meetings.meetingForDownload(scopeOf(req), id, occurrence)
        : null;
    if (!found) throw new NotFoundError('Meeting', id ?? file);
    const { row, originalStartsAt } = found;
    const uidHost = new URL(this.config.publicUrl).hostname || 'localhost';
    const now = this.clock.now().getTime();
    const feed = renderFeed([row], {
      name: row.title,
      from: new Date(Math.min(row.startsAt.getTime(), now) - DAY_MS),
      to: new Date(Math.max(row.startsAt.getTime(), now) + 2 * 365 * DAY_MS),
      withVideoLinks: mayJoinVideo(viewer?.role),
      uidHost,
      webUrl: this.config.webUrl,
      // One occurrence: the UID its reminder's .ics has, and its own page.
      uidOf: originalStartsAt ? (m) => `meeting-${m.id}-${originalStartsAt.getTime()}@${uidHost}` : undefined,
      pathOf: originalStartsAt ? (m) => webPaths.meeting(m.id, originalStartsAt) : undefined,
    });
    const name =
      row.title
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'meeting';
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.ics"`);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.status(200).send(feed.body);
  }

  private render(
    rows: Parameters<typeof renderFeed>[0],
    name: string,
    from: Date,
    to: Date,
    withVideoLinks: boolean,
  ): RenderedFeed {
    return renderFeed(rows, {
      name,
      from,
      to,
      withVideoLinks,
      uidHost: new URL(this.config.publicUrl).hostname || 'localhost',
      webUrl: this.config.webUrl,
    });
  }

  private send(req: Request, res: Response, feed: RenderedFeed): void {
    res.setHeader('ETag', feed.etag);
    res.setHeader('Last-Modified', feed.lastModified.toUTCString());
    res.setHeader('Cache-Control', 'private, max-age=300');
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    const notModified = ifNoneMatch
      ? ifNoneMatch.split(',').some((t) => t.trim() === feed.etag || t.trim() === `W/${feed.etag}`)
      : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= feed.lastModified.getTime();
    if (notModified) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="calendar.ics"');
    res.status(200).send(feed.body);
  }
}
