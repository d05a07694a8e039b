import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar, ListArgs, URLScalar, renderMarkdown, requestLoader } from '@cop/platform';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  PeopleService,
  Person,
  type Scope,
  type SignedInScope,
  ViewerModel,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { WorkingGroup, WorkingGroupsService } from '@cop/community';
import { Document, DocumentsService } from '@cop/knowledge';
import { AgendaItemInput, MeetingInput } from './inputs/meeting.input';
import {
  AgendaItem,
  Attendance,
  DocumentAgendaLink,
  Meeting,
  MeetingConflict,
  MeetingOccurrence,
  OccurrenceTime,
  RsvpResponse,
} from './models/meeting.model';
import { MeetingsService } from './meetings.service';
import { MeetingWritesService } from './meeting-writes.service';
import { MeetingRsvpService } from './meeting-rsvp.service';
import { MeetingConflictsService } from './meeting-conflicts.service';
import { CalendarFeedsService } from './calendar-feeds.service';

/** Meetings, the calendar and their mutations: thin, one service call each. */
@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly writes: MeetingWritesService,
    private readonly rsvp: MeetingRsvpService,
    private readonly clashes: MeetingConflictsService,
    private readonly feeds: CalendarFeedsService,
    private readonly people: PeopleService,
    private readonly groups: WorkingGroupsService,
  ) {}

  @Query(() => Meeting, { nullable: true })
  @Access('ANYONE')
  meeting(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string): Promise<Meeting | null> {
    return this.meetings.meeting(scope, id);
  }

  @Query(() => [MeetingOccurrence], {
    description: 'Occurrences overlapping [from, to), by start; at most 366 days wide.',
  })
  @Access('ANYONE')
  calendar(
    @CurrentScope() scope: Scope,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
    @Args('workingGroupCodes', { type: () => [String], nullable: true }) workingGroupCodes: string[] | null,
    @Args('mine', { type: () => Boolean, nullable: true, defaultValue: false }) mine: boolean,
    @Args('communityWide', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'Only the meetings of no working group (the community’s own).',
    })
    communityWide: boolean,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: 'Only the earliest occurrences, at most 100 (a list of the next meetings).',
    })
    first: number | null,
  ): Promise<MeetingOccurrence[]> {
    return this.meetings.calendar(scope, from, to, { workingGroupCodes, mine, communityWide, first });
  }

  @Query(() => [MeetingConflict], {
    description:
      'Occurrences in the next year that overlap the proposed meeting and share people with it; CHAIR or OFFICE.',
  })
  @Access('MEMBER')
  meetingConflicts(
    @CurrentScope() scope: SignedInScope,
    @Args('input') input: MeetingInput,
  ): Promise<MeetingConflict[]> {
    return this.clashes.conflicts(scope, input);
  }

  @Query(() => [MeetingOccurrence], {
    description:
      'The cancelled or moved occurrences that updateMeeting(id, input) would drop: those whose original start is not an occurrence of the edited series. Same rule as updateMeeting.',
  })
  @Access('MEMBER')
  meetingExceptionsDropped(
    @CurrentScope() scope: SignedInScope,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MeetingInput,
  ): Promise<MeetingOccurrence[]> {
    return this.writes.exceptionsDropped(scope, id, input);
  }

  @Query(() => [OccurrenceTime], {
    description:
      'The next `first` (1 to 20) occurrences of a proposed meeting from now (or from its start when later), expanded in its zone; the input is checked as scheduleMeeting checks it. MEMBER.',
  })
  @Access('MEMBER')
  meetingOccurrencesPreview(
    @Args('input') input: MeetingInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ): Promise<OccurrenceTime[]> {
    return this.meetings.occurrencesPreview(input, first);
  }

  @Query(() => String, {
    description:
      "The markdown rendered and sanitized exactly as minutesHtml and bodyHtml are (the editors' preview). MEMBER; at most what the minutes or a document body may hold.",
  })
  @Access('MEMBER')
  markdownPreview(@Args('markdown') markdown: string): string {
    return this.meetings.markdownPreview(markdown);
  }

  @ResolveField(() => WorkingGroup, { nullable: true, description: 'Null: a community-wide meeting.' })
  @Access('ANYONE')
  workingGroup(@Parent() meeting: Meeting, @Context('req') req: ViewerRequest): Promise<WorkingGroup | null> {
    return meeting.workingGroupId ? this.groups.load(req, meeting.workingGroupId) : Promise.resolve(null);
  }

  @ResolveField(() => Person)
  @Access('ANYONE')
  async organizer(@Parent() meeting: Meeting, @CurrentScope() scope: Scope): Promise<Person> {
    return this.people.toModel((await this.people.load(scope.loaders, meeting.organizerId))!, scope.viewer);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may edit, cancel, move, set the agenda of and record the minutes of this meeting: a CHAIR of its working group or OFFICE; community-wide meetings: OFFICE. False when anonymous.',
  })
  @Access('ANYONE')
  viewerCanManage(@Parent() meeting: Meeting, @CurrentScope() scope: Scope): Promise<boolean> {
    return this.meetings.viewerCanManage(scope, meeting);
  }

  /** Rendered only when asked for: the calendar's lists never pay for it. */
  @ResolveField(() => String, {
    nullable: true,
    description: 'The minutes rendered from markdown to sanitized HTML.',
  })
  @Access('ANYONE')
  minutesHtml(@Parent() meeting: Meeting): string | null {
    return meeting.minutes === null ? null : renderMarkdown(meeting.minutes);
  }

  @ResolveField(() => [AgendaItem])
  @Access('ANYONE')
  agenda(@Parent() meeting: Meeting, @Context('req') req: ViewerRequest): Promise<AgendaItem[]> {
    return this.meetings.agenda(req, meeting.id);
  }

  @ResolveField(() => [MeetingOccurrence])
  @Access('ANYONE')
  occurrences(
    @Parent() meeting: Meeting,
    @Context('req') req: ViewerRequest,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
  ): Promise<MeetingOccurrence[]> {
    return this.meetings.occurrences(req, meeting, from, to);
  }

  @ResolveField(() => [Attendance])
  @Access('ANYONE')
  attendance(@Parent() meeting: Meeting, @CurrentScope() scope: Scope): Promise<Attendance[]> {
    return this.rsvp.attendance(scope, meeting.id);
  }

  @ResolveField(() => RsvpResponse, { nullable: true })
  @Access('ANYONE')
  viewerResponse(
    @Parent() meeting: Meeting,
    @CurrentScope() scope: Scope,
    @Args('occurrenceStartsAt', { type: () => DateTimeScalar, nullable: true }) at: Date | null,
  ): Promise<RsvpResponse | null> {
    return this.rsvp.viewerResponse(scope, meeting.id, at);
  }

  @Mutation(() => Meeting, {
    description: 'CHAIR of the working group or OFFICE; community-wide meetings: OFFICE.',
  })
  @Access('MEMBER')
  scheduleMeeting(
    @CurrentScope() scope: SignedInScope,
    @Args('input') input: MeetingInput,
  ): Promise<Meeting> {
    return this.writes.schedule(scope, input);
  }

  @Mutation(() => Meeting, {
    description:
      'CHAIR of the working group or OFFICE. Keeps the cancelled and moved occurrences whose original start is still an occurrence of the edited series and drops the others (see meetingExceptionsDropped).',
  })
  @Access('MEMBER')
  updateMeeting(
    @CurrentScope() scope: SignedInScope,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MeetingInput,
  ): Promise<Meeting> {
    return this.writes.update(scope, id, input);
  }

  @Mutation(() => Meeting, {
    description: 'Without occurrenceStartsAt the whole series is cancelled; with it, that one occurrence.',
  })
  @Access('MEMBER')
  cancelMeeting(
    @CurrentScope() scope: SignedInScope,
    @Args('id', { type: () => ID }) id: string,
    @Args('occurrenceStartsAt', { type: () => DateTimeScalar, nullable: true }) at: Date | null,
  ): Promise<Meeting> {
    return this.writes.cancel(scope, id, at);
  }

  @Mutation(() => Meeting, {
    description: 'Moves one occurrence of a series, identified by its original start.',
  })
  @Access('MEMBER')
  rescheduleOccurrence(
    @CurrentScope() scope: SignedInScope,
    @Args('id', { type: () => ID }) id: string,
    @Args('occurrenceStartsAt', { type: () => DateTimeScalar }) occurrenceStartsAt: Date,
    @Args('startsAt', { type: () => DateTimeScalar }) startsAt: Date,
    @Args('endsAt', { type: () => DateTimeScalar }) endsAt: Date,
  ): Promise<Meeting> {
    return this.writes.reschedule(scope, id, occurrenceStartsAt, startsAt, endsAt);
  }

  @Mutation(() => Meeting)
  @Access('MEMBER')
  setAgenda(
    @CurrentScope() scope: SignedInScope,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @ListArgs('items', AgendaItemInput) items: AgendaItemInput[],
  ): Promise<Meeting> {
    return this.writes.setAgenda(scope, meetingId, items);
  }

  @Mutation(() => Meeting)
  @Access('MEMBER')
  recordMinutes(
    @CurrentScope() scope: SignedInScope,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('minutes') minutes: string,
  ): Promise<Meeting> {
    return this.writes.recordMinutes(scope, meetingId, minutes);
  }

  @Mutation(() => Attendance, { description: 'MEMBER who may see the meeting.' })
  @Access('MEMBER')
  respondToMeeting(
    @CurrentScope() scope: SignedInScope,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('occurrenceStartsAt', { type: () => DateTimeScalar, nullable: true }) at: Date | null,
    @Args('response', { type: () => RsvpResponse }) response: RsvpResponse,
  ): Promise<Attendance> {
    return this.rsvp.respond(scope, meetingId, at, response);
  }

  @Mutation(() => URLScalar, { description: 'Invalidates the old feed URL at once.' })
  @Access('SIGNED_IN')
  rotateCalendarFeedUrl(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.feeds.rotateCalendarFeedUrl(viewer);
  }
}

