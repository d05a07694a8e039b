/** How long before an occurrence its reminder goes out, unless MEETING_REMINDER_MINUTES says otherwise. */
export const REMINDER_LEAD_MINUTES = 60;

/** The dedupe id of an occurrence's reminder job: a moved occurrence gets a new one. */
export function reminderJobId(meetingId: string, originalStartsAt: Date, startsAt: Date): string {
  return `meetings.reminder:${meetingId}:${originalStartsAt.getTime()}:${startsAt.getTime()}`;
}
