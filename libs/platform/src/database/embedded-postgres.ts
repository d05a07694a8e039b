import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded PostgreSQL (PGlite served over the PostgreSQL wire protocol by pglite-socket),
 * used when DATABASE_URL is unset: the same pg driver and migrations run against it.
 * The server runs in the quick-start process; other processes find its port in DATA_DIR.
 */
const PORT_FILE = 'pglite.port';

export function embeddedDatabaseUrl(dataDir: string): string {
  const file = join(dataDir, PORT_FILE);
  const port = existsSync(file) ? readFileSync(file, 'utf8').trim() : '54329';
  return `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Starts PGlite on DATA_DIR/pgdata and serves it on a free local port. */
export async function startEmbeddedPostgres(dataDir: string, port = 54329): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  // Both packages are ES modules: load them with a real dynamic import.
  const { PGlite } = await import('@electric-sql/pglite');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(join(dataDir, 'pgdata'), { extensions: { pgcrypto, unaccent, pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
  await server.start();
  writeFileSync(join(dataDir, PORT_FILE), String(port));
  return {
    url: embeddedDatabaseUrl(dataDir),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