/** AgendaItem.documents: the linked documents the viewer may see (the knowledge base decides). */
@Resolver(() => AgendaItem)
export class AgendaItemFieldsResolver {
  constructor(private readonly knowledge: DocumentsService) {}

  @ResolveField(() => [Document])
  @Access('ANYONE')
  async documents(@Parent() item: AgendaItem, @CurrentScope() scope: Scope): Promise<Document[]> {
    if (!item.documentIds.length) return [];
    // Every agenda document of the request in one statement, through the knowledge base's own
    // visibility rule.
    const loader = requestLoader<string, Document | null>(scope.loaders, 'meetings.agendaDocuments', (ids) =>
      this.knowledge.documentsAmong(scope.viewer, ids),
    );
    const found = await Promise.all(item.documentIds.map((id) => loader.load(id)));
    return found.filter((d): d is Document => d !== null);
  }
}

/** Document.linkedFrom lives here: meetings depend on the knowledge base, not the reverse. */
@Resolver(() => Document)
export class DocumentLinkedFromResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @ResolveField(() => [DocumentAgendaLink], {
    description:
      'The meeting agendas that link this document, of meetings the viewer may see; newest meeting first.',
  })
  @Access('ANYONE')
  linkedFrom(@Parent() doc: Document, @CurrentScope() scope: Scope): Promise<DocumentAgendaLink[]> {
    return this.meetings.agendaLinksOf(scope, doc.id);
  }
}

