import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  byKeys,
  Clock,
  renderMarkdown,
  requestLoader,
  groupedByKeys,
  isUuid,
  pageSize,
} from '@cop/platform';
import type { Scope } from '@cop/identity';
import { KnowledgeLimits } from '@cop/knowledge';
import type { MeetingInput } from './inputs/meeting.input';
import {
  type AgendaItemRow,
  MeetingRepository,
  type MeetingRow,
  type MeetingWithExceptions,
} from './meeting.repository';
import { meetingScope, meetingVisible } from './meeting-visibility';
import {
  AgendaItem,
  Meeting,
  MeetingOccurrence,
  MeetingStatus,
  OccurrenceTime,
} from './models/meeting.model';
import {
  MAX_WINDOW_DAYS,
  type SeriesException,
  expandOccurrences,
  isOccurrenceStart,
  nextStarts,
} from './recurrence';
import { MINUTES_MAX_CHARS, checkWindow } from './meeting-fields';
import { MeetingAccess } from './meeting-access';

const DAY_MS = 24 * 3600 * 1000;
/** meetingOccurrencesPreview lists at most this many. */
const MAX_PREVIEW_OCCURRENCES = 20;
/** upcomingMeetings looks this far ahead first, and a year ahead only for groups with fewer. */
const UPCOMING_FIRST_DAYS = 42;
/** calendar(first:)'s bound: a home page's list, not a calendar. */
export const MAX_CALENDAR_FIRST = 100;

