import { existsSync } from 'node:fs';

/** Where Debian's PostgreSQL listens locally (`unix_socket_directories`). */
const SOCKET_DIR = '/var/run/postgresql';

/**
 * The bench database's default URL: over the local Unix socket when PostgreSQL has one, else
 * over TCP to 127.0.0.1:5432. Every statement over loopback TCP cost about 0.6 ms of the
 * sender's CPU on this VM (the kernel's loopback path, charged to the `writev` of each query),
 * which made a five-statement GraphQL request pay 3 ms the one-statement baseline did not:
 * 34 → 55 requests/s for the dashboard at 16 connections (bench/README.md). A local
 * PostgreSQL in production is reached the same way.
 */
export function benchDatabaseUrl(database: string): string {
  return existsSync(`${SOCKET_DIR}/.s.PGSQL.5432`)
    ? `postgres://postgres@${encodeURIComponent(SOCKET_DIR)}/${database}`
    : `postgres://postgres@127.0.0.1:5432/${database}`;
}
