import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'sql-formatter';
import { DataSource } from 'typeorm';
import { Clock, SQL_SAMPLE, TransactionContext, sql, type AppConfig, type SqlCaseFile } from '@cop/platform';
import { createApi } from '../../../apps/api/src/bootstrap';

/**
 * The generator behind `npm run sql:snapshots` and test/platform/sql-snapshots.test.ts (issue
 * 24, after immich's sync-sql): boots the API's Nest application on a migrated database holding
 * a few fixed rows (SAMPLE_ROWS), calls each repository method of each domain's sql-cases with
 * its example arguments, each in a transaction that is rolled back, and renders the statements
 * the data source's logger saw, formatted, bound parameters as $n without their values.
 */

/** Where the snapshot of a case file lives, relative to the repository root. */
export function snapshotPath(file: SqlCaseFile): string {
  const [domain, name] = file.path.split('/');
  return `libs/${domain}/sql/${name}.sql`;
}

/** Statements that only frame a case's transaction. */
const FRAMING =
  /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b/i;

class Rollback extends Error {}

/** The rows the examples point at (SQL_SAMPLE's ids), so reads find something and writes pass their keys. */
const SAMPLE_ROWS = [
  sql`INSERT INTO people (id, display_name, email, email_verified, role)
      VALUES (${SQL_SAMPLE.person}, 'Sample Member', 'member@example.org', true, 'MEMBER'),
             (${SQL_SAMPLE.otherPerson}, 'Sample Office', 'office@example.org', true, 'OFFICE')`,
  sql`INSERT INTO working_groups (id, code, name) VALUES (${SQL_SAMPLE.group}, 'WG-S', 'Sample group'),
      (${SQL_SAMPLE.otherGroup}, 'WG-T', 'Other group')`,
  sql`INSERT INTO topics (id, working_group_id, name) VALUES (${SQL_SAMPLE.topic}, ${SQL_SAMPLE.group}, 'Sample topic')`,
  sql`INSERT INTO expertise_terms (id, kind, label) VALUES (${SQL_SAMPLE.id}, 'TAG', 'Sample tag'),
      (${SQL_SAMPLE.otherGroup}, 'TAG', 'Other tag')`,
  sql`INSERT INTO memberships (person_id, working_group_id, role, status, joined_at)
      VALUES (${SQL_SAMPLE.person}, ${SQL_SAMPLE.group}, 'CHAIR', 'ACTIVE', ${SQL_SAMPLE.at})`,
  sql`INSERT INTO documents (id, title, kind, visibility, author_id)
      VALUES (${SQL_SAMPLE.document}, 'Sample document', 'NOTE', 'WORKING_GROUP', ${SQL_SAMPLE.person})`,
  sql`INSERT INTO document_working_groups (document_id, working_group_id) VALUES (${SQL_SAMPLE.document}, ${SQL_SAMPLE.group})`,
  sql`INSERT INTO meetings (id, title, working_group_id, starts_at, ends_at, time_zone, visibility, organizer_id)
      VALUES (${SQL_SAMPLE.meeting}, 'Sample meeting', ${SQL_SAMPLE.group}, ${SQL_SAMPLE.at}, ${SQL_SAMPLE.later},
              'Europe/Berlin', 'WORKING_GROUP', ${SQL_SAMPLE.person})`,
  sql`INSERT INTO surveys (id, slug, title, status, definition)
      VALUES (${SQL_SAMPLE.survey}, 'sample', 'Sample survey', 'OPEN', '{"sections": []}'::jsonb)`,
  sql`INSERT INTO use_cases (id, title, created_by) VALUES (${SQL_SAMPLE.useCase}, 'Sample use case', ${SQL_SAMPLE.person})`,
  sql`INSERT INTO newsletter_subscribers (id, email, status, unsubscribe_token_hash)
      VALUES (${SQL_SAMPLE.subscriber}, 'reader@example.org', 'CONFIRMED', 'sample-unsubscribe-hash')`,
  sql`INSERT INTO newsletter_issues (id, subject, body, created_by)
      VALUES (${SQL_SAMPLE.issue}, 'Sample issue', 'Body', ${SQL_SAMPLE.otherPerson})`,
  sql`INSERT INTO digest_runs (id, frequency, period_label, period_start, period_end)
      VALUES (${SQL_SAMPLE.digestRun}, 'WEEKLY', '2026-03-02', ${SQL_SAMPLE.at}, ${SQL_SAMPLE.later})`,
  sql`INSERT INTO digest_run_zones (id, run_id, zone, period_start, period_end, started_at)
      VALUES (${SQL_SAMPLE.digestZone}, ${SQL_SAMPLE.digestRun}, 'Europe/Berlin', ${SQL_SAMPLE.at}, ${SQL_SAMPLE.later}, ${SQL_SAMPLE.at})`,
  sql`INSERT INTO initiatives (id, slug, name) VALUES (${SQL_SAMPLE.initiative}, 'sample', 'Sample initiative')`,
  sql`INSERT INTO initiative_groups (id, initiative_id, name, position)
      VALUES (${SQL_SAMPLE.id}, ${SQL_SAMPLE.initiative}, 'Sample initiative group', 1)`,
  sql`INSERT INTO report_targets (id, name, due_date, initiative_id)
      VALUES (${SQL_SAMPLE.id}, 'Sample target', '2026-06-30', ${SQL_SAMPLE.initiative})`,
  sql`INSERT INTO reports (id, title, kind, created_by) VALUES (${SQL_SAMPLE.report}, 'Sample report', 'Position paper', ${SQL_SAMPLE.person})`,
  sql`INSERT INTO report_sections (id, report_id, position, title) VALUES (${SQL_SAMPLE.section}, ${SQL_SAMPLE.report}, 1, 'Introduction')`,
];

