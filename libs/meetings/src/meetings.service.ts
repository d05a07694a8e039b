import { Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  APP_CONFIG,
  type AppConfig,
  BadUserInputError,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  OutboxService,
  renderMarkdown,
  requestLoader,
  groupedByKeys,
  isUuid,
} from '@cop/platform';
import { isMember, type Viewer } from '@cop/identity';
import { KnowledgeLimits } from '@cop/knowledge';
import type { AgendaItemInput, MeetingInput } from './inputs/meeting.input';
import {
  type AgendaItemRow,
  MeetingRepository,
  type MeetingRow,
  type MeetingWithExceptions,
} from './meeting.repository';
import { mayJoinVideo, meetingScope, meetingVisible } from './meeting-visibility';
import {
  AgendaItem,
  Attendance,
  Meeting,
  MeetingConflict,
  MeetingOccurrence,
  MeetingStatus,
  OccurrenceTime,
  RsvpResponse,
  Visibility,
} from './models/meeting.model';
import {
  MAX_MEETING_DAYS,
  MAX_WINDOW_DAYS,
  type SeriesException,
  expandOccurrences,
  isOccurrenceStart,
  nextStarts,
} from './recurrence';
import { remindersWithinReach } from './reminders';
import { checkWindow, meetingFieldsOf } from './meeting-fields';

const DAY_MS = 24 * 3600 * 1000;
/** The longest minutes recordMinutes takes. */
export const MINUTES_MAX_CHARS = 100_000;
/** meetingOccurrencesPreview lists at most this many. */
const MAX_PREVIEW_OCCURRENCES = 20;
/** upcomingMeetings looks this far ahead first, and a year ahead only for groups with fewer. */
const UPCOMING_FIRST_DAYS = 42;

