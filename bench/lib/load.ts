import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { latency, type Latency } from './stats';

/** One load point: requests per second and the latency of every response, at N connections. */
export interface LoadPoint {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  errors: number;
  non2xx: number;
  latency: Latency;
  /** CPU milliseconds the server process spent per request: robust to other load on the machine. */
  cpuMsPerRequest: number | null;
}

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/**
 * autocannon against url: `requests` are sent in turn on each connection (a join then a leave,
 * say); `headersOf(i)` gives connection i its own headers (its own session). Latency percentiles
 * are computed from every response time, not from autocannon's histogram buckets (it has no p95).
 */
export async function runLoad(
  url: string,
  requests: LoadRequest[],
  connections: number,
  seconds: number,
  headersOf?: (connection: number) => Record<string, string>,
  server?: ChildServer,
): Promise<LoadPoint> {
  const cpuBefore = server?.cpuMs() ?? 0;
  const samples: number[] = [];
  let next = 0;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: requests.map((r) => ({
          method: r.method ?? 'GET',
          path: r.path,
          body: r.body,
          headers: { 'content-type': 'application/json', ...r.headers },
          // The context lives as long as the connection: it keeps the connection's own headers.
          ...(headersOf && {
            setupRequest: (req: autocannon.Request, context: { own?: Record<string, string> }) => {
              context.own ??= headersOf(next++);
              return { ...req, headers: { ...req.headers, ...context.own } };
            },
          }),
        })),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  const result = await done;
  // In-flight requests the server still works through belong to this point: wait for them
  // (one more request queues behind them), so they neither count in the next point nor go missing.
  await fetch(url + requests[0].path, {
    method: requests[0].method ?? 'GET',
    headers: { 'content-type': 'application/json', ...requests[0].headers, ...headersOf?.(0) },
    body: requests[0].body,
  }).then((r) => r.arrayBuffer());
  const cpu = server ? server.cpuMs() - cpuBefore : null;
  return {
    connections,
    seconds,
    requests: result.requests.total,
    rps: Math.round((result.requests.total / seconds) * 10) / 10,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    latency: latency(samples.length ? samples : [0]),
    cpuMsPerRequest:
      cpu !== null && result.requests.total
        ? Math.round((cpu / (result.requests.total + 1)) * 100) / 100
        : null,
  };
}

/** A server in a child process that prints its URL on its first stdout line. */
export interface ChildServer {
  url: string;
  pid: number;
  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** CPU time the process has used (user + system), in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export function startChild(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A run that fails must not leave its servers behind.
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (!out.includes('\n')) return;
      child.removeAllListeners('exit');
      resolve({
        url: line.trim(),
        pid: child.pid!,
        peakRssMb: () => {
          const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          return kb ? Math.round(Number(kb[1]) / 1024) : NaN;
        },
        cpuMs: () => {
          // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesized command name, in clock ticks.
          const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
          return (Number(fields[11]) + Number(fields[12])) * 10;
        },
        stop: () =>
          new Promise<void>((done) => {
            process.removeListener('exit', killChild);
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
