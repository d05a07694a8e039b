import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { Client } from 'pg';
import { TableGenerations } from '@cop/platform';
import { createTestEnvironment, type TestEnvironment } from '@cop/testing';

/**
 * A TCP relay to PostgreSQL that can go silent: its connections stay open but carry nothing
 * either way, as after a failover or a firewall dropping an idle flow (no reset, no FIN).
 */
async function silenceableRelay(
  target: URL,
): Promise<{ port: number; silence(): void; close(): Promise<void> }> {
  const pairs: [Socket, Socket][] = [];
  const server: Server = createServer((inbound) => {
    const outbound = new Socket();
    outbound.connect(Number(target.port || 5432), target.hostname);
    inbound.pipe(outbound).pipe(inbound);
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
    pairs.push([inbound, outbound]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    silence() {
      for (const [a, b] of pairs) {
        a.unpipe(b);
        b.unpipe(a);
        a.pause();
        b.pause();
      }
    },
    async close() {
      for (const [a, b] of pairs.splice(0)) {
        a.destroy();
        b.destroy();
      }
      await new Promise((r) => server.close(r));
    },
  };
}

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The listening connection of the anonymous response cache notices a silent cut by its ping. */
describe('TableGenerations', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.cleanup());

  it('counts a connection that stops answering its ping as lost, and listens afresh', async () => {
    const url = new URL(env.db.url);
    const relay = await silenceableRelay(url);
    const viaRelay = new URL(url);
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(relay.port);
    let lost = 0;
    const generations = new TableGenerations(viaRelay.toString(), () => lost++, {
      everyMs: 100,
      timeoutMs: 300,
    });
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    try {
      await generations.start();
      expect(generations.live).toBe(true);
      const before = generations.snapshot(['working_groups']);
      await db.query(`UPDATE working_groups SET name = name`);
      await eventually(() => generations.snapshot(['working_groups']) !== before);
      const lostBefore = lost;

      relay.silence();
      await eventually(() => !generations.live);
      expect(lost).toBeGreaterThan(lostBefore);
      expect(generations.snapshot(['working_groups'])).toBeNull();

      // A new connection through the relay works: it listens again, and hears changes again.
      await eventually(() => generations.live);
      const again = generations.snapshot(['working_groups']);
      expect(again).not.toBe(before);
      await db.query(`UPDATE working_groups SET name = name`);
      await eventually(() => generations.snapshot(['working_groups']) !== again);

      // Stopping while the connection is silent does not wait for an answer that never comes.
      relay.silence();
      const stopping = Date.now();
      await generations.stop();
      expect(Date.now() - stopping).toBeLessThan(2000);
    } finally {
      await generations.stop();
      await db.end();
      await relay.close();
    }
  });
});
