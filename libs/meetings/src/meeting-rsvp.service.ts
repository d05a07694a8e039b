import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError, groupedByKeys, requestLoader } from '@cop/platform';
import { isMember, type Scope, type SignedInScope } from '@cop/identity';
import { MeetingRepository } from './meeting.repository';
import { Attendance, RsvpResponse } from './models/meeting.model';
import { isOccurrenceStart } from './recurrence';
import { MeetingAccess } from './meeting-access';

/** Answers to meetings (RSVP): who answered what, the viewer's own answer, and answering. */
@Injectable()
export class MeetingRsvpService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly access: MeetingAccess,
  ) {}

  /** Answers are seen by members (who may see the meeting); others see none. */
  async attendance(scope: Scope, meetingId: string): Promise<Attendance[]> {
    if (!isMember(scope.viewer)) return [];
    const rows = await this.attendanceRows(scope.loaders, meetingId);
    return rows.map((r) => ({ ...r, response: r.response as RsvpResponse }));
  }

  private attendanceRows(loaders: object, meetingId: string) {
    return requestLoader<string, Awaited<ReturnType<MeetingRepository['attendanceOf']>>>(
      loaders,
      'meetings.attendance',
      async (ids) => {
        const rows = await this.meetings.attendanceOf(ids);
        return groupedByKeys(ids, rows, (r) => r.meetingId);
      },
    ).load(meetingId);
  }

  async viewerResponse(
    scope: Scope,
    meetingId: string,
    occurrenceStartsAt: Date | null,
  ): Promise<RsvpResponse | null> {
    const { viewer } = scope;
    if (!viewer) return null;
    const own = (await this.attendanceRows(scope.loaders, meetingId)).filter(
      (r) => r.personId === viewer.personId,
    );
    const forOccurrence = occurrenceStartsAt
      ? own.find((r) => r.occurrenceStartsAt?.getTime() === occurrenceStartsAt.getTime())
      : undefined;
    const forSeries = own.find((r) => r.occurrenceStartsAt === null);
    return ((forOccurrence ?? forSeries)?.response as RsvpResponse | undefined) ?? null;
  }

  async respond(
    scope: SignedInScope,
    meetingId: string,
    occurrenceStartsAt: Date | null,
    response: RsvpResponse,
  ): Promise<Attendance> {
    const row = await this.access.visibleRow(scope, meetingId);
    if (!row) throw new NotFoundError('Meeting', meetingId);
    if (occurrenceStartsAt && !isOccurrenceStart(row, occurrenceStartsAt)) {
      throw BadUserInputError.field(
        'occurrenceStartsAt',
        'is not the start of an occurrence of this meeting',
      );
    }
    const saved = await this.meetings.upsertAttendance({
      meetingId,
      personId: scope.personId,
      occurrenceStartsAt,
      response,
    });
    return { ...saved, response: saved.response as RsvpResponse };
  }
}