/**
 * Reading meetings: one meeting, the calendar, a group's upcoming meetings, occurrences, agendas
 * and the documents' links to them, the scheduling form's previews and the .ics download. The
 * writes are in MeetingWritesService, answers in MeetingRsvpService, clashes in
 * MeetingConflictsService, the feeds in CalendarFeedsService.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly access: MeetingAccess,
    private readonly knowledgeLimits: KnowledgeLimits,
    private readonly clock: Clock,
  ) {}

  /** Meeting.viewerCanManage (MeetingAccess). */
  viewerCanManage(scope: Scope, meeting: Meeting): Promise<boolean> {
    return this.access.viewerCanManage(scope, meeting);
  }

  async meeting(scope: Scope, id: string): Promise<Meeting | null> {
    const row = await this.access.visibleRow(scope, id);
    return row ? this.access.toModel(row, scope.viewer) : null;
  }

  /**
   * One meeting by id as meeting() answers it, the look-ups of a request batched into one
   * statement (for relations of other domains: a report's evidence citing minutes).
   */
  async meetingOf(scope: Scope, id: string): Promise<Meeting | null> {
    const row = await requestLoader<string, MeetingRow | null>(
      scope.loaders,
      'meetings.byIdForRelations',
      async (ids) => {
        const rows = await this.meetings.findByIds(ids.filter(isUuid));
        return byKeys(ids, rows, (r) => r.id);
      },
    ).load(id);
    const visible =
      row && meetingVisible(meetingScope(scope.viewer), row, await this.access.activeGroups(scope));
    return visible ? this.access.toModel(row, scope.viewer) : null;
  }

  /**
   * Occurrences overlapping [from, to) of the meetings the viewer may see: one query, expanded in
   * memory. With `first`, the earliest `first` of them: the next weeks are expanded first and the
   * whole window only when they hold fewer (a home page's "next meetings" need not expand a year).
   */
  async calendar(
    scope: Scope,
    from: Date,
    to: Date,
    filter: {
      workingGroupCodes?: string[] | null;
      mine?: boolean | null;
      communityWide?: boolean | null;
      first?: number | null;
    },
  ): Promise<MeetingOccurrence[]> {
    const { viewer } = scope;
    checkWindow(from, to);
    const first = filter.first == null ? null : pageSize(filter.first, 0, MAX_CALENDAR_FIRST);
    let groupIds: string[] | null = null;
    if (filter.workingGroupCodes) {
      const codes = filter.workingGroupCodes.map((c) => c.toUpperCase());
      groupIds = [...(await this.meetings.groupIdsByCodes(codes)).values()];
    }
    const expand = async (until: Date) => {
      const rows = await this.meetings.visibleInWindow(meetingScope(viewer), from, until, {
        groupIds,
        minePersonId: filter.mine && viewer ? viewer.personId : null,
        communityWide: filter.communityWide ?? false,
      });
      return this.access.occurrencesOf(rows, viewer, from, until);
    };
    if (first === null) return expand(to);
    // What overlaps the first weeks is the start of what overlaps the window (both by start).
    const soon = new Date(from.getTime() + UPCOMING_FIRST_DAYS * DAY_MS);
    if (soon < to) {
      const early = await expand(soon);
      if (early.length >= first) return early.slice(0, first);
    }
    return (await expand(to)).slice(0, first);
  }

  /** WorkingGroup.upcomingMeetings: batched over the groups of the request in one query. */
  upcomingOf(scope: Scope, groupId: string, first: number): Promise<MeetingOccurrence[]> {
    const { viewer } = scope;
    const limit = Math.max(0, Math.min(first ?? 5, 50));
    return requestLoader<string, MeetingOccurrence[]>(
      scope.loaders,
      `meetings.upcoming:${limit}`,
      async (groupIds) => {
        const from = this.clock.now();
        // The next weeks first: expanding a year of every series to keep five was most of the
        // dashboard's time (issue 10). Groups still short of `limit` are looked up over the year.
        const next = async (ids: readonly string[], days: number) => {
          const to = new Date(from.getTime() + days * DAY_MS);
          const rows = await this.meetings.visibleInWindow(meetingScope(viewer), from, to, { groupIds: ids });
          const occurrences = this.access
            .occurrencesOf(rows, viewer, from, to)
            .filter((o) => !o.cancelled && o.startsAt >= from);
          const perGroup = groupedByKeys(ids, occurrences, (o) => o.meeting.workingGroupId);
          return new Map(ids.map((g, i) => [g, perGroup[i].slice(0, limit)]));
        };
        const soon = await next(groupIds, UPCOMING_FIRST_DAYS);
        const short = groupIds.filter((g) => soon.get(g)!.length < limit);
        const later =
          short.length && UPCOMING_FIRST_DAYS < MAX_WINDOW_DAYS ? await next(short, MAX_WINDOW_DAYS) : null;
        return groupIds.map((g) => later?.get(g) ?? soon.get(g)!);
      },
    ).load(groupId);
  }

  async occurrences(req: object, meeting: Meeting, from: Date, to: Date): Promise<MeetingOccurrence[]> {
    checkWindow(from, to);
    const exceptions = await requestLoader<string, SeriesException[]>(
      req,
      'meetings.exceptions',
      async (ids) => {
        const rows = await this.meetings.exceptionsOf(ids);
        return groupedByKeys(ids, rows, (r) => r.meetingId);
      },
    ).load(meeting.id);
    const series = { ...meeting, rrule: meeting.recurrence };
    return expandOccurrences(series, exceptions, from, to).map((o) => ({
      meeting,
      ...o,
      cancelled: o.cancelled || meeting.status === MeetingStatus.CANCELLED,
    }));
  }

  /**
   * Document.linkedFrom: the agenda items linking the document in meetings the viewer may see,
   * newest meeting first. Two statements per request however many documents are listed.
   */
  async agendaLinksOf(
    scope: Scope,
    documentId: string,
  ): Promise<{ meeting: Meeting; agendaItem: AgendaItem }[]> {
    const { viewer } = scope;
    const links = await requestLoader<string, (AgendaItemRow & { documentId: string })[]>(
      scope.loaders,
      'meetings.agendaLinksOfDocument',
      async (docIds) => {
        const rows = await this.meetings.agendaLinksOf(docIds, meetingScope(viewer));
        return groupedByKeys(docIds, rows, (r) => r.documentId);
      },
    ).load(documentId);
    const meetingLoader = requestLoader<string, MeetingRow | null>(
      scope.loaders,
      'meetings.linkedMeetings',
      async (ids) => {
        const rows = await this.meetings.findByIds(ids);
        return byKeys(ids, rows, (r) => r.id);
      },
    );
    const meetings = await Promise.all(links.map((l) => meetingLoader.load(l.meetingId)));
    return links.flatMap((link, i) => {
      const row = meetings[i];
      if (!row) return [];
      const { documentId: _linked, ...item } = link;
      return [{ meeting: this.access.toModel(row, viewer), agendaItem: item }];
    });
  }

  async agenda(req: object, meetingId: string): Promise<AgendaItem[]> {
    return requestLoader<string, AgendaItem[]>(req, 'meetings.agenda', async (ids) => {
      const rows = await this.meetings.agendaOf(ids);
      return groupedByKeys(ids, rows, (r) => r.meetingId);
    }).load(meetingId);
  }

  /**
   * The next `first` (1..20) occurrences of a proposed meeting at or after now (or its start,
   * when later), expanded in its zone: the scheduling form's preview. The input is checked as
   * scheduleMeeting checks it, naming the same fields; who may schedule it is not asked here.
   */
  async occurrencesPreview(input: MeetingInput, first: number | null = 5): Promise<OccurrenceTime[]> {
    first ??= 5;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PREVIEW_OCCURRENCES) {
      throw BadUserInputError.field('first', `must be 1 to ${MAX_PREVIEW_OCCURRENCES}`);
    }
    const fields = await this.access.checkInput(input);
    const from = new Date(Math.max(this.clock.now().getTime(), fields.startsAt.getTime()));
    const duration = fields.endsAt.getTime() - fields.startsAt.getTime();
    return nextStarts(fields, from, first).map((startsAt) => ({
      startsAt,
      endsAt: new Date(startsAt.getTime() + duration),
    }));
  }

  /**
   * Query.markdownPreview: the markdown as the server renders and sanitizes minutesHtml and
   * bodyHtml (the editors' preview). Takes whatever the minutes or a document body may hold.
   */
  markdownPreview(markdown: string): string {
    const fits =
      markdown.length <= MINUTES_MAX_CHARS ||
      Buffer.byteLength(markdown, 'utf8') <= this.knowledgeLimits.bodyMaxBytes;
    if (!fits) {
      throw BadUserInputError.field(
        'markdown',
        `must be at most ${MINUTES_MAX_CHARS} characters (minutes) or ${this.knowledgeLimits.bodyMaxBytes} bytes (a document body)`,
      );
    }
    return renderMarkdown(markdown);
  }

  /**
   * GET /calendar/meetings/:id.ics: the meeting as the viewer may see it, with its exceptions,
   * or (given an original start) that one occurrence at its actual time as a meeting of its own.
   * Null when the viewer may not see the meeting or it has no such occurrence.
   */
  async meetingForDownload(
    scope: Scope,
    id: string,
    occurrence: string | undefined,
  ): Promise<{ row: MeetingWithExceptions; originalStartsAt: Date | null } | null> {
    if (!(await this.access.visibleRow(scope, id))) return null;
    const row = await this.meetings.findWithExceptions(id);
    if (!row) return null;
    if (occurrence === undefined) return { row, originalStartsAt: null };
    const original = new Date(occurrence);
    if (isNaN(original.getTime()) || !isOccurrenceStart(row, original)) return null;
    const ex = row.exceptions.find((e) => e.originalStartsAt.getTime() === original.getTime());
    const duration = row.endsAt.getTime() - row.startsAt.getTime();
    const startsAt = ex?.startsAt ?? original;
    return {
      row: {
        ...row,
        rrule: null,
        startsAt,
        endsAt: ex?.endsAt ?? new Date(startsAt.getTime() + duration),
        status: ex?.cancelled ? 'CANCELLED' : row.status,
        updatedAt: ex && ex.updatedAt > row.updatedAt ? ex.updatedAt : row.updatedAt,
        exceptions: [],
      },
      originalStartsAt: original,
    };
  }
}
