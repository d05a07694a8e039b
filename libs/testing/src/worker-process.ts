import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppConfig } from '@cop/platform';

/** The repository root, from the sources (tests) or from dist/ (benchmarks). */
function repositoryRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'cop-platform'
    )
      return dir;
  }
  throw new Error(`no repository root above ${__dirname}`);
}

/** The environment that makes the production entry points read `config` (plus extra variables). */
export function envOf(config: AppConfig, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    TZ: 'UTC',
    NODE_ENV: config.env,
    DATABASE_URL: config.databaseUrl ?? '',
    DATA_DIR: config.dataDir,
    REDIS_URL: config.redisUrl,
    QUEUE_PREFIX: config.queuePrefix,
    SESSION_SECRET: config.sessionSecret,
    PUBLIC_URL: config.publicUrl,
    WEB_URL: config.webUrl,
    WEB_DIST_DIR: config.webDistDir,
    LOG_LEVEL: 'error',
    JOB_RETRY_BASE_MS: String(config.jobRetryBaseMs),
    NEWSLETTER_CONCURRENCY: String(config.newsletter.concurrency),
  };
  if (config.smtpUrl) env.SMTP_URL = config.smtpUrl;
  return { ...env, ...extra };
}

/** `npm run start:worker` as a child process, from the build (npm run test:faults builds first). */
export interface WorkerProcess {
  pid: number;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<void>;
  output(): string;
  /** Peak resident memory of the process so far, in bytes (VmHWM; Linux). */
  peakRss(): number | null;
  /** CPU time the process used so far (user + system), in seconds (Linux). */
  cpuSeconds(): number | null;
}

export async function startWorkerProcess(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<WorkerProcess> {
  const root = repositoryRoot();
  const WORKER = join(root, 'dist/apps/worker/src/main.js');
  if (!existsSync(WORKER))
    throw new Error(`${WORKER} is missing: run npm run build first (npm run test:faults does)`);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, WORKER], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: root,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start within 60 s:\n${out}`)), 60000);
    const onData = () => {
      if (out.includes('CoP worker running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code} at start:\n${out}`));
    });
  }).catch((err) => {
    child.kill('SIGKILL');
    throw err;
  });
  return {
    pid: child.pid!,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    output: () => out,
    cpuSeconds: () => {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name, in clock ticks.
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        return null;
      }
    },
    peakRss: () => {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) * 1024 : null;
      } catch {
        return null;
      }
    },
  };
}
