import type { Type } from '@nestjs/common';

/**
 * Committed SQL snapshots (issue 24, after immich's @GenerateSql): each domain lists, in its
 * `<domain>.sql-cases.ts`, the repository methods whose SQL a reviewer should see and example
 * arguments for them (one example per role where a visibility condition composes in).
 * `npm run sql:snapshots` calls each one against a migrated database and writes the statements it
 * sends to `libs/<domain>/sql/<repository>.sql`; test/platform/sql-snapshots.test.ts fails when those
 * files are stale. Metadata only: nothing here runs in the applications.
 */

/** Fixed example values, so that a snapshot never changes from one run to the next. */
export const SQL_SAMPLE = Object.freeze({
  person: '00000000-0000-4000-8000-000000000001',
  otherPerson: '00000000-0000-4000-8000-000000000002',
  group: '00000000-0000-4000-8000-000000000011',
  otherGroup: '00000000-0000-4000-8000-000000000012',
  topic: '00000000-0000-4000-8000-000000000021',
  document: '00000000-0000-4000-8000-000000000031',
  meeting: '00000000-0000-4000-8000-000000000041',
  survey: '00000000-0000-4000-8000-000000000051',
  question: '00000000-0000-4000-8000-000000000052',
  useCase: '00000000-0000-4000-8000-000000000061',
  report: '00000000-0000-4000-8000-000000000071',
  section: '00000000-0000-4000-8000-000000000072',
  initiative: '00000000-0000-4000-8000-000000000081',
  subscriber: '00000000-0000-4000-8000-000000000091',
  issue: '00000000-0000-4000-8000-000000000092',
  digestRun: '00000000-0000-4000-8000-000000000093',
  digestZone: '00000000-0000-4000-8000-000000000094',
  /** Any other row's id. */
  id: '00000000-0000-4000-8000-000000000099',
  /** "Now" in the examples. */
  at: new Date('2026-03-02T09:00:00.000Z'),
  /** A week later. */
  later: new Date('2026-03-09T09:00:00.000Z'),
});

export type SqlSampleRole = 'GUEST' | 'MEMBER' | 'OFFICE';

/** A viewer (the shape of @cop/identity's Viewer) of each role, all of them SQL_SAMPLE.person. */
export function sampleViewer(role: SqlSampleRole): { personId: string; role: SqlSampleRole; via: 'session' } {
  return { personId: SQL_SAMPLE.person, role, via: 'session' };
}

/** The roles a visibility condition is shown for: anonymous (null) and each platform role. */
export const SQL_SAMPLE_VIEWERS = Object.freeze({
  ANONYMOUS: null,
  GUEST: sampleViewer('GUEST'),
  MEMBER: sampleViewer('MEMBER'),
  OFFICE: sampleViewer('OFFICE'),
});

/** The methods of T that return a promise: the ones that can send SQL. */
export type SqlCaseMethod<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T] &
  string;

type ParamsOf<F> = F extends (...args: infer P) => Promise<unknown> ? P : never;

/** One example's arguments, or several examples by label (e.g. one per role). */
export type SqlExamples<P> = P | { readonly [label: string]: P };

export type SqlCaseMethods<T> = { [K in SqlCaseMethod<T>]?: SqlExamples<ParamsOf<T[K]>> };

export interface SqlCase {
  readonly method: string;
  readonly label: string | null;
  readonly params: readonly unknown[];
}

export interface SqlCaseFile {
  /** `<domain>/<repository file without .ts>`: the snapshot is libs/<domain>/sql/<file>.sql. */
  readonly path: string;
  readonly repository: Type<unknown>;
  readonly cases: readonly SqlCase[];
  /** Methods deliberately not called, with the reason. */
  readonly skipped: Readonly<Record<string, string>>;
}

/**
 * The examples of one repository. The arguments are type-checked against the methods, so a
 * changed signature breaks the build here rather than the snapshot silently.
 */
export function sqlCases<T>(
  path: `${string}/${string}`,
  repository: Type<T>,
  methods: SqlCaseMethods<T>,
  // Private helpers (called by the methods above) may be named too: TypeScript cannot list them.
  skipped: { readonly [K in SqlCaseMethod<T>]?: string } & { readonly [privateHelper: string]: string } = {},
): SqlCaseFile {
  const cases: SqlCase[] = [];
  for (const [method, examples] of Object.entries(methods) as [string, SqlExamples<unknown[]>][]) {
    if (Array.isArray(examples)) cases.push({ method, label: null, params: examples });
    else
      for (const [label, params] of Object.entries(examples as Record<string, unknown[]>))
        cases.push({ method, label, params });
  }
  return { path, repository, cases, skipped };
}

export type SqlSampleViewer = ReturnType<typeof sampleViewer>;

/** One example per role (ANONYMOUS, GUEST, MEMBER, OFFICE): where a visibility condition composes in. */
export function perRole<P>(params: (viewer: SqlSampleViewer | null) => P): { readonly [role: string]: P } {
  return Object.fromEntries(Object.entries(SQL_SAMPLE_VIEWERS).map(([role, v]) => [role, params(v)]));
}
