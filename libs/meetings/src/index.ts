// @cop/meetings: meetings and series, agenda, minutes, attendance, the calendar and its feeds.
export { MeetingsModule, MeetingsJobsModule } from './meetings.module';
export { MeetingsService } from './meetings.service';
export { MeetingWritesService } from './meeting-writes.service';
export { MeetingRsvpService } from './meeting-rsvp.service';
export { MeetingConflictsService } from './meeting-conflicts.service';
export { MeetingRepository } from './meeting.repository';
export type { MeetingRow, MeetingFields, MeetingWithExceptions } from './meeting.repository';
export {
  Meeting,
  MeetingOccurrence,
  Visibility,
  MeetingStatus,
  RsvpResponse,
  PersonPresentation,
} from './models/meeting.model';
export { MeetingPeopleService } from './meeting-people.service';
export { expandOccurrences, normalizeRecurrence, seriesEnd, checkSeries } from './recurrence';
export { MinutesRecordedJob } from './jobs/minutes-recorded.job';
export { ScheduleRemindersJob } from './jobs/schedule-reminders.job';
export { MeetingReminderJob } from './jobs/meeting-reminder.job';
export { WithdrawRemindersJob } from './jobs/withdraw-reminders.job';
export { REMINDER_LEAD_MINUTES, reminderJobId } from './reminders';
export {
  EVERY_MEETING,
  MeetingVisibility,
  mayJoinVideo,
  meetingScope,
  meetingVisible,
  meetingVisibleSql,
  meetingVisibleToMemberSql,
  meetingVisibleToPeopleSql,
  meetingVisibleToAudienceSql,
  meetingVisibleToAudience,
  type MeetingScope,
} from './meeting-visibility';
export {
  meetingCandidatesSql,
  meetingExceptionsSql,
  meetingSourcesSql,
  meetingsUpcomingSql,
} from './meeting-sql';
export { renderFeed } from './ical-feed';
export { meetingsSqlCases } from './meetings.sql-cases';
