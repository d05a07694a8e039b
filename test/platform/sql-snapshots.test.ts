import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { platformSqlCases, type SqlCaseFile } from '@cop/platform';
import { identitySqlCases } from '@cop/identity';
import { communitySqlCases } from '@cop/community';
import { surveysSqlCases } from '@cop/surveys';
import { knowledgeSqlCases } from '@cop/knowledge';
import { newsSqlCases } from '@cop/news';
import { newsletterSqlCases } from '@cop/newsletter';
import { useCasesSqlCases } from '@cop/use-cases';
import { initiativesSqlCases } from '@cop/initiatives';
import { meetingsSqlCases } from '@cop/meetings';
import { reportsSqlCases } from '@cop/reports';
import { digestsSqlCases } from '@cop/digests';
import { expertiseSqlCases } from '@cop/expertise';
import { privacySqlCases } from '@cop/privacy';
import {
  committedSnapshots,
  createTestEnvironment,
  generateSqlSnapshots,
  staleSnapshots,
  type SqlSnapshot,
  type TestEnvironment,
} from '@cop/testing';

/**
 * The committed SQL snapshots (libs/<domain>/sql/*.sql, issue 24) are what the repositories send
 * now. `npm run sql:snapshots` runs this file with SQL_SNAPSHOTS=write to rewrite them; otherwise it
 * fails naming the stale files.
 */
const CASE_FILES: SqlCaseFile[] = [
  ...platformSqlCases,
  ...identitySqlCases,
  ...communitySqlCases,
  ...surveysSqlCases,
  ...expertiseSqlCases,
  ...knowledgeSqlCases,
  ...newsSqlCases,
  ...newsletterSqlCases,
  ...useCasesSqlCases,
  ...initiativesSqlCases,
  ...meetingsSqlCases,
  ...reportsSqlCases,
  ...digestsSqlCases,
  ...privacySqlCases,
];

const ROOT = join(__dirname, '..', '..');
const WRITE = process.env.SQL_SNAPSHOTS === 'write';

let env: TestEnvironment;
let snapshots: SqlSnapshot[];

beforeAll(async () => {
  env = await createTestEnvironment();
  snapshots = await generateSqlSnapshots(env.config, CASE_FILES);
}, 120_000);

afterAll(async () => {
  await env?.cleanup();
});

it('every case file has a snapshot of its own, and every example sends SQL without failing', () => {
  const paths = snapshots.map((s) => s.path);
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths).toContain('libs/knowledge/sql/documents.repository.sql');
  // A failing example still shows the statement it reached, but says nothing of the rest: fix the
  // example (libs/<domain>/src/<domain>.sql-cases.ts) or the sample rows (libs/testing sql-snapshots.ts).
  expect(snapshots.flatMap((s) => s.failures)).toEqual([]);
});

it('a visibility condition composes in per role: the MEMBER rule binds the person, the public one does not', () => {
  const documents = snapshots.find((s) => s.path === 'libs/knowledge/sql/documents.repository.sql')!.content;
  const section = (label: string) => documents.split('\n\n').find((s) => s.startsWith(`-- ${label}\n`))!;
  expect(section('DocumentsRepository.findVisible (MEMBER)')).toMatch(/vm\.person_id = CAST\(\$2 AS uuid\)/);
  expect(section('DocumentsRepository.findVisible (ANONYMOUS)')).toMatch(/d\.visibility = 'PUBLIC'/);
  expect(section('DocumentsRepository.findVisible (ANONYMOUS)')).not.toMatch(/\$2/);
  // A GUEST sees what the public sees: the same statement, said once.
  expect(section('DocumentsRepository.findVisible (GUEST)')).toMatch(/\n-- same as \(ANONYMOUS\)$/);
  expect(section('DocumentsRepository.findVisible (OFFICE)')).toMatch(/\nSELECT/);
});

it('names a changed, a missing and an orphaned snapshot as stale', () => {
  const generated = new Map([
    ['libs/a/sql/a.repository.sql', 'SELECT 1;\n'],
    ['libs/b/sql/b.repository.sql', 'SELECT 2;\n'],
    ['libs/c/sql/c.repository.sql', 'SELECT 3;\n'],
  ]);
  const committed = new Map([
    ['libs/a/sql/a.repository.sql', 'SELECT 1;\n'],
    ['libs/b/sql/b.repository.sql', 'SELECT 22;\n'],
    ['libs/d/sql/d.repository.sql', 'SELECT 4;\n'],
  ]);
  expect(staleSnapshots(generated, committed)).toEqual([
    'libs/b/sql/b.repository.sql',
    'libs/c/sql/c.repository.sql',
    'libs/d/sql/d.repository.sql (no longer made)',
  ]);
  expect(staleSnapshots(generated, generated)).toEqual([]);
});

it('the committed SQL snapshots are up to date (else: run npm run sql:snapshots)', () => {
  const committed = committedSnapshots(ROOT);
  const generated = new Map(snapshots.map((s) => [s.path, s.content]));
  if (WRITE) {
    for (const [path, content] of generated) {
      if (committed.get(path) === content) continue;
      mkdirSync(dirname(join(ROOT, path)), { recursive: true });
      writeFileSync(join(ROOT, path), content);
      console.log(`sql:snapshots: wrote ${path}`);
    }
    for (const path of committed.keys()) {
      if (generated.has(path)) continue;
      rmSync(join(ROOT, path));
      console.log(`sql:snapshots: removed ${path} (no case file names it)`);
    }
    const failures = snapshots.flatMap((s) => s.failures);
    if (failures.length) console.warn(`sql:snapshots: cases that failed:\n${failures.join('\n')}`);
    return;
  }
  const stale = staleSnapshots(generated, committed);
  if (stale.length)
    throw new Error(
      `Stale SQL snapshots: ${stale.join(', ')}. The repositories' SQL changed: run npm run sql:snapshots ` +
        `and commit libs/*/sql/ (review the diff: it is the SQL your change makes).`,
    );
});
