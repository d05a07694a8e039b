import { Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  APP_CONFIG,
  type AppConfig,
  BadUserInputError,
  InputProblems,
  OutboxService,
} from '@cop/platform';
import type { SignedInScope } from '@cop/identity';
import type { AgendaItemInput, MeetingInput } from './inputs/meeting.input';
import { MeetingRepository, type MeetingWithExceptions } from './meeting.repository';
import { Meeting, MeetingOccurrence } from './models/meeting.model';
import { MAX_MEETING_DAYS, isOccurrenceStart } from './recurrence';
import { remindersWithinReach } from './reminders';
import { MINUTES_MAX_CHARS } from './meeting-fields';
import { MeetingAccess } from './meeting-access';
import { MeetingPeopleRepository } from './meeting-people.repository';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Changing meetings: schedule, edit (and what an edit would drop), cancel, move an occurrence,
 * the agenda and the minutes; each change reconciles the meeting's reminders in its transaction.
 */
@Injectable()
export class MeetingWritesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
    private readonly access: MeetingAccess,
    private readonly people: MeetingPeopleRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async schedule(scope: SignedInScope, input: MeetingInput): Promise<Meeting> {
    const fields = await this.access.checkInput(input);
    await this.access.assertManager(scope, fields.workingGroupId);
    const row = await this.meetings.insert({ ...fields, organizerId: scope.personId });
    await this.reconcileReminders(row.id, null);
    return this.access.toModel(row, scope.viewer);
  }

  /**
   * Edits a meeting or a series. Exceptions (cancelled or moved occurrences) name occurrences by
   * their original start: those whose original start is still an occurrence of the edited series
   * are kept (a moved one keeps its moved time), the others are dropped. So a new title, place or
   * an extra weekday keeps them all, an earlier UNTIL drops those after it, and a new time of day
   * drops them all, as Google Calendar does when a whole series is re-timed.
   */
  async update(scope: SignedInScope, id: string, input: MeetingInput): Promise<Meeting> {
    const { fields, dropped } = await this.plannedUpdate(scope, id, input);
    const before = await this.meetings.findWithExceptions(id);
    await this.meetings.update(id, fields);
    await this.meetings.deleteExceptionsAt(
      id,
      dropped.map((e) => e.originalStartsAt),
    );
    await this.reconcileReminders(id, before);
    return this.access.toModel((await this.meetings.findById(id))!, scope.viewer);
  }

  /** The exceptions `update(id, input)` would drop, as occurrences (same checks as the update). */
  async exceptionsDropped(
    scope: SignedInScope,
    id: string,
    input: MeetingInput,
  ): Promise<MeetingOccurrence[]> {
    const { current, dropped } = await this.plannedUpdate(scope, id, input);
    const meeting = this.access.toModel(current, scope.viewer);
    const duration = current.endsAt.getTime() - current.startsAt.getTime();
    return dropped.map((e) => ({
      meeting,
      originalStartsAt: e.originalStartsAt,
      startsAt: e.startsAt ?? e.originalStartsAt,
      endsAt: e.endsAt ?? new Date(e.originalStartsAt.getTime() + duration),
      cancelled: e.cancelled,
    }));
  }

  private async plannedUpdate(scope: SignedInScope, id: string, input: MeetingInput) {
    const current = await this.access.managedRow(scope, id);
    const fields = await this.access.checkInput(input);
    if (fields.workingGroupId !== current.workingGroupId)
      await this.access.assertManager(scope, fields.workingGroupId);
    const exceptions = await this.meetings.exceptionsOf([id]);
    const dropped = exceptions
      .filter((e) => !isOccurrenceStart(fields, e.originalStartsAt))
      .sort((a, b) => a.originalStartsAt.getTime() - b.originalStartsAt.getTime());
    return { current, fields, exceptions, dropped };
  }

  async cancel(scope: SignedInScope, id: string, occurrenceStartsAt: Date | null): Promise<Meeting> {
    const row = await this.access.managedRow(scope, id);
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
    return this.access.toModel((await this.meetings.findById(id))!, scope.viewer);
  }

  async reschedule(
    scope: SignedInScope,
    id: string,
    occurrenceStartsAt: Date,
    startsAt: Date,
    endsAt: Date,
  ): Promise<Meeting> {
    const row = await this.access.managedRow(scope, id);
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
    return this.access.toModel((await this.meetings.findById(id))!, scope.viewer);
  }

  async setAgenda(scope: SignedInScope, meetingId: string, items: AgendaItemInput[]): Promise<Meeting> {
    const row = await this.access.managedRow(scope, meetingId);
    // The validation pipe checks each item (ListArgs); the length of the list is checked here.
    if (items.length > 100) throw BadUserInputError.field('items', 'at most 100 agenda items');
    // A presenter named as a person must be one; their display name is the presenter text
    // unless the item gives its own (issue 26).
    const presenterIds = [...new Set(items.flatMap((item) => (item.presenterId ? [item.presenterId] : [])))];
    const presenters = await this.people.displayNamesOf(presenterIds);
    const problems = new InputProblems();
    items.forEach((item, i) =>
      problems.check(
        !item.presenterId || presenters.has(item.presenterId),
        `items.${i}.presenterId`,
        `no person has the id "${item.presenterId}"`,
      ),
    );
    problems.throwIfAny();
    await this.meetings.replaceAgenda(
      meetingId,
      items.map((item, i) => ({
        position: i + 1,
        title: item.title.trim(),
        presenter: item.presenter?.trim() || (item.presenterId ? presenters.get(item.presenterId)! : null),
        presenterPersonId: item.presenterId ?? null,
        durationMinutes: item.durationMinutes ?? null,
        documentIds: item.documentIds ?? [],
      })),
    );
    await this.meetings.touch(meetingId);
    return this.access.toModel(row, scope.viewer);
  }

  async recordMinutes(scope: SignedInScope, meetingId: string, minutes: string): Promise<Meeting> {
    await this.access.managedRow(scope, meetingId);
    if (minutes.length > MINUTES_MAX_CHARS)
      throw BadUserInputError.field('minutes', `must be at most ${MINUTES_MAX_CHARS} characters`);
    await this.meetings.setMinutes(meetingId, minutes);
    const row = (await this.meetings.findById(meetingId))!;
    const revision = row.updatedAt.getTime();
    // In the mutation's transaction: the mail goes out only if the minutes are stored.
    await this.outbox.enqueue('meetings.minutes-recorded', { meetingId, revision });
    return this.access.toModel(row, scope.viewer);
  }

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
}
