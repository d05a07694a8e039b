import { Injectable } from '@nestjs/common';
import { TransactionContext, sql } from '@cop/platform';

/**
 * Identity's own stamps of a person's account erasure (issue 26): the pending request, which
 * signing in clears (so sign-in needs nothing of libs/privacy), and the erasure itself.
 */
@Injectable()
export class AccountErasureRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** Stamps the pending erasure (locks the person row); false when the person is gone or erased. */
  async stamp(personId: string, at: Date): Promise<boolean> {
    const rows = await this.tx.query<{ id: string }>(
      sql`UPDATE people SET erasure_requested_at = ${at} WHERE id = ${personId} AND erased_at IS NULL RETURNING id`,
    );
    return rows.length > 0;
  }

  /** Clears a pending erasure; true when there was one. */
  async clear(personId: string): Promise<boolean> {
    const rows = await this.tx.query<{ id: string }>(
      sql`UPDATE people SET erasure_requested_at = NULL
          WHERE id = ${personId} AND erasure_requested_at IS NOT NULL RETURNING id`,
    );
    return rows.length > 0;
  }

  async pendingSince(personId: string): Promise<Date | null> {
    const [row] = await this.tx.query<{ at: Date | null }>(
      sql`SELECT erasure_requested_at AS at FROM people WHERE id = ${personId}`,
    );
    return row?.at ?? null;
  }

  /** The people whose erasure was requested at or before `requestedBefore`, oldest first. */
  async due(requestedBefore: Date, limit: number): Promise<{ personId: string; requestedAt: Date }[]> {
    return this.tx.query(
      sql`SELECT id AS "personId", erasure_requested_at AS "requestedAt" FROM people
          WHERE erasure_requested_at IS NOT NULL AND erasure_requested_at <= ${requestedBefore} AND erased_at IS NULL
          ORDER BY erasure_requested_at, id LIMIT ${limit}`,
    );
  }

  /** The person, locked for the erasure's transaction; null when gone or already erased. */
  async lockForErasure(
    personId: string,
  ): Promise<{ email: string | null; displayName: string; requestedAt: Date | null } | null> {
    const [row] = await this.tx.query<{
      email: string | null;
      displayName: string;
      requestedAt: Date | null;
    }>(
      sql`SELECT lower(email) AS email, display_name AS "displayName", erasure_requested_at AS "requestedAt"
          FROM people WHERE id = ${personId} AND erased_at IS NULL FOR UPDATE`,
    );
    return row ?? null;
  }

  /** Of each person: erased (a "former member" tombstone) or not, and their pending erasure's stamp. One statement. */
  async statesOf(
    personIds: readonly string[],
  ): Promise<Map<string, { erased: boolean; requestedAt: Date | null }>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.tx.query<{ id: string; erased: boolean; requestedAt: Date | null }>(
      sql`SELECT id, erased_at IS NOT NULL AS erased, erasure_requested_at AS "requestedAt" FROM people
          WHERE id = ANY(${personIds as string[]}::uuid[])`,
    );
    return new Map(rows.map((r) => [r.id, { erased: r.erased, requestedAt: r.requestedAt }]));
  }

  /** Whether the person was erased (their row is a "former member" tombstone). */
  async erasedIds(personIds: readonly string[]): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT id FROM people WHERE id = ANY(${personIds as string[]}::uuid[]) AND erased_at IS NOT NULL`,
    );
    return new Set(rows.map((r) => r.id));
  }
}
