import { Injectable } from '@nestjs/common';
import {
  FORMER_MEMBER,
  ProvidesPersonalData,
  sql,
  type ErasureBlockerInfo,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
  type TransactionContext,
} from '@cop/platform';

/**
 * Identity's part of one's own data: the profile, sign-in identities, sessions and access tokens
 * (never their secrets or hashes). Erased last: the person row becomes a "former member"
 * tombstone (kept so the documents and parts they wrote still resolve), everything else goes.
 */
@Injectable()
@ProvidesPersonalData()
export class IdentityPersonalData implements PersonalDataProvider {
  readonly name = 'identity';
  readonly eraseOrder = 100;

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const [profile] = await tx.query(
      sql`SELECT id, display_name AS "displayName", email, email_verified AS "emailVerified", affiliation,
                 country, orcid, bio, domains, computing_roles AS "computingRoles", target_group AS "targetGroup",
                 time_zone AS "timeZone", role, digest, meeting_reminders AS "meetingReminders", newsletter,
                 joined_at AS "joinedAt", updated_at AS "updatedAt"
          FROM people WHERE id = ${personId}`,
    );
    const identities = await tx.query(
      sql`SELECT provider, subject, email, email_verified AS "emailVerified", entitlements,
                 linked_at AS "linkedAt", last_login_at AS "lastLoginAt"
          FROM identities WHERE person_id = ${personId} ORDER BY linked_at, id`,
    );
    const sessions = await tx.query(
      sql`SELECT provider, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
                 revoked_at AS "revokedAt", user_agent AS "userAgent", ip
          FROM sessions WHERE person_id = ${personId} ORDER BY created_at, id`,
    );
    const accessTokens = await tx.query(
      sql`SELECT name, created_at AS "createdAt", expires_at AS "expiresAt", last_used_at AS "lastUsedAt",
                 revoked_at AS "revokedAt"
          FROM access_tokens WHERE person_id = ${personId} ORDER BY created_at, id`,
    );
    return { data: { profile, identities, sessions, accessTokens } };
  }

  async erase({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    await tx.query(sql`DELETE FROM sessions WHERE person_id = ${personId}`);
    await tx.query(sql`DELETE FROM access_tokens WHERE person_id = ${personId}`);
    await tx.query(sql`DELETE FROM identities WHERE person_id = ${personId}`);
    await tx.query(
      sql`UPDATE people SET display_name = ${FORMER_MEMBER}, email = NULL, email_verified = false, affiliation = NULL,
                 country = NULL, orcid = NULL, bio = NULL, domains = '{}', computing_roles = '{}', target_group = NULL,
                 time_zone = NULL, role = 'GUEST', role_source = 'ADMISSION', digest = 'NEVER',
                 meeting_reminders = false, newsletter = false, erasure_requested_at = NULL,
                 erased_at = coalesce(erased_at, now()), updated_at = now()
          WHERE id = ${personId}`,
    );
  }

  async erasureBlockers(
    { personId }: PersonalDataSubject,
    tx: TransactionContext,
  ): Promise<ErasureBlockerInfo[]> {
    const [row] = await tx.query<{ role: string; others: number }>(
      sql`SELECT p.role, (SELECT count(*)::int FROM people o WHERE o.role = 'OFFICE' AND o.id <> p.id) AS others
          FROM people p WHERE p.id = ${personId}`,
    );
    if (row?.role === 'OFFICE' && row.others === 0)
      return [
        {
          reason:
            'You are the last member of the project office. Give another person the OFFICE role before deleting your account.',
        },
      ];
    return [];
  }
}