/** Meetings, series, agenda, minutes, attendance and the calendar: rules and access checks. */
@Injectable()
export class MeetingsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
    private readonly outbox: OutboxService,
    private readonly knowledgeLimits: KnowledgeLimits,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------------ reading

  /** The GraphQL model as this viewer may see it (the caller has checked visibility). */
  toModel(row: MeetingRow, viewer: Viewer | null): Meeting {
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      timeZone: row.timeZone,
      recurrence: row.rrule,
      location: row.location,
      videoConferenceUrl: mayJoinVideo(viewer?.role) ? row.videoUrl : null,
      visibility: row.visibility as Visibility,
      status: row.status as MeetingStatus,
      minutes: row.minutes,
      workingGroupId: row.workingGroupId,
      organizerId: row.organizerId,
    };
  }

  /** The groups the viewer holds an ACTIVE seat in, once per request. */
  private activeGroups(req: object, viewer: Viewer | null): Promise<Set<string>> {
    if (!viewer) return Promise.resolve(new Set());
    return requestLoader<string, Set<string>>(req, 'meetings.activeGroups', async (ids) =>
      Promise.all(ids.map(async (id) => new Set(await this.meetings.activeGroupIdsOf(id)))),
    ).load(viewer.personId);
  }

  /** The groups the viewer chairs (ACTIVE CHAIR seat), once per request. */
  private chairedGroups(req: object, viewer: Viewer): Promise<Set<string>> {
    return requestLoader<string, Set<string>>(req, 'meetings.chairedGroups', async (ids) =>
      Promise.all(ids.map(async (id) => new Set(await this.meetings.chairedGroupIdsOf(id)))),
    ).load(viewer.personId);
  }

  /**
   * Meeting.viewerCanManage: whether the viewer may edit, cancel, move, set the agenda of and
   * record the minutes of the meeting (assertManager's rule): a chair of its group or OFFICE;
   * community-wide meetings OFFICE only. One look-up of the viewer's chairs per request.
   */
  async viewerCanManage(req: object, viewer: Viewer | null, meeting: Meeting): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.role === 'OFFICE') return true;
    if (viewer.role !== 'MEMBER' || meeting.workingGroupId === null) return false;
    return (await this.chairedGroups(req, viewer)).has(meeting.workingGroupId);
  }

  private async visibleRow(req: object, viewer: Viewer | null, id: string): Promise<MeetingRow | null> {
    if (!isUuid(id)) return null;
    const row = await this.meetings.findById(id);
    if (!row) return null;
    const visible = meetingVisible(meetingScope(viewer), row, await this.activeGroups(req, viewer));
    return visible ? row : null;
  }

  async meeting(req: object, viewer: Viewer | null, id: string): Promise<Meeting | null> {
    const row = await this.visibleRow(req, viewer, id);
    return row ? this.toModel(row, viewer) : null;
  }

  /** Occurrences overlapping [from, to) of the meetings the viewer may see: one query, expanded in memory. */
  async calendar(
    viewer: Viewer | null,
    from: Date,
    to: Date,
    workingGroupCodes: string[] | null | undefined,
    mine: boolean | null | undefined,
  ): Promise<MeetingOccurrence[]> {
    checkWindow(from, to);
    let groupIds: string[] | null = null;
    if (workingGroupCodes) {
      const byCode = await this.meetings.groupIdsByCodes(workingGroupCodes.map((c) => c.toUpperCase()));
      groupIds = [...byCode.values()];
    }
    const rows = await this.meetings.visibleInWindow(meetingScope(viewer), from, to, {
      groupIds,
      minePersonId: mine && viewer ? viewer.personId : null,
    });
    return this.occurrencesOf(rows, viewer, from, to);
  }

  private occurrencesOf(
    rows: MeetingWithExceptions[],
    viewer: Viewer | null,
    from: Date,
    to: Date,
  ): MeetingOccurrence[] {
    const result: MeetingOccurrence[] = [];
    for (const row of rows) {
      const meeting = this.toModel(row, viewer);
      for (const o of expandOccurrences(row, row.exceptions, from, to)) {
        result.push({ meeting, ...o, cancelled: o.cancelled || row.status === 'CANCELLED' });
      }
    }
    return result.sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.meeting.id.localeCompare(b.meeting.id),
    );
  }

  /** WorkingGroup.upcomingMeetings: batched over the groups of the request in one query. */
  upcomingOf(
    req: object,
    viewer: Viewer | null,
    groupId: string,
    first: number,
  ): Promise<MeetingOccurrence[]> {
    const limit = Math.max(0, Math.min(first ?? 5, 50));
    return requestLoader<string, MeetingOccurrence[]>(req, `meetings.upcoming:${limit}`, async (groupIds) => {
      const from = this.clock.now();
      // The next weeks first: expanding a year of every series to keep five was most of the
      // dashboard's time (issue 10). Groups still short of `limit` are looked up over the year.
      const next = async (ids: readonly string[], days: number) => {
        const to = new Date(from.getTime() + days * DAY_MS);
        const rows = await this.meetings.visibleInWindow(meetingScope(viewer), from, to, { groupIds: ids });
        const occurrences = this.occurrencesOf(rows, viewer, from, to).filter(
          (o) => !o.cancelled && o.startsAt >= from,
        );
        return new Map(
          ids.map((g) => [g, occurrences.filter((o) => o.meeting.workingGroupId === g).slice(0, limit)]),
        );
      };
      const soon = await next(groupIds, UPCOMING_FIRST_DAYS);
      const short = groupIds.filter((g) => soon.get(g)!.length < limit);
      const later =
        short.length && UPCOMING_FIRST_DAYS < MAX_WINDOW_DAYS ? await next(short, MAX_WINDOW_DAYS) : null;
      return groupIds.map((g) => later?.get(g) ?? soon.get(g)!);
    }).load(groupId);
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
    req: object,
    viewer: Viewer | null,
    documentId: string,
  ): Promise<{ meeting: Meeting; agendaItem: AgendaItem }[]> {
    const links = await requestLoader<string, (AgendaItemRow & { documentId: string })[]>(
      req,
      'meetings.agendaLinksOfDocument',
      async (docIds) => {
        const rows = await this.meetings.agendaLinksOf(docIds, meetingScope(viewer));
        return groupedByKeys(docIds, rows, (r) => r.documentId);
      },
    ).load(documentId);
    const meetingLoader = requestLoader<string, MeetingRow | null>(
      req,
      'meetings.linkedMeetings',
      async (ids) => {
        const rows = await this.meetings.findByIds(ids);
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      },
    );
    const meetings = await Promise.all(links.map((l) => meetingLoader.load(l.meetingId)));
    return links.flatMap((link, i) => {
      const row = meetings[i];
      if (!row) return [];
      const { documentId: _linked, ...item } = link;
      return [{ meeting: this.toModel(row, viewer), agendaItem: item }];
    });
  }

  async agenda(req: object, meetingId: string): Promise<AgendaItem[]> {
    return requestLoader<string, AgendaItem[]>(req, 'meetings.agenda', async (ids) => {
      const rows = await this.meetings.agendaOf(ids);
      return groupedByKeys(ids, rows, (r) => r.meetingId);
    }).load(meetingId);
  }

  /** Answers are seen by members (who may see the meeting); others see none. */
  async attendance(req: object, viewer: Viewer | null, meetingId: string): Promise<Attendance[]> {
    if (!isMember(viewer)) return [];
    const rows = await this.attendanceRows(req, meetingId);
    return rows.map((r) => ({ ...r, response: r.response as RsvpResponse }));
  }

  private attendanceRows(req: object, meetingId: string) {
    return requestLoader<string, Awaited<ReturnType<MeetingRepository['attendanceOf']>>>(
      req,
      'meetings.attendance',
      async (ids) => {
        const rows = await this.meetings.attendanceOf(ids);
        return groupedByKeys(ids, rows, (r) => r.meetingId);
      },
    ).load(meetingId);
  }

  async viewerResponse(
    req: object,
    viewer: Viewer | null,
    meetingId: string,
    occurrenceStartsAt: Date | null,
  ): Promise<RsvpResponse | null> {
    if (!viewer) return null;
    const own = (await this.attendanceRows(req, meetingId)).filter((r) => r.personId === viewer.personId);
    const forOccurrence = occurrenceStartsAt
      ? own.find((r) => r.occurrenceStartsAt?.getTime() === occurrenceStartsAt.getTime())
      : undefined;
    const forSeries = own.find((r) => r.occurrenceStartsAt === null);
    return ((forOccurrence ?? forSeries)?.response as RsvpResponse | undefined) ?? null;
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
    const fields = await this.checkInput(input);
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

  // ------------------------------------------------------------------ changing

  async schedule(viewer: Viewer, input: MeetingInput): Promise<Meeting> {
    const fields = await this.checkInput(input);
    await this.assertManager(viewer, fields.workingGroupId);
    const row = await this.meetings.insert({ ...fields, organizerId: viewer.personId });
    await this.reconcileReminders(row.id, null);
    return this.toModel(row, viewer);
  }

  /**
   * Edits a meeting or a series. Exceptions (cancelled or moved occurrences) name occurrences by
   * their original start: those whose original start is still an occurrence of the edited series
   * are kept (a moved one keeps its moved time), the others are dropped. So a new title, place or
   * an extra weekday keeps them all, an earlier UNTIL drops those after it, and a new time of day
   * drops them all, as Google Calendar does when a whole series is re-timed.
   */
  async update(req: object, viewer: Viewer, id: string, input: MeetingInput): Promise<Meeting> {
    const { fields, dropped } = await this.plannedUpdate(req, viewer, id, input);
    const before = await this.meetings.findWithExceptions(id);
    await this.meetings.update(id, fields);
    await this.meetings.deleteExceptionsAt(
      id,
      dropped.map((e) => e.originalStartsAt),
    );
    await this.reconcileReminders(id, before);
    return this.toModel((await this.meetings.findById(id))!, viewer);
  }

  /** The exceptions `update(id, input)` would drop, as occurrences (same checks as the update). */
  async exceptionsDropped(
    req: object,
    viewer: Viewer,
    id: string,
    input: MeetingInput,
  ): Promise<MeetingOccurrence[]> {
    const { current, dropped } = await this.plannedUpdate(req, viewer, id, input);
    const meeting = this.toModel(current, viewer);
    const duration = current.endsAt.getTime() - current.startsAt.getTime();
    return dropped.map((e) => ({
      meeting,
      originalStartsAt: e.originalStartsAt,
      startsAt: e.startsAt ?? e.originalStartsAt,
      endsAt: e.endsAt ?? new Date(e.originalStartsAt.getTime() + duration),
      cancelled: e.cancelled,
    }));
  }

  private async plannedUpdate(req: object, viewer: Viewer, id: string, input: MeetingInput) {
    const current = await this.managedRow(req, viewer, id);
    const fields = await this.checkInput(input);
    if (fields.workingGroupId !== current.workingGroupId)
      await this.assertManager(viewer, fields.workingGroupId);
    const exceptions = await this.meetings.exceptionsOf([id]);
    const dropped = exceptions
      .filter((e) => !isOccurrenceStart(fields, e.originalStartsAt))
      .sort((a, b) => a.originalStartsAt.getTime() - b.originalStartsAt.getTime());
    return { current, fields, exceptions, dropped };
  }

  async cancel(req: object, viewer: Viewer, id: string, occurrenceStartsAt: Date | null): Promise<Meeting> {
    const row = await this.managedRow(req, viewer, id);
    const before = await this.meetings.findWithExceptions(id);
    if (occurrenceStartsAt) {
      if (!isOccurrenceStart(row, occurrenceStartsAt)) {
        throw BadUserInputError.field(
          'occurrenceStartsAt',
          'is not the start of an occurrence of this meeting',
        );
      }
      await this.meetings.cancelOccurrence(id, occurrenceStartsAt);
      await this.meetings.touch(id);
    } else {
      await this.meetings.setStatus(id, 'CANCELLED');
    }
    await this.reconcileReminders(id, before);
    return this.toModel((await this.meetings.findById(id))!, viewer);
  }

  async reschedule(
    req: object,
    viewer: Viewer,
    id: string,
    occurrenceStartsAt: Date,
    startsAt: Date,
    endsAt: Date,
  ): Promise<Meeting> {
    const row = await this.managedRow(req, viewer, id);
    const problems = new InputProblems();
    problems.check(
      isOccurrenceStart(row, occurrenceStartsAt),
      'occurrenceStartsAt',
      'is not the start of an occurrence of this meeting',
    );
    problems.check(endsAt > startsAt, 'endsAt', 'must be after startsAt');
    problems.check(
      endsAt.getTime() - startsAt.getTime() <= MAX_MEETING_DAYS * DAY_MS,
      'endsAt',
      `a meeting lasts at most ${MAX_MEETING_DAYS} days`,
    );
    problems.throwIfAny();
    const before = await this.meetings.findWithExceptions(id);
    await this.meetings.moveOccurrence(id, occurrenceStartsAt, startsAt, endsAt);
    await this.meetings.touch(id);
    await this.reconcileReminders(id, before);
    return this.toModel((await this.meetings.findById(id))!, viewer);
  }

  async setAgenda(
    req: object,
    viewer: Viewer,
    meetingId: string,
    items: AgendaItemInput[],
  ): Promise<Meeting> {
    const row = await this.managedRow(req, viewer, meetingId);
    // The validation pipe checks each item (ListArgs); the length of the list is checked here.
    if (items.length > 100) throw BadUserInputError.field('items', 'at most 100 agenda items');
    await this.meetings.replaceAgenda(
      meetingId,
      items.map((item, i) => ({
        position: i + 1,
        title: item.title.trim(),
        presenter: item.presenter?.trim() || null,
        durationMinutes: item.durationMinutes ?? null,
        documentIds: item.documentIds ?? [],
      })),
    );
    await this.meetings.touch(meetingId);
    return this.toModel(row, viewer);
  }

  async recordMinutes(req: object, viewer: Viewer, meetingId: string, minutes: string): Promise<Meeting> {
    await this.managedRow(req, viewer, meetingId);
    if (minutes.length > MINUTES_MAX_CHARS)
      throw BadUserInputError.field('minutes', `must be at most ${MINUTES_MAX_CHARS} characters`);
    await this.meetings.setMinutes(meetingId, minutes);
    const row = (await this.meetings.findById(meetingId))!;
    const revision = row.updatedAt.getTime();
    // In the mutation's transaction: the mail goes out only if the minutes are stored.
    await this.outbox.enqueue('meetings.minutes-recorded', { meetingId, revision });
    return this.toModel(row, viewer);
  }

  async respond(
    req: object,
    viewer: Viewer,
    meetingId: string,
    occurrenceStartsAt: Date | null,
    response: RsvpResponse,
  ): Promise<Attendance> {
    const row = await this.visibleRow(req, viewer, meetingId);
    if (!row) throw new NotFoundError('Meeting', meetingId);
    if (occurrenceStartsAt && !isOccurrenceStart(row, occurrenceStartsAt)) {
      throw BadUserInputError.field(
        'occurrenceStartsAt',
        'is not the start of an occurrence of this meeting',
      );
    }
    const saved = await this.meetings.upsertAttendance({
      meetingId,
      personId: viewer.personId,
      occurrenceStartsAt,
      response,
    });
    return { ...saved, response: saved.response as RsvpResponse };
  }

  /**
   * Occurrences in the next year the viewer may see that overlap the proposed meeting's and
   * share people with it: ACTIVE seat holders of both groups (a community-wide side counts
   * every member). Constant SQL: the candidates in one query, the seats in one more.
   */
  async conflicts(viewer: Viewer, input: MeetingInput): Promise<MeetingConflict[]> {
    const fields = await this.checkInput(input);
    await this.assertManager(viewer, fields.workingGroupId);
    const from = this.clock.now();
    const to = new Date(from.getTime() + 365 * DAY_MS);
    const proposed = expandOccurrences(fields, [], from, to);
    if (!proposed.length) return [];
    const rows = await this.meetings.visibleInWindow(meetingScope(viewer), from, to);
    const candidates = this.occurrencesOf(rows, viewer, from, to).filter(
      (o) => !o.cancelled && proposed.some((p) => p.startsAt < o.endsAt && p.endsAt > o.startsAt),
    );
    if (!candidates.length) return [];
    const groupIds = [
      ...new Set(
        [fields.workingGroupId, ...candidates.map((c) => c.meeting.workingGroupId)].filter(
          (g): g is string => g !== null,
        ),
      ),
    ];
    const seats = await this.meetings.activeSeatHolders(groupIds);
    const needsEveryone =
      fields.workingGroupId === null || candidates.some((c) => c.meeting.workingGroupId === null);
    const everyone = needsEveryone ? await this.meetings.memberIds() : [];
    const peopleOf = (groupId: string | null): Set<string> =>
      new Set(
        groupId === null ? everyone : seats.filter((s) => s.groupId === groupId).map((s) => s.personId),
      );
    const mine = peopleOf(fields.workingGroupId);
    const result: MeetingConflict[] = [];
    for (const occurrence of candidates) {
      const theirs = peopleOf(occurrence.meeting.workingGroupId);
      const shared = [...mine].filter((id) => theirs.has(id)).sort();
      if (shared.length) result.push({ occurrence, sharedMemberIds: shared });
    }
    return result;
  }

  /**
   * GET /calendar/meetings/:id.ics: the meeting as the viewer may see it, with its exceptions,
   * or (given an original start) that one occurrence at its actual time as a meeting of its own.
   * Null when the viewer may not see the meeting or it has no such occurrence.
   */
  async meetingForDownload(
    req: object,
    viewer: Viewer | null,
    id: string,
    occurrence: string | undefined,
  ): Promise<{ row: MeetingWithExceptions; originalStartsAt: Date | null } | null> {
    if (!(await this.visibleRow(req, viewer, id))) return null;
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

  // ------------------------------------------------------------------ reminders

  /**
   * After a change to a meeting, in its transaction (through the outbox): the reminders of the
   * occurrences the periodic scheduler may already have passed over (starting within its horizon
   * plus the lead) are enqueued now, with the scheduler's job ids (BullMQ dedupes) and run at
   * max(now, start − lead): short notice still gets its reminder, at once if the lead has
   * passed. The reminders of occurrences that existed before the change and no longer do are
   * withdrawn: unrelayed outbox rows deleted, relayed jobs removed by meetings.withdraw-reminders.
   */
  private async reconcileReminders(id: string, before: MeetingWithExceptions | null): Promise<void> {
    const after = await this.meetings.findWithExceptions(id);
    const now = this.clock.now();
    const lead = this.config.meetingReminderMinutes;
    const due = after ? remindersWithinReach(after, now, lead) : [];
    const dueIds = new Set(due.map((j) => j.jobId));
    const stale = (before ? remindersWithinReach(before, now, lead) : [])
      .map((j) => j.jobId)
      .filter((jobId) => !dueIds.has(jobId));
    if (due.length) {
      await this.outbox.enqueueMany(
        'meetings.reminder',
        due.map((j) => ({ payload: j.payload, opts: { runAt: j.runAt } })),
      );
    }
    if (stale.length) {
      await this.outbox.withdrawPending(stale);
      await this.outbox.enqueue('meetings.withdraw-reminders', { meetingId: id, jobIds: stale });
    }
  }

  // ------------------------------------------------------------------ rules

  /** A meeting the viewer may see and manage: NOT_FOUND when hidden, FORBIDDEN when only seen. */
  private async managedRow(req: object, viewer: Viewer, id: string): Promise<MeetingRow> {
    const row = await this.visibleRow(req, viewer, id);
    if (!row) throw new NotFoundError('Meeting', id);
    await this.assertManager(viewer, row.workingGroupId);
    return row;
  }

  /** CHAIR of the group or OFFICE; community-wide meetings: OFFICE. */
  private async assertManager(viewer: Viewer, groupId: string | null): Promise<void> {
    if (viewer.role === 'OFFICE') return;
    if (groupId && viewer.role === 'MEMBER' && (await this.meetings.isActiveChair(viewer.personId, groupId)))
      return;
    throw new ForbiddenError(
      groupId
        ? 'Only a chair of the working group or the project office may manage its meetings.'
        : 'Only the project office may manage community-wide meetings.',
    );
  }

  /** Checks a MeetingInput (meetingFieldsOf) and that its working group exists. */
  private async checkInput(input: MeetingInput) {
    const fields = meetingFieldsOf(input);
    if (fields.workingGroupId && !(await this.meetings.groupById(fields.workingGroupId))) {
      throw BadUserInputError.field('input.workingGroupId', 'no such working group');
    }
    return fields;
  }
}
