import { occurrenceStillPlanned, parseReminderJobId, reminderJobId, remindersWithinReach } from './reminders';

const at = (iso: string) => new Date(iso);
const ID = '00000000-0000-4000-e000-000000000001';

describe('reminders within the scheduler’s reach', () => {
  const daily = {
    id: ID,
    status: 'SCHEDULED',
    startsAt: at('2027-05-03T08:00:00Z'),
    endsAt: at('2027-05-03T09:00:00Z'),
    timeZone: 'UTC',
    rrule: 'FREQ=DAILY;COUNT=5',
    exceptions: [] as {
      originalStartsAt: Date;
      cancelled: boolean;
      startsAt: Date | null;
      endsAt: Date | null;
    }[],
  };

  it('lists occurrences starting within horizon + lead, at max(now, start − lead), with the scheduler’s ids', () => {
    // Now 07:30 on the 3rd: the 08:00 occurrence is due at once; the next day's is beyond 2 h + 1 h.
    const now = at('2027-05-03T07:30:00Z');
    expect(remindersWithinReach(daily, now, 60)).toEqual([
      {
        jobId: reminderJobId(ID, daily.startsAt, daily.startsAt),
        payload: {
          meetingId: ID,
          originalStartsAt: daily.startsAt.toISOString(),
          startsAt: daily.startsAt.toISOString(),
        },
        runAt: now,
      },
    ]);
    // A lead of a day: tomorrow's too, delayed to a day before it.
    expect(remindersWithinReach(daily, now, 24 * 60).map((j) => j.runAt)).toEqual([
      now,
      at('2027-05-03T08:00:00Z'),
    ]);
  });

  it('leaves out cancelled occurrences and cancelled meetings, and follows a moved one', () => {
    const now = at('2027-05-03T07:30:00Z');
    const moved = {
      ...daily,
      exceptions: [
        {
          originalStartsAt: daily.startsAt,
          cancelled: false,
          startsAt: at('2027-05-03T09:00:00Z'),
          endsAt: at('2027-05-03T10:00:00Z'),
        },
      ],
    };
    expect(remindersWithinReach(moved, now, 60).map((j) => j.jobId)).toEqual([
      reminderJobId(ID, daily.startsAt, at('2027-05-03T09:00:00Z')),
    ]);
    expect(occurrenceStillPlanned(moved, daily.startsAt, daily.startsAt)).toBeNull();
    expect(occurrenceStillPlanned(moved, daily.startsAt, at('2027-05-03T09:00:00Z'))).not.toBeNull();
    const cancelled = {
      ...daily,
      exceptions: [{ ...moved.exceptions[0], cancelled: true, startsAt: null, endsAt: null }],
    };
    expect(remindersWithinReach(cancelled, now, 60)).toEqual([]);
    expect(remindersWithinReach({ ...daily, status: 'CANCELLED' }, now, 60)).toEqual([]);
  });

  it('reads back the occurrence a job id names, for this meeting only', () => {
    const id = reminderJobId(ID, daily.startsAt, at('2027-05-03T09:00:00Z'));
    expect(parseReminderJobId(ID, id)).toEqual({
      originalStartsAt: daily.startsAt,
      startsAt: at('2027-05-03T09:00:00Z'),
    });
    expect(parseReminderJobId('00000000-0000-4000-e000-000000000002', id)).toBeNull();
    expect(parseReminderJobId(ID, 'meetings.minutes-recorded:x:1')).toBeNull();
  });
});
