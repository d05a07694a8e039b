import { Module } from '@nestjs/common';
import { CommunityModule } from '@cop/community';
import { IdentityModule } from '@cop/identity';
import { KnowledgeModule } from '@cop/knowledge';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { MeetingReminderJob } from './jobs/meeting-reminder.job';
import { MinutesRecordedJob } from './jobs/minutes-recorded.job';
import { ScheduleRemindersJob } from './jobs/schedule-reminders.job';
import { WithdrawRemindersJob } from './jobs/withdraw-reminders.job';
import { MeetingRepository } from './meeting.repository';
import {
  AgendaItemFieldsResolver,
  AttendanceFieldsResolver,
  DocumentLinkedFromResolver,
  MeetingConflictFieldsResolver,
  MeetingsResolver,
  ViewerCalendarResolver,
  WorkingGroupMeetingsResolver,
} from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MeetingAccess } from './meeting-access';
import { MeetingVisibility } from './meeting-visibility';
import { MeetingWritesService } from './meeting-writes.service';
import { MeetingRsvpService } from './meeting-rsvp.service';
import { MeetingConflictsService } from './meeting-conflicts.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import { MeetingPeopleRepository } from './meeting-people.repository';
import { MeetingPeopleService } from './meeting-people.service';
import {
  AgendaItemPresenterResolver,
  PersonPresentingAtResolver,
  PresenterSuggestionsResolver,
} from './meeting-people.resolver';
import { MeetingsPersonalData } from './personal-data';

/** Meetings, series, agenda, minutes, attendance, the calendar and its feeds (API side). */
@Module({
  imports: [IdentityModule, CommunityModule, KnowledgeModule],
  controllers: [CalendarFeedsController],
  providers: [
    MeetingRepository,
    MeetingVisibility,
    MeetingAccess,
    MeetingsService,
    MeetingWritesService,
    MeetingRsvpService,
    MeetingConflictsService,
    CalendarFeedsService,
    MeetingPeopleRepository,
    MeetingPeopleService,
    AgendaItemPresenterResolver,
    PersonPresentingAtResolver,
    PresenterSuggestionsResolver,
    MeetingsResolver,
    AgendaItemFieldsResolver,
    AttendanceFieldsResolver,
    DocumentLinkedFromResolver,
    MeetingConflictFieldsResolver,
    WorkingGroupMeetingsResolver,
    ViewerCalendarResolver,
    MeetingsPersonalData,
  ],
  exports: [
    MeetingsService,
    MeetingWritesService,
    MeetingRsvpService,
    MeetingConflictsService,
    MeetingRepository,
    MeetingVisibility,
  ],
})
export class MeetingsModule {}

/** The meetings' job handlers, for the worker (no GraphQL). */
@Module({
  providers: [
    MeetingRepository,
    MinutesRecordedJob,
    ScheduleRemindersJob,
    MeetingReminderJob,
    WithdrawRemindersJob,
  ],
})
export class MeetingsJobsModule {}
