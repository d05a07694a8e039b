import { Injectable } from '@nestjs/common';
import { TransactionContext, sql, type Sql } from '@cop/platform';

export type DataRequestKindValue = 'EXPORT' | 'ERASURE';
export type DataRequestOutcomeValue = 'PENDING' | 'DONE' | 'FAILED' | 'CANCELLED';

/** A row of data_requests: the record of one export or erasure (never its content). */
export interface DataRequestRow {
  id: string;
  kind: DataRequestKindValue;
  personId: string | null;
  requestedAt: Date;
  completedAt: Date | null;
  outcome: DataRequestOutcomeValue;
  readyAt: Date | null;
  expiresAt: Date | null;
  storageKey: string | null;
  mailedAt: Date | null;
  downloadedAt: Date | null;
}

const COLUMNS: Sql = sql`id, kind, person_id AS "personId", requested_at AS "requestedAt", completed_at AS "completedAt",
  outcome, ready_at AS "readyAt", expires_at AS "expiresAt", storage_key AS "storageKey", mailed_at AS "mailedAt",
  downloaded_at AS "downloadedAt"`;

/** data_requests: the records of exports and erasures, and an export's stored file and hashed link. */
@Injectable()
export class PrivacyRepository {
  constructor(private readonly tx: TransactionContext) {}

  async insert(kind: DataRequestKindValue, personId: string, at: Date): Promise<DataRequestRow> {
    const [row] = await this.tx.query<DataRequestRow>(
      sql`INSERT INTO data_requests (kind, person_id, requested_at) VALUES (${kind}, ${personId}, ${at})
          RETURNING ${COLUMNS}`,
    );
    return row;
  }

  async find(id: string, opts: { lock?: boolean } = {}): Promise<DataRequestRow | null> {
    const [row] = await this.tx.query<DataRequestRow>(
      sql`SELECT ${COLUMNS} FROM data_requests WHERE id = ${id} ${opts.lock ? sql`FOR UPDATE` : sql``}`,
    );
    return row ?? null;
  }

  async pendingOf(kind: DataRequestKindValue, personId: string): Promise<DataRequestRow | null> {
    const [row] = await this.tx.query<DataRequestRow>(
      sql`SELECT ${COLUMNS} FROM data_requests
          WHERE kind = ${kind} AND person_id = ${personId} AND outcome = 'PENDING'
          ORDER BY requested_at DESC, id DESC LIMIT 1`,
    );
    return row ?? null;
  }

  async exportsOf(personId: string): Promise<DataRequestRow[]> {
    return this.tx.query<DataRequestRow>(
      sql`SELECT ${COLUMNS} FROM data_requests WHERE kind = 'EXPORT' AND person_id = ${personId}
          ORDER BY requested_at DESC, id DESC LIMIT 50`,
    );
  }

  async pendingErasures(limit: number): Promise<DataRequestRow[]> {
    return this.tx.query<DataRequestRow>(
      sql`SELECT ${COLUMNS} FROM data_requests WHERE kind = 'ERASURE' AND outcome = 'PENDING'
          ORDER BY requested_at, id LIMIT ${limit}`,
    );
  }

  async complete(id: string, outcome: DataRequestOutcomeValue, at: Date): Promise<void> {
    await this.tx.query(
      sql`UPDATE data_requests SET outcome = ${outcome}, completed_at = ${at} WHERE id = ${id} AND outcome = 'PENDING'`,
    );
  }

  async setStored(id: string, storageKey: string): Promise<void> {
    await this.tx.query(sql`UPDATE data_requests SET storage_key = ${storageKey} WHERE id = ${id}`);
  }

  /** The export is ready: its (new) link's hash, ready and expiry instants; the record is DONE. */
  async setReady(id: string, tokenHash: string, readyAt: Date, expiresAt: Date): Promise<void> {
    await this.tx.query(
      sql`UPDATE data_requests SET token_hash = ${tokenHash}, ready_at = ${readyAt}, expires_at = ${expiresAt},
                 outcome = 'DONE', completed_at = ${readyAt}
          WHERE id = ${id}`,
    );
  }

