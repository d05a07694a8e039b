import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { Redis } from 'ioredis';
import { bullJobId, createRedis, JOBS } from '@cop/platform';
import { reminderJobId } from '@cop/meetings';
import {
  draftAndSend,
  insertConfirmedSubscribers,
  type MailStack,
  startMailStack,
  untilIssueSent,
} from '@cop/testing';
import { startWorker, type RunningWorker } from '../../apps/worker/src/bootstrap';
import { type Fixture, GROUP, SCHEDULE, seedFixture } from '../meetings/fixture';
import { freePort, waitUntil } from './support/free-port';
import { mailCensus } from './support/mail-census';

const run = promisify(execFile);

/** redis-server processes of this file's own, in a temporary folder, on free ports. */
interface LocalServers {
  ports: number[];
  destroy(): Promise<void>;
}

async function startServers(
  what: string,
  count: number,
  args: (port: number, dir: string) => string[],
): Promise<LocalServers> {
  const dir = mkdtempSync(join(tmpdir(), `cop-fault-${what}-`));
  const ports: number[] = [];
  const children: ChildProcess[] = [];
  const destroy = async () => {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      ports.push(port);
      children.push(spawn('redis-server', args(port, dir), { stdio: 'ignore', cwd: dir }));
    }
    for (const port of ports)
      await waitUntil(
        `${what} on ${port}`,
        async () => (await run('redis-cli', ['-p', String(port), 'ping'])).stdout.trim() === 'PONG',
        20000,
      );
  } catch (err) {
    await destroy();
    throw err;
  }
  return { ports, destroy };
}

