import { Injectable } from '@nestjs/common';
import { BadUserInputError, ForbiddenError, NotFoundError, isUuid, requestLoader } from '@cop/platform';
import type { PlatformRoleValue, Scope, SignedInScope, Viewer } from '@cop/identity';
import type { MeetingInput } from './inputs/meeting.input';
import { MeetingRepository, type MeetingRow, type MeetingWithExceptions } from './meeting.repository';
import { mayJoinVideo, meetingScope, meetingVisible } from './meeting-visibility';
import { Meeting, MeetingOccurrence, MeetingStatus, Visibility } from './models/meeting.model';
import { expandOccurrences } from './recurrence';
import { meetingFieldsOf } from './meeting-fields';

/**
 * Who manages a meeting, the one rule (Meeting.viewerCanManage and every write's check): OFFICE;
 * a MEMBER chairing its working group (an ACTIVE CHAIR seat); community-wide meetings OFFICE
 * only. A GUEST manages nothing, seat or no seat.
 */
export function mayManageMeeting(
  role: PlatformRoleValue | 'ANONYMOUS',
  workingGroupId: string | null,
  chairedGroupIds: ReadonlySet<string>,
): boolean {
  if (role === 'OFFICE') return true;
  return role === 'MEMBER' && workingGroupId !== null && chairedGroupIds.has(workingGroupId);
}

const NO_GROUPS: ReadonlySet<string> = new Set();

/**
 * What the meetings' reads, writes, RSVP and conflicts share: the model as a viewer may see it,
 * which meeting a viewer may see (once per request) and who may manage it, and the input check.
 */
@Injectable()
export class MeetingAccess {
  constructor(private readonly meetings: MeetingRepository) {}

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
  activeGroups(scope: Scope): Promise<Set<string>> {
    const { viewer } = scope;
    if (!viewer) return Promise.resolve(new Set());
    return requestLoader<string, Set<string>>(scope.loaders, 'meetings.activeGroups', async (ids) =>
      Promise.all(ids.map(async (id) => new Set(await this.meetings.activeGroupIdsOf(id)))),
    ).load(viewer.personId);
  }

  /**
   * The groups the viewer chairs (ACTIVE CHAIR seat) as far as mayManageMeeting needs them for
   * this group: looked up once per request, and only for a MEMBER and a group's meeting.
   */
  private async chairedGroups(scope: Scope, workingGroupId: string | null): Promise<ReadonlySet<string>> {
    const { viewer } = scope;
    if (!viewer || viewer.role !== 'MEMBER' || workingGroupId === null) return NO_GROUPS;
    return requestLoader<string, Set<string>>(scope.loaders, 'meetings.chairedGroups', async (ids) =>
      Promise.all(ids.map(async (id) => new Set(await this.meetings.chairedGroupIdsOf(id)))),
    ).load(viewer.personId);
  }

  /**
   * Meeting.viewerCanManage: whether the viewer may edit, cancel, move, set the agenda of and
   * record the minutes of the meeting (mayManageMeeting, as assertManager checks it). One
   * look-up of the viewer's chairs per request.
   */
  async viewerCanManage(scope: Scope, meeting: Meeting): Promise<boolean> {
    const chaired = await this.chairedGroups(scope, meeting.workingGroupId);
    return mayManageMeeting(scope.role, meeting.workingGroupId, chaired);
  }

  async visibleRow(scope: Scope, id: string): Promise<MeetingRow | null> {
    if (!isUuid(id)) return null;
    const row = await this.meetings.findById(id);
    if (!row) return null;
    const visible = meetingVisible(meetingScope(scope.viewer), row, await this.activeGroups(scope));
    return visible ? row : null;
  }

  occurrencesOf(
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

  /** A meeting the viewer may see and manage: NOT_FOUND when hidden, FORBIDDEN when only seen. */
  async managedRow(scope: SignedInScope, id: string): Promise<MeetingRow> {
    const row = await this.visibleRow(scope, id);
    if (!row) throw new NotFoundError('Meeting', id);
    await this.assertManager(scope, row.workingGroupId);
    return row;
  }

  /** FORBIDDEN unless mayManageMeeting: CHAIR of the group or OFFICE; community-wide meetings: OFFICE. */
  async assertManager(scope: SignedInScope, groupId: string | null): Promise<void> {
    if (mayManageMeeting(scope.role, groupId, await this.chairedGroups(scope, groupId))) return;
    throw new ForbiddenError(
      groupId
        ? 'Only a chair of the working group or the project office may manage its meetings.'
        : 'Only the project office may manage community-wide meetings.',
    );
  }

  /** Checks a MeetingInput (meetingFieldsOf) and that its working group exists. */
  async checkInput(input: MeetingInput) {
    const fields = meetingFieldsOf(input);
    if (fields.workingGroupId && !(await this.meetings.groupById(fields.workingGroupId))) {
      throw BadUserInputError.field('input.workingGroupId', 'no such working group');
    }
    return fields;
  }
}
