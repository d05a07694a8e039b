import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, TimeZoneScalar, URLScalar, Visibility } from '@cop/platform';

// Visibility is shared with the knowledge base and registered once, in the platform.
export { Visibility };

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
export enum RsvpResponse {
  YES = 'YES',
  NO = 'NO',
  MAYBE = 'MAYBE',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(RsvpResponse, { name: 'RsvpResponse' });

/** Relations (workingGroup, organizer, agenda, occurrences, attendance) are field resolvers. */
@ObjectType()
export class Meeting {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => DateTimeScalar, { description: 'Start and end of the first occurrence.' })
  startsAt: Date;

  @Field(() => DateTimeScalar)
  endsAt: Date;

  @Field(() => TimeZoneScalar, {
    description:
      'The zone the series is defined in: recurrences keep their wall-clock time across DST there.',
  })
  timeZone: string;

  @Field(() => String, {
    nullable: true,
    description: 'RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10. Null: a single meeting.',
  })
  recurrence: string | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => URLScalar, {
    nullable: true,
    description: 'Only for those who may see the meeting and are MEMBER.',
  })
  videoConferenceUrl: string | null;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  minutes: string | null;

  workingGroupId: string | null;
  organizerId: string;
}

@ObjectType()
export class MeetingOccurrence {
  @Field(() => Meeting)
  meeting: Meeting;

  @Field(() => DateTimeScalar, {
    description: 'For a moved occurrence: the start it had in the series (its RECURRENCE-ID).',
  })
  originalStartsAt: Date;

  @Field(() => DateTimeScalar)
  startsAt: Date;

  @Field(() => DateTimeScalar)
  endsAt: Date;

  @Field()
  cancelled: boolean;
}

@ObjectType()
export class AgendaItem {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  presenter: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  /** Resolved to documents once the knowledge base exists. */
  documentIds: string[];

  /** AgendaItem.presenterPerson (issue 26). */
  presenterPersonId: string | null;
}

@ObjectType()
export class Attendance {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Null: the answer holds for the whole series.',
  })
  occurrenceStartsAt: Date | null;

  @Field(() => RsvpResponse)
  response: RsvpResponse;

  @Field(() => DateTimeScalar)
  respondedAt: Date;

  personId: string;
}

@ObjectType()
export class MeetingConflict {
  @Field(() => MeetingOccurrence)
  occurrence: MeetingOccurrence;

  sharedMemberIds: string[];
}

/** A start and end of a proposed series (the scheduling form's preview). */
@ObjectType()
export class OccurrenceTime {
  @Field(() => DateTimeScalar)
  startsAt: Date;

  @Field(() => DateTimeScalar)
  endsAt: Date;
}

@ObjectType({ description: 'A meeting agenda item that links a document.' })
export class DocumentAgendaLink {
  @Field(() => Meeting)
  meeting: Meeting;

  @Field(() => AgendaItem)
  agendaItem: AgendaItem;
}

@ObjectType({
  description: 'An agenda item a person presents, in a meeting the viewer may see (Person.presentingAt).',
})
export class PersonPresentation {
  @Field(() => Meeting)
  meeting: Meeting;

  @Field(() => AgendaItem)
  agendaItem: AgendaItem;
}