/** Three masters, no replicas: `redis-cli --cluster create`, then wait until every node says ok. */
async function startRedisCluster(): Promise<LocalServers & { url: string }> {
  const servers = await startServers('redis-cluster', 3, (port, dir) => [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--cluster-enabled',
    'yes',
    '--cluster-config-file',
    join(dir, `nodes-${port}.conf`),
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  try {
    const nodes = servers.ports.map((p) => `127.0.0.1:${p}`);
    await run('redis-cli', ['--cluster', 'create', ...nodes, '--cluster-replicas', '0', '--cluster-yes']);
    for (const port of servers.ports)
      await waitUntil(
        `cluster_state:ok on ${port}`,
        async () =>
          (await run('redis-cli', ['-p', String(port), 'cluster', 'info'])).stdout.includes(
            'cluster_state:ok',
          ),
        20000,
      );
  } catch (err) {
    await servers.destroy();
    throw err;
  }
  return { ...servers, url: `redis://${servers.ports.map((p) => `127.0.0.1:${p}`).join(',')}` };
}

/** A primary and one Sentinel watching it (quorum 1), as `redis+sentinel://…/cop-primary` names them. */
async function startSentinel(): Promise<LocalServers & { url: string }> {
  const primary = await startServers('redis-primary', 1, (port) => [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
  ]);
  try {
    const sentinel = await startServers('redis-sentinel', 1, (port, dir) => {
      const conf = join(dir, 'sentinel.conf');
      writeFileSync(
        conf,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${dir}`,
          `sentinel monitor cop-primary 127.0.0.1 ${primary.ports[0]} 1`,
          '',
        ].join('\n'),
      );
      return [conf, '--sentinel'];
    });
    return {
      ports: [...primary.ports, ...sentinel.ports],
      url: `redis+sentinel://127.0.0.1:${sentinel.ports[0]}/cop-primary`,
      async destroy() {
        await sentinel.destroy();
        await primary.destroy();
      },
    };
  } catch (err) {
    await primary.destroy();
    throw err;
  }
}

const CONFIRMATION = 'Confirm your subscription to the newsletter';

/**
 * The job behaviour on a Redis Cluster of three masters started here: enqueued through the outbox,
 * exactly one mail per recipient, a delayed job, the job schedulers; every BullMQ key under the
 * hash-tagged prefix, in one slot. Then the same first steps through a Sentinel.
 */
describe('fault: BullMQ on a local three-master Redis Cluster', () => {
  let cluster: Awaited<ReturnType<typeof startRedisCluster>>;
  let stack: MailStack;
  let secondWorker: RunningWorker | undefined;
  let fx: Fixture;
  const queues: Queue[] = [];
  const connections: Redis[] = [];
  const queue = (name: string) => {
    const connection = createRedis(cluster.url, 'producer');
    connections.push(connection);
    const q = new Queue(name, { connection, prefix: stack.env.config.queuePrefix });
    queues.push(q);
    return q;
  };

  beforeAll(async () => {
    cluster = await startRedisCluster();
    stack = await startMailStack({ env: { REDIS_URL: cluster.url, JOB_RETRY_BASE_MS: '200' } });
    fx = await seedFixture(stack.env, stack.api);
  }, 60000);

  afterAll(async () => {
    for (const q of queues) await q.close();
    for (const c of connections) c.disconnect();
    await secondWorker?.stop();
    await fx?.db.end();
    await stack?.close();
    await cluster?.destroy();
  }, 60000);

  it('hash-tags the prefix of a cluster named by several nodes', () => {
    expect(stack.env.config.queuePrefix).toMatch(/^\{cop-test-[0-9a-f]+\}$/);
  });

  it('relays outbox rows to the cluster and mails each recipient exactly once', async () => {
    const { api, db, smtp } = stack;
    for (let i = 1; i <= 3; i++) {
      const res = await api.gql(
        `mutation($e: EmailAddress!) { subscribeToNewsletter(email: $e) }`,
        { e: `cluster${i}@example.org` },
        { 'x-forwarded-for': `198.51.100.${i}` },
      );
      expect(res.errors).toBeUndefined();
    }
    await waitUntil(
      'the confirmations',
      async () => smtp.messages.filter((m) => m.subject === CONFIRMATION).length >= 3,
      30000,
    );

    await insertConfirmedSubscribers(db, 40);
    const id = await draftAndSend(api, fx.headers.OFFICE, 'Sent through a Redis Cluster');
    await untilIssueSent(db, id, 60000);
    await waitUntil(
      'every issue mail',
      async () =>
        mailCensus(smtp.messages, (m) => m.subject === 'Sent through a Redis Cluster').recipients >= 40,
      30000,
    );
    // A moment for a duplicate to show up, had one been queued.
    await new Promise((r) => setTimeout(r, 1000));
    const issue = mailCensus(smtp.messages, (m) => m.subject === 'Sent through a Redis Cluster');
    expect(issue.recipients).toBe(40);
    expect(issue.resent).toBe(0);
    const confirmations = mailCensus(smtp.messages, (m) => m.subject === CONFIRMATION);
    expect(confirmations.recipients).toBe(3);
    expect(confirmations.resent).toBe(0);
    const left = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
    expect(left.rows[0].n).toBe(0);
  }, 120000);

  it('keeps a delayed reminder delayed on the cluster, then mails it when due', async () => {
    // Due 60 minutes before the start (MEETING_REMINDER_MINUTES): in about 15 seconds.
    const start = DateTime.now().plus({ minutes: 60, seconds: 15 }).set({ millisecond: 0 });
    const res = await stack.api.gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      {
        input: {
          title: 'Reminded through the cluster',
          workingGroupId: GROUP.A,
          visibility: 'WORKING_GROUP',
          startsAt: start.toUTC().toISO(),
          endsAt: start.plus({ hours: 1 }).toUTC().toISO(),
          timeZone: 'Europe/Rome',
        },
      },
      fx.headers.CHAIR,
    );
    expect(res.errors).toBeUndefined();
    const meetingId = res.data!.scheduleMeeting.id;
    const mail = queue('mail');
    const jobId = bullJobId(reminderJobId(meetingId, start.toJSDate(), start.toJSDate()));
    const states: string[] = [];
    await waitUntil(
      'the reminder mailed',
      async () => {
        const job = await mail.getJob(jobId);
        if (job) states.push(await job.getState());
        return (
          stack.smtp.messages.filter((m) => m.subject?.includes('Reminded through the cluster')).length >= 2
        );
      },
      40000,
    );
    expect(states).toContain('delayed');
    const reminded = mailCensus(
      stack.smtp.messages,
      (m) => !!m.subject?.includes('Reminded through the cluster'),
    );
    expect(reminded.recipients).toBe(2);
    expect(reminded.resent).toBe(0);
  }, 60000);

  it('registers the job schedulers on the cluster, and a scheduler fires once per period with two workers running', async () => {
    secondWorker = await startWorker(stack.env.config, {
      logger: false,
      relayIntervalMs: 50,
      schedulers: true,
    });
    const maintenance = queue('maintenance');
    const scheduled = (Object.keys(JOBS) as (keyof typeof JOBS)[]).filter(
      (n) => JOBS[n].schedule && JOBS[n].queue === 'maintenance',
    );
    const schedulers = await maintenance.getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual([...scheduled].sort());
    for (const s of schedulers) expect(s.next).toBeGreaterThan(Date.now() - 1000);

    // One of them every second for a few seconds (its work is harmless: no export to purge).
    const name = 'privacy.purge-exports';
    const from = Date.now();
    await maintenance.upsertJobScheduler(name, { every: 1000 }, { name, data: {} });
    const runs = async () =>
      (await maintenance.getJobs(['completed'])).filter((j) => j.name === name && j.timestamp >= from);
    await waitUntil('four runs', async () => (await runs()).length >= 4, 20000);
    await maintenance.removeJobScheduler(name);
    // A scheduler's job id names its period (repeat:<key>:<due ms>): one run each, on either worker.
    const done = await runs();
    const ids = done.map((j) => j.id!);
    expect(ids.every((id) => id.startsWith(`repeat:${name}:`))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(done.every((j) => j.attemptsMade <= 1)).toBe(true);
  }, 60000);

  it('puts every BullMQ key in one slot of one master, under the hash-tagged prefix', async () => {
    const prefix = stack.env.config.queuePrefix;
    const perNode: string[][] = [];
    for (const port of cluster.ports) {
      const node = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: 1 });
      try {
        perNode.push(await node.keys('*'));
      } finally {
        node.disconnect();
      }
    }
    const all = perNode.flat();
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((k) => !k.startsWith(`${prefix}:`))).toEqual([]);
    expect(perNode.filter((keys) => keys.length > 0)).toHaveLength(1);
  });
});

describe('fault: BullMQ through a local Redis Sentinel', () => {
  let sentinel: Awaited<ReturnType<typeof startSentinel>>;
  let stack: MailStack;

  beforeAll(async () => {
    sentinel = await startSentinel();
    stack = await startMailStack({ env: { REDIS_URL: sentinel.url, JOB_RETRY_BASE_MS: '200' } });
  }, 60000);

  afterAll(async () => {
    await stack?.close();
    await sentinel?.destroy();
  }, 60000);

  it('asks the Sentinel for the primary, and relays and mails through it', async () => {
    expect(stack.env.config.queuePrefix).toMatch(/^cop-test-[0-9a-f]+$/);
    const res = await stack.api.gql(`mutation($e: EmailAddress!) { subscribeToNewsletter(email: $e) }`, {
      e: 'sentinel@example.org',
    });
    expect(res.errors).toBeUndefined();
    await waitUntil(
      'the confirmation',
      async () => stack.smtp.messages.some((m) => m.subject === CONFIRMATION),
      30000,
    );
    // The jobs went to the primary the Sentinel names.
    const primary = new Redis(sentinel.ports[0], '127.0.0.1', { maxRetriesPerRequest: 1 });
    try {
      const keys = await primary.keys(`${stack.env.config.queuePrefix}:mail:*`);
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      primary.disconnect();
    }
    expect(mailCensus(stack.smtp.messages, (m) => m.subject === CONFIRMATION).resent).toBe(0);
  }, 60000);
});