function formatStatement(text: string): string {
  try {
    return format(text, { language: 'postgresql', tabWidth: 2, keywordCase: 'preserve' }).trim();
  } catch {
    // A statement the formatter cannot parse is shown as sent, its whitespace folded.
    return text.replace(/\s+/g, ' ').trim();
  }
}

/** Example arguments as JSON: dates as ISO strings, functions named, sets and maps as arrays. */
function describeParams(params: readonly unknown[]): string {
  return JSON.stringify(params, (_key, value: unknown) => {
    if (typeof value === 'function') return '[function]';
    if (value instanceof Set || value instanceof Map) return [...value];
    if (value === undefined) return null;
    return value;
  });
}

/** Public methods of the repository's class (not getters, not the constructor). */
function methodsOf(repository: SqlCaseFile['repository']): string[] {
  const proto = repository.prototype as object;
  return Object.getOwnPropertyNames(proto).filter((name) => {
    if (name === 'constructor') return false;
    const d = Object.getOwnPropertyDescriptor(proto, name);
    return typeof d?.value === 'function';
  });
}

export interface SqlSnapshot {
  path: string;
  content: string;
  /** Cases whose method failed (still shown, with the error, in the file). */
  failures: string[];
}

/** Renders every case file's snapshot. */
export async function generateSqlSnapshots(
  config: AppConfig,
  files: readonly SqlCaseFile[],
): Promise<SqlSnapshot[]> {
  const app = await createApi(config, { logger: false });
  await app.init();
  try {
    app.get(Clock).set(SQL_SAMPLE.at);
    const tx = app.get(TransactionContext);
    for (const row of SAMPLE_ROWS) await tx.query(row);

    let recording: string[] | null = null;
    const logger = app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      if (recording && !FRAMING.test(query)) recording.push(query);
      return logQuery(query, parameters, queryRunner);
    };

    const snapshots: SqlSnapshot[] = [];
    for (const file of files) {
      const name = file.repository.name;
      const instance = app.get(file.repository, { strict: false }) as Record<
        string,
        (...args: unknown[]) => Promise<unknown>
      >;
      const sections: string[] = [];
      const failures: string[] = [];
      // Examples of one method (one per role) often send the same SQL: said once, then named.
      const firstWith = new Map<string, string>();
      for (const c of file.cases) {
        const label = `${name}.${c.method}${c.label ? ` (${c.label})` : ''}`;
        // Described before the call: TypeORM's insert writes the generated id into its argument.
        const params = describeParams(c.params);
        const statements: string[] = [];
        let error: string | null = null;
        recording = statements;
        try {
          await tx.run(async () => {
            await instance[c.method](...c.params);
            throw new Rollback();
          });
        } catch (err) {
          if (!(err instanceof Rollback)) error = err instanceof Error ? err.message : String(err);
        } finally {
          recording = null;
        }
        if (error) failures.push(`${label}: ${error}`);
        const lines = [`-- ${label}`, `-- params: ${params}`];
        const rendered = statements.map((s) => `${formatStatement(s)};`);
        const key = `${c.method}\n${rendered.join('\n')}`;
        const same = error || !rendered.length ? undefined : firstWith.get(key);
        if (same) lines.push(`-- same as (${same})`);
        else {
          if (!error && rendered.length) firstWith.set(key, c.label ?? label);
          if (!statements.length) lines.push('-- (no statement)');
          lines.push(...rendered);
        }
        if (error) lines.push(`-- error: ${error.split('\n')[0]}`);
        sections.push(lines.join('\n'));
      }
      const covered = new Set(file.cases.map((c) => c.method));
      const skipped = methodsOf(file.repository)
        .filter((m) => !covered.has(m))
        .map((m) => (file.skipped[m] ? `${m} (${file.skipped[m]})` : m));
      const header = [
        `-- Generated by \`npm run sql:snapshots\` from libs/${file.path.split('/')[0]}/src/*.sql-cases.ts: do not edit.`,
        `-- The SQL ${name} sends for each example (bound parameters as $n, their values not shown).`,
        ...(skipped.length ? [`-- Not snapshotted: ${skipped.join(', ')}.`] : []),
      ];
      snapshots.push({
        path: snapshotPath(file),
        content: `${header.join('\n')}\n\n${sections.join('\n\n')}\n`,
        failures,
      });
    }
    return snapshots;
  } finally {
    await app.close();
  }
}

/** The committed snapshots under libs/<domain>/sql/ (repository-root-relative paths). */
export function committedSnapshots(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const lib of readdirSync(join(root, 'libs'))) {
    const dir = join(root, 'libs', lib, 'sql');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir))
      if (f.endsWith('.sql')) found.set(`libs/${lib}/sql/${f}`, readFileSync(join(dir, f), 'utf8'));
  }
  return found;
}

/** The snapshot files that differ from what was generated, or that nothing generates any more. */
export function staleSnapshots(
  generated: ReadonlyMap<string, string>,
  committed: ReadonlyMap<string, string>,
): string[] {
  return [
    ...[...generated].filter(([path, content]) => committed.get(path) !== content).map(([path]) => path),
    ...[...committed.keys()].filter((path) => !generated.has(path)).map((path) => `${path} (no longer made)`),
  ];
}
