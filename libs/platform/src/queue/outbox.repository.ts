import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { sql } from '../database/sql';
import { TransactionContext } from '../database/transaction-context';
import { OutboxEntity } from './outbox.entity';

export interface OutboxRow {
  id: string;
  jobName: string;
  payload: unknown;
  jobId: string;
  runAt: Date;
}

/**
 * The outbox's instants (run at, leases, relayed at) come from the platform's Clock, bound as
 * parameters, not from the database's now(): a moved clock moves when a job is due, when a lease
 * ends and when a relayed row is old enough to purge, all together (issue 24).
 */
@Injectable()
export class OutboxRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  /** Inserts in the caller's transaction (or on its own when there is none). */
  async insert(rows: { jobName: string; payload: unknown; jobId?: string; runAt?: Date }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.tx
      .manager()
      .getRepository(OutboxEntity)
      .insert(
        rows.map((r) => ({
          jobName: r.jobName,
          payload: r.payload as object,
          jobId: r.jobId ?? null,
          runAt: r.runAt ?? this.clock.now(),
        })),
      );
  }

  /**
   * Leases up to `limit` unrelayed rows for `leaseSeconds`. SKIP LOCKED and the lease let any
   * number of relays run at once without taking the same row.
   */
  async lease(limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
    const now = this.clock.now();
    const rows = await this.tx.query<{
      id: string;
      job_name: string;
      payload: unknown;
      job_id: string | null;
      run_at: Date;
    }>(
      sql`UPDATE outbox SET lease_until = ${now}::timestamptz + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
          WHERE id IN (
            SELECT id FROM outbox
             WHERE relayed_at IS NULL AND (lease_until IS NULL OR lease_until < ${now})
             ORDER BY created_at
             LIMIT ${limit}
             FOR UPDATE SKIP LOCKED)
        RETURNING id, job_name, payload, job_id, run_at`,
    );
    return rows.map((r) => ({
      id: r.id,
      jobName: r.job_name,
      payload: r.payload,
      jobId: r.job_id ?? r.id,
      runAt: new Date(r.run_at),
    }));
  }

  /** Deletes the not yet relayed rows with these job ids; answers how many. */
  async deletePending(jobIds: readonly string[]): Promise<number> {
    if (jobIds.length === 0) return 0;
    const deleted = await this.tx.query(
      sql`DELETE FROM outbox WHERE job_id = ANY(${jobIds}::text[]) AND relayed_at IS NULL RETURNING 1`,
    );
    return deleted.length;
  }

  async markRelayed(ids: string[]): Promise<void> {
    await this.tx.query(
      sql`UPDATE outbox SET relayed_at = ${this.clock.now()}, lease_until = NULL, last_error = NULL WHERE id = ANY(${ids}::uuid[])`,
    );
  }

  /** Gives rows back after a failed relay, to be retried after retryInSeconds. */
  async release(ids: string[], error: string, retryInSeconds: number): Promise<void> {
    await this.tx.query(
      sql`UPDATE outbox SET lease_until = ${this.clock.now()}::timestamptz + make_interval(secs => ${retryInSeconds}), last_error = ${error.slice(0, 2000)}
        WHERE id = ANY(${ids}::uuid[])`,
    );
  }

  async countPending(): Promise<number> {
    const [row] = await this.tx.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`,
    );
    return row.n;
  }

  async purgeRelayedBefore(before: Date): Promise<number> {
    const result = await this.tx
      .manager()
      .createQueryBuilder()
      .delete()
      .from(OutboxEntity)
      .where('relayed_at IS NOT NULL AND relayed_at < :before', { before })
      .execute();
    return result.affected ?? 0;
  }
}
