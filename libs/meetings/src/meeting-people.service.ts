import { Injectable } from '@nestjs/common';
import { BadUserInputError, groupedByKeys, requestLoader } from '@cop/platform';
import { PeopleService, isMember, type Person, type Scope, type SignedInScope } from '@cop/identity';
import { WorkingGroupsService } from '@cop/community';
import { suggestionCount, toSuggestions, type ExpertSuggestion } from '@cop/use-cases';
import { MeetingAccess } from './meeting-access';
import { MeetingPeopleRepository, type PresentationRow } from './meeting-people.repository';
import { meetingScope } from './meeting-visibility';
import type { AgendaItem, PersonPresentation } from './models/meeting.model';

/** The most agenda items Person.presentingAt lists. */
export const MAX_PRESENTATIONS = 100;

/** The meetings' relations to people (issue 26): presenters as people, and what a person presents. */
@Injectable()
export class MeetingPeopleService {
  constructor(
    private readonly repository: MeetingPeopleRepository,
    private readonly access: MeetingAccess,
    private readonly people: PeopleService,
    private readonly groups: WorkingGroupsService,
  ) {}

  /** AgendaItem.presenterPerson: through the request's people loader. */
  async presenterPerson(scope: Scope, item: AgendaItem): Promise<Person | null> {
    if (!item.presenterPersonId) return null;
    const person = await this.people.load(scope.loaders, item.presenterPersonId);
    return person ? this.people.toModel(person, scope.viewer) : null;
  }

  /**
   * Person.presentingAt: agenda items presenting the person in meetings the viewer may see,
   * newest meeting first; MEMBER and OFFICE only (others get []). One statement for every person
   * of the request asking the same `first`.
   */
  async presentingAt(scope: Scope, personId: string, first: number | null): Promise<PersonPresentation[]> {
    const limit = boundedFirst(first, 20, MAX_PRESENTATIONS);
    if (!isMember(scope.viewer)) return [];
    const viewer = scope.viewer;
    const rows = await requestLoader<string, PresentationRow[]>(
      scope.loaders,
      `meetings.presentingAt.${limit}`,
      async (ids) =>
        groupedByKeys(
          ids,
          await this.repository.presentationsOf(ids, meetingScope(viewer), limit),
          (r) => r.personId,
        ),
    ).load(personId);
    return rows.map((r) => ({ meeting: this.access.toModel(r.meeting, viewer), agendaItem: r.item }));
  }

  /**
   * presenterSuggestions: for those who may manage the meeting (the meetings' one manage rule:
   * NOT_FOUND when hidden, FORBIDDEN when only seen), people whose visible expertise matches the
   * topics of the meeting's group and the words of the agenda item's title. One statement for the
   * list (the group's topics and the people come through the request's loaders).
   */
  async presenterSuggestions(
    scope: SignedInScope,
    meetingId: string,
    title: string,
    first: number | null,
  ): Promise<ExpertSuggestion[]> {
    const limit = suggestionCount(first);
    if (title.length > TITLE_MAX_CHARS)
      throw BadUserInputError.field('title', `must be at most ${TITLE_MAX_CHARS} characters`);
    const meeting = await this.access.managedRow(scope, meetingId);
    const topics = meeting.workingGroupId
      ? await this.groups.topicsOf(scope.loaders, meeting.workingGroupId)
      : [];
    const rows = await this.repository.presenterSuggestions(
      scope,
      { topicIds: topics.map((t) => t.id), words: title },
      limit,
    );
    return toSuggestions(this.people, scope, rows);
  }
}

/** The longest title presenterSuggestions takes (an agenda item's title). */
const TITLE_MAX_CHARS = 300;

/** `first` of a relation list: default when left out, else 1..max (BAD_USER_INPUT naming `first`). */
export function boundedFirst(first: number | null | undefined, fallback: number, max: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw BadUserInputError.field('first', `must be 1 to ${max}`);
  return n;
}