@Resolver(() => Attendance)
export class AttendanceFieldsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => Person)
  @Access('ANYONE')
  async person(@Parent() a: Attendance, @CurrentScope() scope: Scope): Promise<Person> {
    return this.people.toModel((await this.people.load(scope.loaders, a.personId))!, scope.viewer);
  }
}

@Resolver(() => MeetingConflict)
export class MeetingConflictFieldsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => [Person], {
    description:
      'People who hold a seat in both working groups (or, for community-wide meetings, any member).',
  })
  @Access('MEMBER')
  async sharedMembers(@Parent() conflict: MeetingConflict, @CurrentScope() scope: Scope): Promise<Person[]> {
    const people = await Promise.all(
      conflict.sharedMemberIds.map((id) => this.people.load(scope.loaders, id)),
    );
    return people
      .filter((p) => p !== null)
      .map((p) => this.people.toModel(p, scope.viewer))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}

@Resolver(() => WorkingGroup)
export class WorkingGroupMeetingsResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @ResolveField(() => [MeetingOccurrence])
  @Access('ANYONE')
  upcomingMeetings(
    @Parent() group: WorkingGroup,
    @CurrentScope() scope: Scope,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ): Promise<MeetingOccurrence[]> {
    return this.meetings.upcomingOf(scope, group.id, first);
  }
}

@Resolver(() => ViewerModel)
export class ViewerCalendarResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @ResolveField(() => URLScalar, {
    description: 'Secret personal iCalendar feed of the meetings the viewer may see in their working groups.',
  })
  @Access('SIGNED_IN')
  calendarFeedUrl(@CurrentScope() scope: SignedInScope): Promise<string> {
    return this.feeds.calendarFeedUrl(scope);
  }

  @ResolveField(() => URLScalar, {
    description: 'The same feed as a webcal:// link, which calendar apps open as a subscription.',
  })
  @Access('SIGNED_IN')
  async calendarFeedWebcalUrl(@CurrentScope() scope: SignedInScope): Promise<string> {
    return (await this.feeds.calendarFeedUrl(scope)).replace(/^https?:/, 'webcal:');
  }
}