  /** The link could not be mailed: the export failed (its token no longer opens anything). */
  async markFailed(id: string): Promise<void> {
    await this.tx.query(sql`UPDATE data_requests SET outcome = 'FAILED', token_hash = NULL WHERE id = ${id}`);
  }

  async setMailed(id: string, at: Date): Promise<void> {
    await this.tx.query(
      sql`UPDATE data_requests SET mailed_at = ${at} WHERE id = ${id} AND mailed_at IS NULL`,
    );
  }

  /**
   * Uses the link of tokenHash once: 'unknown' when no export has it, 'gone' when it was used,
   * expired or its file purged; otherwise marks it downloaded and returns its file.
   */
  async claimDownload(
    tokenHash: string,
    now: Date,
  ): Promise<{ status: 'unknown' } | { status: 'gone' } | { status: 'ok'; id: string; storageKey: string }> {
    const [row] = await this.tx.query<{ id: string; storageKey: string | null; usable: boolean }>(
      sql`SELECT id, storage_key AS "storageKey",
                 (downloaded_at IS NULL AND expires_at > ${now} AND storage_key IS NOT NULL) AS usable
          FROM data_requests WHERE token_hash = ${tokenHash} AND kind = 'EXPORT' FOR UPDATE`,
    );
    if (!row) return { status: 'unknown' };
    if (!row.usable || !row.storageKey) return { status: 'gone' };
    await this.tx.query(sql`UPDATE data_requests SET downloaded_at = ${now} WHERE id = ${row.id}`);
    return { status: 'ok', id: row.id, storageKey: row.storageKey };
  }

  /** Exports whose file should go: downloaded or expired (or their person erased). */
  async filesToPurge(now: Date, limit: number): Promise<{ id: string; storageKey: string }[]> {
    return this.tx.query(
      sql`SELECT id, storage_key AS "storageKey" FROM data_requests
          WHERE storage_key IS NOT NULL
            AND (downloaded_at IS NOT NULL OR expires_at <= ${now} OR person_id IS NULL
                 OR (outcome IN ('FAILED', 'CANCELLED')))
          ORDER BY requested_at LIMIT ${limit}`,
    );
  }

  async clearFile(id: string, storageKey: string): Promise<void> {
    await this.tx.query(
      sql`UPDATE data_requests SET storage_key = NULL WHERE id = ${id} AND storage_key = ${storageKey}`,
    );
  }

  /** Erasure: the records stay for the office without the person; their export files are returned for deletion. */
  async forgetPerson(personId: string): Promise<string[]> {
    const rows = await this.tx.query<{ storageKey: string | null }>(
      sql`UPDATE data_requests SET person_id = NULL, token_hash = NULL,
                 outcome = CASE WHEN outcome = 'PENDING' AND kind = 'EXPORT' THEN 'CANCELLED' ELSE outcome END,
                 completed_at = coalesce(completed_at, now())
          WHERE person_id = ${personId} RETURNING storage_key AS "storageKey"`,
    );
    return rows.map((r) => r.storageKey).filter((k): k is string => k !== null);
  }

  async exportRecordsOf(personId: string): Promise<unknown[]> {
    return this.tx.query(
      sql`SELECT kind, requested_at AS "requestedAt", completed_at AS "completedAt", outcome
          FROM data_requests WHERE person_id = ${personId} ORDER BY requested_at, id`,
    );
  }

  async page(
    first: number,
    after: [string, string] | null,
  ): Promise<{ rows: DataRequestRow[]; total: number }> {
    const rows = await this.tx.query<DataRequestRow>(
      sql`SELECT ${COLUMNS} FROM data_requests
          ${after ? sql`WHERE (requested_at, id) < (${new Date(after[0])}, ${after[1]}::uuid)` : sql``}
          ORDER BY requested_at DESC, id DESC LIMIT ${first + 1}`,
    );
    const [count] = await this.tx.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM data_requests`);
    return { rows, total: count.n };
  }
}
