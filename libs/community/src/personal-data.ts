import { Injectable } from '@nestjs/common';
import {
  ProvidesPersonalData,
  sql,
  type ErasureBlockerInfo,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
  type TransactionContext,
} from '@cop/platform';

/**
 * Community's part of one's own data: seats and their history. Erasure removes both; a group
 * must not lose its last active chair while it has other members (a blocker until replaced).
 */
@Injectable()
@ProvidesPersonalData()
export class CommunityPersonalData implements PersonalDataProvider {
  readonly name = 'community';

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const seats = await tx.query(
      sql`SELECT g.code AS "workingGroup", m.role, m.status, m.requested_at AS "requestedAt", m.joined_at AS "joinedAt"
          FROM memberships m JOIN working_groups g ON g.id = m.working_group_id
          WHERE m.person_id = ${personId} ORDER BY g.code`,
    );
    // Who acted is another person: said only as "you" or not at all.
    const history = await tx.query(
      sql`SELECT g.code AS "workingGroup", e.event, e.role, e.occurred_at AS "occurredAt",
                 (e.actor_id = e.person_id) AS "byYou"
          FROM membership_events e JOIN working_groups g ON g.id = e.working_group_id
          WHERE e.person_id = ${personId} ORDER BY e.occurred_at, e.id`,
    );
    return { data: { seats, history } };
  }

  async erase({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    await tx.query(sql`UPDATE membership_events SET actor_id = NULL WHERE actor_id = ${personId}`);
    await tx.query(sql`DELETE FROM membership_events WHERE person_id = ${personId}`);
    await tx.query(sql`DELETE FROM memberships WHERE person_id = ${personId}`);
  }

  async erasureBlockers(
    { personId }: PersonalDataSubject,
    tx: TransactionContext,
  ): Promise<ErasureBlockerInfo[]> {
    const rows = await tx.query<{ id: string; code: string; name: string }>(
      sql`SELECT g.id, g.code, g.name FROM memberships m JOIN working_groups g ON g.id = m.working_group_id
          WHERE m.person_id = ${personId} AND m.role = 'CHAIR' AND m.status = 'ACTIVE'
            AND NOT EXISTS (SELECT 1 FROM memberships c WHERE c.working_group_id = g.id AND c.role = 'CHAIR'
                            AND c.status = 'ACTIVE' AND c.person_id <> ${personId})
            AND EXISTS (SELECT 1 FROM memberships o WHERE o.working_group_id = g.id AND o.status = 'ACTIVE'
                        AND o.person_id <> ${personId})
          ORDER BY g.code`,
    );
    return rows.map((g) => ({
      reason: `You are the last chair of ${g.code} (${g.name}), which has other members. Make another member chair before deleting your account.`,
      workingGroupId: g.id,
    }));
  }
}
