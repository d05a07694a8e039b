import { Injectable } from '@nestjs/common';
import { TransactionContext, sql } from '@cop/platform';
import { displayNamesOfSql, type Scope } from '@cop/identity';
import { expertSuggestionsSql, type ExpertMatchRow } from '@cop/expertise';
import { MEETING_COLUMNS, type AgendaItemRow, type MeetingRow } from './meeting.repository';
import { meetingVisibleSql, type MeetingScope } from './meeting-visibility';

/** An agenda item a person presents, with its meeting (Person.presentingAt). */
export interface PresentationRow {
  personId: string;
  meeting: MeetingRow;
  item: AgendaItemRow;
}

/** How many matches (of MEMBER and OFFICE people) the title-first order is chosen among. */
const MATCH_POOL = 100;

/** The meetings' side of people (issue 26): who presents what, and presenters named by id. */
@Injectable()
export class MeetingPeopleRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** Display names of the people among these ids (unknown ids are left out). */
  async displayNamesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.tx.query<{ id: string; displayName: string }>(displayNamesOfSql(ids));
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  /**
   * The agenda items each of these people presents, in meetings the scope may see, newest
   * meeting first, at most `first` a person: one statement for a whole list of people.
   */
  async presentationsOf(
    personIds: readonly string[],
    scope: MeetingScope,
    first: number,
  ): Promise<PresentationRow[]> {
    if (!personIds.length) return [];
    const rows = await this.tx.query<MeetingRow & { personId: string; item: AgendaItemRow }>(sql`
      SELECT ${MEETING_COLUMNS}, r.person_id AS "personId", r.item
        FROM (SELECT a.presenter_person_id AS person_id, a.meeting_id,
                     json_build_object('id', a.id, 'meetingId', a.meeting_id, 'position', a.position,
                       'title', a.title, 'presenter', a.presenter, 'presenterPersonId', a.presenter_person_id,
                       'durationMinutes', a.duration_minutes, 'documentIds', a.document_ids) AS item,
                     row_number() OVER (PARTITION BY a.presenter_person_id
                                        ORDER BY pm.starts_at DESC, pm.id, a.position) AS n
                FROM agenda_items a JOIN meetings pm ON pm.id = a.meeting_id
               WHERE a.presenter_person_id = ANY(${personIds}::uuid[]) AND ${meetingVisibleSql(scope, 'pm')}) r
        JOIN meetings m ON m.id = r.meeting_id
       WHERE r.n <= ${first}
       ORDER BY r.person_id, r.n`);
    return rows.map(({ personId, item, ...meeting }) => ({ personId, item, meeting }));
  }

  /**
   * presenterSuggestions in ONE statement: the expertise match (its visibility rule for the
   * scope: a PRIVATE person never matches) on the group's topics and the title's words, less
   * anyone whose role is not MEMBER or OFFICE (a GUEST is never suggested; the match leaves them
   * out before its limit, so the list is full). Those matching the title come first, by how well
   * they match it: the group's topics alone match most of its members, the title is what the item
   * is about. Then the match's own order.
   */
  presenterSuggestions(
    scope: Scope,
    match: { topicIds: readonly string[]; words: string },
    first: number,
  ): Promise<ExpertMatchRow[]> {
    const roles = ['MEMBER', 'OFFICE'] as const;
    const all = expertSuggestionsSql(scope, { ...match, roles, limit: MATCH_POOL });
    const byTitle = expertSuggestionsSql(scope, { words: match.words, roles, limit: MATCH_POOL });
    return this.tx.query<ExpertMatchRow>(sql`SELECT s."personId", s.score, s.matches
        FROM (SELECT x.*, row_number() OVER () AS rank FROM (${all}) x) s
        LEFT JOIN (${byTitle}) t ON t."personId" = s."personId"
       ORDER BY coalesce(t.score, 0) DESC, s.rank
       LIMIT ${first}`);
  }
}
