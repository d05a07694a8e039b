import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  DataDirInUseError,
  type EmbeddedPostgres,
  embeddedDatabaseUrl,
  startEmbeddedPostgres,
} from './embedded-postgres';

async function answer(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    return rows[0].v;
  } finally {
    await client.end();
  }
}

/** A process that runs until killed (the lock's holder in another process). */
function otherProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child));
    child.once('error', reject);
  });
}

describe('the embedded PostgreSQL', () => {
  const dirs: string[] = [];
  const servers: EmbeddedPostgres[] = [];
  const children: ChildProcess[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cop-embedded-'));
    dirs.push(dir);
    return dir;
  };

  afterEach(async () => {
    for (const s of servers.splice(0)) await s.stop().catch(() => undefined);
    for (const c of children.splice(0)) c.kill('SIGKILL');
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('serves two data directories at once, each on its own free port written in its folder', async () => {
    const [a, b] = [dataDir(), dataDir()];
    const [pa, pb] = await Promise.all([startEmbeddedPostgres(a), startEmbeddedPostgres(b)]);
    servers.push(pa, pb);
    expect(pa.port).toBeGreaterThan(0);
    expect(pb.port).toBeGreaterThan(0);
    expect(pa.port).not.toBe(pb.port);
    expect(readFileSync(join(a, 'pglite.port'), 'utf8')).toBe(String(pa.port));
    expect(embeddedDatabaseUrl(b)).toBe(`postgres://postgres@127.0.0.1:${pb.port}/postgres?sslmode=disable`);
    expect(pa.url).toBe(embeddedDatabaseUrl(a));

    // Both answer, and they are two databases: a table made in one is not in the other.
    expect(await answer(pa.url)).toMatch(/^\d+/);
    const ca = new Client({ connectionString: pa.url });
    await ca.connect();
    await ca.query('CREATE TABLE only_in_a (x int)');
    await ca.end();
    const cb = new Client({ connectionString: pb.url });
    await cb.connect();
    const { rows } = await cb.query(`SELECT to_regclass('only_in_a') AS t`);
    await cb.end();
    expect(rows).toEqual([{ t: null }]);
  }, 60000);

  it('refuses a data directory another living process serves, with one line naming it', async () => {
    const dir = dataDir();
    const holder = await otherProcess();
    children.push(holder);
    writeFileSync(join(dir, 'pglite.lock'), String(holder.pid));
    const err = await startEmbeddedPostgres(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirInUseError);
    const problems = (err as DataDirInUseError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      `The data directory ${dir} is in use by another process (pid ${holder.pid}, its embedded database): stop it first, or set DATA_DIR to another folder.`,
    );
    // Nothing was opened or left behind: no database files, and the lock is still the holder's.
    expect(readdirSync(dir)).toEqual(['pglite.lock']);
    expect(readFileSync(join(dir, 'pglite.lock'), 'utf8')).toBe(String(holder.pid));
  });

  it('refuses a second start on a folder this process already serves', async () => {
    const dir = dataDir();
    servers.push(await startEmbeddedPostgres(dir));
    await expect(startEmbeddedPostgres(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    // The first still answers.
    expect(await answer(embeddedDatabaseUrl(dir))).toMatch(/^\d+/);
  }, 60000);

  it('takes over the lock of a process that died, and gives the folder back when stopped', async () => {
    const dir = dataDir();
    const dead = await otherProcess();
    const exited = new Promise((r) => dead.once('exit', r));
    dead.kill('SIGKILL');
    await exited;
    writeFileSync(join(dir, 'pglite.lock'), String(dead.pid));

    const first = await startEmbeddedPostgres(dir);
    expect(readFileSync(join(dir, 'pglite.lock'), 'utf8')).toBe(String(process.pid));
    expect(readdirSync(dir).sort()).toEqual(['pgdata', 'pglite.lock', 'pglite.port']);
    const c = new Client({ connectionString: first.url });
    await c.connect();
    await c.query('CREATE TABLE kept (x int)');
    await c.query('INSERT INTO kept VALUES (42)');
    await c.end();
    await first.stop();
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);
    expect(existsSync(join(dir, 'pglite.port'))).toBe(false);

    // Started again, it serves the same data.
    const again = await startEmbeddedPostgres(dir);
    servers.push(again);
    const c2 = new Client({ connectionString: again.url });
    await c2.connect();
    const { rows } = await c2.query('SELECT x FROM kept');
    await c2.end();
    expect(rows).toEqual([{ x: 42 }]);
  }, 60000);
});
