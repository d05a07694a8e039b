import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AddressObject, simpleParser } from 'mailparser';
import { waitUntil } from './free-port';

const ROOT = resolve(__dirname, '../../..');
/** What `npm start` runs after its build (package.json "start"); `npm run test:faults` builds first. */
export const QUICKSTART = join(ROOT, 'dist/apps/quickstart/src/main.js');

/** `npm start` as a child process, its output kept. */
export interface QuickstartProcess {
  pid: number;
  /** Everything it wrote, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the exit code (null: killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM (its own orderly shutdown), then SIGKILL after 20 s. */
  stop(): Promise<void>;
}

/** Spawns the quick start with exactly `env` (nothing inherited but what is passed). */
export function spawnQuickstart(env: Record<string, string>): QuickstartProcess {
  if (!existsSync(QUICKSTART))
    throw new Error(`${QUICKSTART} is missing: run npm run build first (npm run test:faults does)`);
  const child: ChildProcess = spawn(process.execPath, [QUICKSTART], {
    env,
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    pid: child.pid!,
    output: () => out,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits for the banner ("CoP platform running at …"); fails with the output if it exits first. */
export async function untilRunning(p: QuickstartProcess, ms: number): Promise<void> {
  let done = false;
  const exitedFirst = p.exited.then((code) => {
    if (!done) throw new Error(`npm start exited with ${code} before its banner`);
  });
  try {
    await Promise.race([
      waitUntil('the quick start banner', async () => p.output().includes('CoP platform running at'), ms),
      exitedFirst,
    ]);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n--- output ---\n${p.output()}`);
  } finally {
    done = true;
  }
}

export interface EmlMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
}

function addresses(a: AddressObject | AddressObject[] | undefined): string[] {
  return (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) =>
    o.value.map((v) => (v.address ?? '').toLowerCase()),
  );
}

/** The .eml files in a folder (DATA_DIR/mail), parsed. The transport renames each complete file into place. */
export async function readMailbox(dir: string): Promise<EmlMail[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const mails: EmlMail[] = [];
  for (const file of files) {
    const parsed = await simpleParser(readFileSync(join(dir, file)));
    mails.push({ file, to: addresses(parsed.to), subject: parsed.subject ?? '', text: parsed.text ?? '' });
  }
  return mails;
}

/** Waits for a mail in the folder that matches. */
export function waitForEml(
  dir: string,
  what: string,
  match: (m: EmlMail) => boolean,
  ms: number,
): Promise<EmlMail> {
  return waitUntil(what, async () => (await readMailbox(dir)).find(match), ms);
}

/** The http(s) links of a plain-text mail body. */
export function linksIn(text: string): URL[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map((m) => new URL(m[0]));
}
