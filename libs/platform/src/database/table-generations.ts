import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** The channel the ResponseCacheNotify migration's triggers notify, with the table's name. */
export const TABLE_CHANGES_CHANNEL = 'cop_table_changes';

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 30_000;

/**
 * How often the listening connection is asked `SELECT 1`, and how long it may take to answer.
 * A connection cut without a reset (a failover, a firewall dropping idle flows) hears nothing
 * and says nothing; TCP keepalive would notice after two hours, the ping within seconds.
 */
export interface ListenPing {
  everyMs: number;
  timeoutMs: number;
}
export const LISTEN_PING: ListenPing = { everyMs: 15_000, timeoutMs: 5_000 };

/**
 * A generation per table, moved by PostgreSQL: statement-level triggers `pg_notify` the table's
 * name on every insert, update, delete and truncate, and one LISTEN connection per process hears
 * them. NOTIFY is delivered at commit, to every listening process, whoever wrote (an API, the
 * worker, the CLI, the seed, psql), and never for a rolled-back write.
 *
 * A snapshot of some tables' generations names the state an answer was computed from; an answer
 * is current while the snapshot is. Without the connection nothing is current (`snapshot` is
 * null): whatever was said while it was down is unknown, so every snapshot taken before moves
 * (the epoch) and `onLost` drops what depended on them.
 */
export class TableGenerations {
  private readonly logger = new Logger('TableGenerations');
  private readonly generations = new Map<string, number>();
  private epoch = 0;
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private failures = 0;
  private retry?: NodeJS.Timeout;
  private pinger?: NodeJS.Timeout;
  private pinging = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly onLost: () => void = () => undefined,
    private readonly ping: ListenPing = LISTEN_PING,
  ) {}

  /** True while changes are heard. */
  get live(): boolean {
    return this.listening;
  }

  /** The tables' generations now, as one string; null while changes are not heard. */
  snapshot(tables: readonly string[]): string | null {
    if (!this.listening) return null;
    let s = String(this.epoch);
    for (const table of tables) s += `.${this.generations.get(table) ?? 0}`;
    return s;
  }

  /** Connects and listens; a failure is retried in the background (never thrown). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.pinger);
    this.listening = false;
    const client = this.client;
    this.client = null;
    if (!client) return;
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise((r) => (timer = setTimeout(r, this.ping.timeoutMs)));
    await Promise.race([client.end().catch(() => undefined), bound]);
    clearTimeout(timer);
    streamOf(client)?.destroy(); // a silent connection never acknowledges the end
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.databaseUrl,
      keepAlive: true,
      application_name: 'cop-api-table-changes',
    });
    let gone = false;
    const lost = (err?: unknown) => {
      if (gone) return;
      gone = true;
      if (this.client === client) {
        this.client = null;
        clearInterval(this.pinger);
      }
      this.forgetAll();
      // end() waits for the server's goodbye, which a silent connection never sends.
      streamOf(client)?.destroy();
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      const wait = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** this.failures++);
      this.logger.warn(
        `Not listening to table changes (${err instanceof Error ? err.message : 'connection ended'}); ` +
          `anonymous answers are not cached until it listens again, in ${wait} ms.`,
      );
      this.retry = setTimeout(() => void this.connect(), wait);
      this.retry.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (msg) => {
      if (msg.channel !== TABLE_CHANGES_CHANNEL || !msg.payload) return;
      this.generations.set(msg.payload, (this.generations.get(msg.payload) ?? 0) + 1);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${TABLE_CHANGES_CHANNEL}`);
    } catch (err) {
      lost(err);
      return;
    }
    if (this.stopped || gone) {
      if (!gone) await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // Changes made while nobody listened are unknown: start afresh.
    this.forgetAll();
    this.listening = true;
    this.failures = 0;
    this.pinger = setInterval(() => void this.pingOnce(client, lost), this.ping.everyMs);
    this.pinger.unref();
  }

  /** A ping unanswered in time, or refused, counts as the connection lost. */
  private async pingOnce(client: Client, lost: (err?: unknown) => void): Promise<void> {
    if (this.pinging) return;
    this.pinging = true;
    let timer: NodeJS.Timeout | undefined;
    const answer = client.query('SELECT 1');
    answer.catch(() => undefined); // a late failure, once the race is lost, is nobody's
    try {
      await Promise.race([
        answer,
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer to a ping within ${this.ping.timeoutMs} ms`)),
            this.ping.timeoutMs,
          );
        }),
      ]);
    } catch (err) {
      lost(err);
    } finally {
      clearTimeout(timer);
      this.pinging = false;
    }
  }

  private forgetAll(): void {
    this.listening = false;
    this.epoch += 1;
    this.onLost();
  }
}

/** The socket under a pg Client (not in its types): destroying it ends a silent connection now. */
function streamOf(client: Client): { destroy(): void } | undefined {
  return (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream;
}
