import { Injectable } from '@nestjs/common';
import {
  FORMER_MEMBER,
  ProvidesPersonalData,
  sql,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
  type TransactionContext,
} from '@cop/platform';

/**
 * Meetings' part of one's own data: RSVPs, the meetings they organised, the agenda items they
 * present and their calendar feed (never its secret). Erasure removes RSVPs and the feed;
 * meetings stay (organised by "former member"), agenda items lose the presenter link and a
 * presenter text that names them.
 */
@Injectable()
@ProvidesPersonalData()
export class MeetingsPersonalData implements PersonalDataProvider {
  readonly name = 'meetings';

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const rsvps = await tx.query(
      sql`SELECT m.id AS "meetingId", m.title, a.occurrence_starts_at AS "occurrenceStartsAt", a.response,
                 a.responded_at AS "respondedAt"
          FROM attendance a JOIN meetings m ON m.id = a.meeting_id
          WHERE a.person_id = ${personId} ORDER BY a.occurrence_starts_at, m.id`,
    );
    const organised = await tx.query(
      sql`SELECT id, title, starts_at AS "startsAt", status FROM meetings
          WHERE organizer_id = ${personId} ORDER BY starts_at, id`,
    );
    const presenting = await tx.query(
      sql`SELECT i.meeting_id AS "meetingId", i.title, i.presenter FROM agenda_items i
          WHERE i.presenter_person_id = ${personId} ORDER BY i.meeting_id, i.position`,
    );
    const calendarFeeds = await tx.query(
      sql`SELECT created_at AS "createdAt", rotated_at AS "rotatedAt" FROM calendar_feeds WHERE person_id = ${personId}`,
    );
    return { data: { rsvps, organised, presenting, calendarFeeds } };
  }

  async erase({ personId, displayName }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    await tx.query(sql`DELETE FROM attendance WHERE person_id = ${personId}`);
    await tx.query(sql`DELETE FROM calendar_feeds WHERE person_id = ${personId}`);
    await tx.query(
      sql`UPDATE agenda_items SET presenter = ${FORMER_MEMBER}
          WHERE presenter_person_id = ${personId} OR lower(presenter) = lower(${displayName})`,
    );
    await tx.query(
      sql`UPDATE agenda_items SET presenter_person_id = NULL WHERE presenter_person_id = ${personId}`,
    );
  }
}
