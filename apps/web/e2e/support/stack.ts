import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startSmtpServer, type TestSmtpServer } from '../../../../libs/testing/src/smtp-server';

export const ROOT = resolve(__dirname, '../../../..');
export const OUTPUT = resolve(__dirname, '../.output');
export const MAIL_DIR = join(OUTPUT, 'mail');
export const SCREENSHOT_DIR = join(OUTPUT, 'screenshots');
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function databaseUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
  });
}

export interface RunningPlatform {
  url: string;
  database: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * One platform as `npm start` runs it (API and worker in one process, migrations, the demo
 * community), on its own fresh database on the real PostgreSQL and its own Redis prefix.
 */
export async function startPlatform(name: string, env: Record<string, string>): Promise<RunningPlatform> {
  const database = `cop_e2e_${name}_${randomBytes(3).toString('hex')}`;
  await admin(`CREATE DATABASE "${database}"`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = join(OUTPUT, 'data', name);
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(OUTPUT, `${name}.log`);
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/quickstart/src/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: databaseUrl(database),
      DATA_DIR: dataDir,
      REDIS_URL,
      QUEUE_PREFIX: `cop-e2e-${database}`,
      SESSION_SECRET: 'e2e-session-secret-'.padEnd(48, 'x'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout!.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', r));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      writeFileSync(logFile, log.join(''));
      throw new Error(`platform ${name} exited with ${child.exitCode}:\n${log.join('')}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`platform ${name} did not answer /health in 90 s:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    database,
    process: child,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      writeFileSync(logFile, log.join(''));
      await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    },
  };
}

/**
 * The in-process SMTP server of the run: every message it accepts is written as JSON to
 * MAIL_DIR, where the tests (in Playwright's worker processes) read them.
 */
export async function startMailbox(): Promise<{ smtp: TestSmtpServer; stop(): Promise<void> }> {
  mkdirSync(MAIL_DIR, { recursive: true });
  const smtp = await startSmtpServer();
  let written = 0;
  const flush = () => {
    while (written < smtp.messages.length) {
      const m = smtp.messages[written++];
      const record = {
        to: m.envelope.to,
        subject: m.subject ?? '',
        text: m.text ?? '',
        html: typeof m.html === 'string' ? m.html : '',
        headers: Object.fromEntries(
          [...m.headers.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
        ),
        receivedAt: new Date().toISOString(),
      };
      // Written aside and renamed: a journey polling the folder never reads half a mail.
      const file = join(MAIL_DIR, `${String(written).padStart(5, '0')}.json`);
      writeFileSync(`${file}.part`, JSON.stringify(record, null, 2));
      renameSync(`${file}.part`, file);
    }
  };
  const timer = setInterval(flush, 50);
  return {
    smtp,
    async stop() {
      clearInterval(timer);
      flush();
      await smtp.stop();
    },
  };
}

export function assertBuilt(): void {
  for (const file of ['dist/apps/quickstart/src/main.js', 'dist/apps/web/index.html']) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run the journeys with \`npm run test:web\` (it builds first).`);
  }
}
