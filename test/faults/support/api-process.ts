import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitUntil } from './free-port';

const ROOT = join(__dirname, '../../..');

/** `npm run start:api` as a child process on its own port, from the build (npm run test:faults builds first). */
export interface ApiProcess {
  url: string;
  output(): string;
  kill(): Promise<void>;
}

export async function startApiProcess(env: Record<string, string>, port: number): Promise<ApiProcess> {
  const main = join(ROOT, 'dist/apps/api/src/main.js');
  if (!existsSync(main))
    throw new Error(`${main} is missing: run npm run build first (npm run test:faults does)`);
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: ROOT,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    url,
    output: () => out,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  try {
    await waitUntil(
      `the API on ${url}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`the API exited at start:\n${out}`);
        return (await fetch(`${url}/health`)).ok;
      },
      60000,
    );
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n${out}`);
  }
  return api;
}
