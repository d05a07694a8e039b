import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../config/config';

/**
 * The embedded PostgreSQL (PGlite served over the PostgreSQL wire protocol by pglite-socket),
 * used when DATABASE_URL is unset: the same pg driver and migrations run against it.
 * The server runs in the quick-start process on a free port of 127.0.0.1 (chosen by the system),
 * written to DATA_DIR/pglite.port: other processes (the API or the worker started alone) find it there.
 * DATA_DIR/pglite.lock names the process that serves the folder, so a second one refuses to
 * open the same database files instead of corrupting them.
 */
const PORT_FILE = 'pglite.port';
const LOCK_FILE = 'pglite.lock';
/** The data directories this process serves (a lock naming this pid but not listed here is stale: pid reuse). */
const held = new Set<string>();

export function embeddedDatabaseUrl(dataDir: string): string {
  const file = join(dataDir, PORT_FILE);
  // No port file: the embedded database is not running (the connection is refused, as for any stopped server).
  const port = existsSync(file) ? readFileSync(file, 'utf8').trim() : '54329';
  return `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** The data directory is served by another living process. */
export class DataDirInUseError extends ConfigError {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super([
      `The data directory ${dataDir} is in use by another process (pid ${pid}, its embedded database): stop it first, or set DATA_DIR to another folder.`,
    ]);
  }
}

export interface EmbeddedPostgres {
  url: string;
  /** The port it listens on (127.0.0.1). */
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on DATA_DIR/pgdata and serves it on 127.0.0.1: on `port`, or by default on a
 * free port the system picks. Throws DataDirInUseError while another process serves DATA_DIR.
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const lock = await takeLock(dataDir);
  try {
    // Both packages are ES modules: load them with a real dynamic import.
    const { PGlite } = await import('@electric-sql/pglite');
    const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
    const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = await PGlite.create(join(dataDir, 'pgdata'), { extensions: { pgcrypto, unaccent, pg_trgm } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
    try {
      await server.start();
    } catch (err) {
      await db.close();
      throw err;
    }
    // After listen, the server's address is the port the system gave it ("127.0.0.1:<port>").
    const listening = Number(server.getServerConn().split(':').pop());
    writeFileSync(join(dataDir, PORT_FILE), String(listening));
    return {
      url: embeddedDatabaseUrl(dataDir),
      port: listening,
      async stop() {
        await server.stop();
        await db.close();
        rmSync(join(dataDir, PORT_FILE), { force: true });
        lock.release();
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

/**
 * DATA_DIR/pglite.lock holds the serving process's pid, linked into place complete (a hard link
 * fails when the lock exists). A lock left by a process that no longer runs (killed, crashed) is
 * taken over: renamed over, then read back after a moment, so of two processes taking over the
 * same stale lock at once only one goes on.
 */
async function takeLock(dataDir: string): Promise<{ release(): void }> {
  const file = resolve(dataDir, LOCK_FILE);
  if (held.has(file)) throw new DataDirInUseError(dataDir, process.pid);
  const mine = String(process.pid);
  const taken = () => {
    held.add(file);
    return {
      release() {
        held.delete(file);
        if (readPid(file) === process.pid) rmSync(file, { force: true });
      },
    };
  };
  // Written aside, then linked into place: the lock never exists without its pid in it.
  const aside = `${file}.${process.pid}`;
  writeFileSync(aside, mine);
  try {
    linkSync(aside, file);
    rmSync(aside, { force: true });
    return taken();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      rmSync(aside, { force: true });
      throw err;
    }
  }
  const holder = readPid(file);
  if (holder !== null && holder !== process.pid && isRunning(holder)) {
    rmSync(aside, { force: true });
    throw new DataDirInUseError(dataDir, holder);
  }
  renameSync(aside, file);
  await new Promise((r) => setTimeout(r, 100));
  const now = readPid(file);
  if (now !== process.pid) throw new DataDirInUseError(dataDir, now ?? holder ?? 0);
  return taken();
}

function readPid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
