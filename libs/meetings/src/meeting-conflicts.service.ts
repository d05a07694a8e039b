import { Injectable } from '@nestjs/common';
import { Clock } from '@cop/platform';
import type { SignedInScope } from '@cop/identity';
import type { MeetingInput } from './inputs/meeting.input';
import { MeetingRepository } from './meeting.repository';
import { meetingScope } from './meeting-visibility';
import { MeetingConflict } from './models/meeting.model';
import { expandOccurrences } from './recurrence';
import { MeetingAccess } from './meeting-access';

const DAY_MS = 24 * 3600 * 1000;

/** The scheduling form's clashes: occurrences that overlap a proposed meeting and share people. */
@Injectable()
export class MeetingConflictsService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly access: MeetingAccess,
    private readonly clock: Clock,
  ) {}

  /**
   * Occurrences in the next year the viewer may see that overlap the proposed meeting's and
   * share people with it: ACTIVE seat holders of both groups (a community-wide side counts
   * every member). Constant SQL: the candidates in one query, the seats in one more.
   */
  async conflicts(scope: SignedInScope, input: MeetingInput): Promise<MeetingConflict[]> {
    const { viewer } = scope;
    const fields = await this.access.checkInput(input);
    await this.access.assertManager(scope, fields.workingGroupId);
    const from = this.clock.now();
    const to = new Date(from.getTime() + 365 * DAY_MS);
    const proposed = expandOccurrences(fields, [], from, to);
    if (!proposed.length) return [];
    const rows = await this.meetings.visibleInWindow(meetingScope(viewer), from, to);
    const candidates = this.access
      .occurrencesOf(rows, viewer, from, to)
      .filter((o) => !o.cancelled && proposed.some((p) => p.startsAt < o.endsAt && p.endsAt > o.startsAt));
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
}
