import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, requestLoader } from '@cop/platform';
import { hashToken, type SignedInScope, type Viewer } from '@cop/identity';
import { MeetingRepository, type MeetingWithExceptions } from './meeting.repository';
import type { MeetingScope } from './meeting-visibility';

/**
 * The calendar feeds: each person's secret feed link (derived from a generation, so only its hash
 * is stored; rotating makes a new one), whose feed a token stands for, and the meetings a feed
 * lists (the public, a group's, a person's).
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
  ) {}

  /** The personal feed's secret for a generation: derived, so only its hash is stored. */
  private feedToken(personId: string, generation: number): string {
    const mac = createHmac('sha256', this.config.sessionSecret)
      .update(`calendar-feed:${personId}:${generation}`)
      .digest('base64url');
    return `cal_${mac}`;
  }

  private feedUrl(token: string): string {
    return new URL(`/calendar/feeds/${token}.ics`, this.config.publicUrl).toString();
  }

  /** Once per request: the https and webcal links of one request share one look-up. */
  calendarFeedUrl(scope: SignedInScope): Promise<string> {
    return requestLoader<string, string>(scope.loaders, 'meetings.calendarFeedUrl', (ids) =>
      Promise.all(
        ids.map(async (personId) => {
          const generation = await this.meetings.ensureFeed(personId, (g) =>
            hashToken(this.feedToken(personId, g)),
          );
          return this.feedUrl(this.feedToken(personId, generation));
        }),
      ),
    ).load(scope.personId);
  }

  async rotateCalendarFeedUrl(viewer: Viewer): Promise<string> {
    const generation = await this.meetings.rotateFeed(viewer.personId, (g) =>
      hashToken(this.feedToken(viewer.personId, g)),
    );
    return this.feedUrl(this.feedToken(viewer.personId, generation));
  }

  /** The viewer a personal feed token stands for, or null (unknown or rotated). */
  async feedViewer(token: string): Promise<Viewer | null> {
    if (!/^cal_[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const owner = await this.meetings.feedOwnerByHash(hashToken(token));
    return owner ? { personId: owner.personId, role: owner.role as Viewer['role'], via: 'token' } : null;
  }

  feedMeetings(
    scope: MeetingScope,
    from: Date,
    to: Date,
    filter: Parameters<MeetingRepository['visibleInWindow']>[3],
  ): Promise<MeetingWithExceptions[]> {
    return this.meetings.visibleInWindow(scope, from, to, filter);
  }

  groupIdByCode(code: string): Promise<string | null> {
    return this.meetings.groupIdsByCodes([code.toUpperCase()]).then((m) => m.get(code.toUpperCase()) ?? null);
  }
}
