import { Client } from 'pg';

/** One SQL statement sent by the API while recording. */
export interface RecordedQuery {
  text: string;
  values: unknown[];
}

/**
 * Counts the SQL statements the in-process API sends: every pg statement, pooled or not, goes
 * through Client.prototype.query, so wrapping it counts what reaches PostgreSQL, ORM or not.
 */
export class SqlRecorder {
  private recording: RecordedQuery[] | null = null;

  install(): void {
    const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const recorder = this;
    proto.query = function (this: unknown, ...args: unknown[]) {
      if (recorder.recording) {
        const [first, second] = args;
        if (typeof first === 'string') {
          recorder.recording.push({ text: first, values: Array.isArray(second) ? second : [] });
        } else if (first && typeof first === 'object' && 'text' in first) {
          const q = first as { text: string; values?: unknown[] };
          recorder.recording.push({
            text: q.text,
            values: q.values ?? (Array.isArray(second) ? second : []),
          });
        }
      }
      return original.apply(this, args);
    };
  }

  /** Runs fn and returns the statements sent meanwhile. */
  async record<T>(fn: () => Promise<T>): Promise<{ result: T; queries: RecordedQuery[] }> {
    const queries: RecordedQuery[] = [];
    this.recording = queries;
    try {
      const result = await fn();
      return { result, queries };
    } finally {
      this.recording = null;
    }
  }
}
