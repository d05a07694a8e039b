import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SqlCaseFile } from '@cop/platform';
import { knowledgeSqlCases } from '@cop/knowledge';
import {
  committedSnapshots,
  createTestEnvironment,
  generateSqlSnapshots,
  type SqlSnapshot,
  type TestEnvironment,
} from '@cop/testing';

/**
 * The committed SQL snapshots (libs/<domain>/sql/*.sql, issue 24) are what the repositories send
 * now. `npm run sql:snapshots` runs this file with SQL_SNAPSHOTS=write to rewrite them; otherwise it
 * fails naming the stale files.
 */
const CASE_FILES: SqlCaseFile[] = [...knowledgeSqlCases];

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

it('every case file has a snapshot of its own', () => {
  const paths = snapshots.map((s) => s.path);
  expect(new Set(paths).size).toBe(paths.length);
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
  const stale = [
    ...[...generated].filter(([path, content]) => committed.get(path) !== content).map(([path]) => path),
    ...[...committed.keys()].filter((path) => !generated.has(path)).map((path) => `${path} (no longer made)`),
  ];
  if (stale.length)
    throw new Error(
      `Stale SQL snapshots: ${stale.join(', ')}. The repositories' SQL changed: run npm run sql:snapshots ` +
        `and commit libs/*/sql/ (review the diff: it is the SQL your change makes).`,
    );
});
