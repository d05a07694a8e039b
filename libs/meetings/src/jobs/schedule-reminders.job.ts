import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  OutboxService,
  TransactionContext,
} from '@cop/platform';
import { MeetingRepository } from '../meeting.repository';
import { EVERY_MEETING } from '../meeting-visibility';
import { expandOccurrences } from '../recurrence';

/**
 * Every quarter hour: enqueues a delayed reminder for each occurrence whose reminder falls in
 * the coming horizon. Job ids name the meeting, the occurrence and its planned start, so a
 * re-run adds nothing and a moved occurrence gets a fresh job (the stale one finds nothing to do).
 */
@Injectable()
@HandlesJob('meetings.schedule-reminders')
export class ScheduleRemindersJob implements JobHandler<'meetings.schedule-reminders'> {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ horizonMinutes }: JobPayloads['meetings.schedule-reminders']): Promise<void> {
    const now = this.clock.now();
    const lead = this.config.meetingReminderMinutes * 60_000;
    // Reminders due from a little while ago (a late run) to the end of the horizon.
    const dueFrom = new Date(now.getTime() - 15 * 60_000);
    const dueTo = new Date(now.getTime() + horizonMinutes * 60_000);
    // Occurrences from now on: one scheduled (or moved) after its reminder time was due still
    // gets its reminder, at once, rather than none.
    const from = new Date(Math.min(now.getTime(), dueFrom.getTime() + lead));
    const to = new Date(dueTo.getTime() + lead);
    await this.tx.run(async () => {
      // Every meeting: who is reminded is decided per person when the reminder is sent.
      const rows = await this.meetings.visibleInWindow(EVERY_MEETING, from, to);
      const jobs = rows
        .filter((m) => m.status === 'SCHEDULED')
        .flatMap((m) =>
          expandOccurrences(m, m.exceptions, from, to)
            .filter((o) => !o.cancelled && o.startsAt >= from && o.startsAt < to)
            .filter((o) => {
              const dueAt = o.startsAt.getTime() - lead;
              if (dueAt >= dueFrom.getTime()) return true;
              // Due before this run's window: only if nothing could have enqueued it in time.
              const changedAt = Math.max(
                m.updatedAt.getTime(),
                ...m.exceptions.map((e) => e.updatedAt.getTime()),
              );
              return o.startsAt > now && changedAt > dueAt - 15 * 60_000;
            })
            .map((o) => ({
              payload: {
                meetingId: m.id,
                originalStartsAt: o.originalStartsAt.toISOString(),
                startsAt: o.startsAt.toISOString(),
              },
              opts: { runAt: new Date(Math.max(now.getTime(), o.startsAt.getTime() - lead)) },
            })),
        );
      if (jobs.length) await this.outbox.enqueueMany('meetings.reminder', jobs);
    });
  }
}
