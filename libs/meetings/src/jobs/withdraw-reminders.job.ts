import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobPayloads, QueueService, JOBS } from '@cop/platform';
import { MeetingRepository } from '../meeting.repository';
import { occurrenceStillPlanned, parseReminderJobId } from '../reminders';

/**
 * Removes from BullMQ the delayed reminders of occurrences that were moved or cancelled (or whose
 * series was edited or cancelled), so they do not linger until their time to do nothing.
 * Re-reads the meeting and spares a job whose occurrence takes place as planned again (moved
 * away and back before this ran); removing a job already gone is no error, so it is idempotent.
 */
@Injectable()
@HandlesJob('meetings.withdraw-reminders')
export class WithdrawRemindersJob implements JobHandler<'meetings.withdraw-reminders'> {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly queues: QueueService,
  ) {}

  async handle({ meetingId, jobIds }: JobPayloads['meetings.withdraw-reminders']): Promise<void> {
    const meeting = await this.meetings.findWithExceptions(meetingId);
    const stale = jobIds.filter((jobId) => {
      const planned = parseReminderJobId(meetingId, jobId);
      if (!planned) return false; // not a reminder of this meeting: never touched
      return !meeting || !occurrenceStillPlanned(meeting, planned.originalStartsAt, planned.startsAt);
    });
    if (stale.length) await this.queues.removeJobs(JOBS['meetings.reminder'].queue, stale);
  }
}
