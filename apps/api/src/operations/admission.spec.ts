import express from 'express';
import { Admission } from './admission';
import { AdmissionMiddleware } from './admission.middleware';

const tick = () => new Promise((r) => setImmediate(r));

describe('Admission', () => {
  it('runs at most `limit` at once and admits the waiting in arrival order', async () => {
    const a = new Admission(2, 10);
    const order: number[] = [];
    const releases: (() => void)[] = [];
    for (let i = 0; i < 5; i++) {
      void a.enter()!.then((release) => {
        order.push(i);
        releases.push(release);
      });
    }
    await tick();
    expect(order).toEqual([0, 1]);
    expect([a.inFlight, a.queued]).toEqual([2, 3]);
    releases[1]();
    await tick();
    expect(order).toEqual([0, 1, 2]);
    releases[0]();
    releases[2]();
    await tick();
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect([a.inFlight, a.queued]).toEqual([2, 0]);
    releases[3]();
    releases[4]();
    expect([a.inFlight, a.queued]).toEqual([0, 0]);
  });

  it('refuses at once when the queue is full', async () => {
    const a = new Admission(1, 1);
    const first = await a.enter()!;
    const second = a.enter();
    expect(second).not.toBeNull();
    expect(a.enter()).toBeNull();
    first();
    const release = await second!;
    expect(a.enter()).not.toBeNull(); // one waits again
    release();
  });

  it('releases once however often release is called (finish and close both fire)', async () => {
    const a = new Admission(1, 5);
    const release = await a.enter()!;
    let admitted = 0;
    void a.enter()!.then(() => admitted++);
    void a.enter()!.then(() => admitted++);
    release();
    release();
    await tick();
    expect(admitted).toBe(1);
    expect([a.inFlight, a.queued]).toEqual([1, 1]);
  });
});

describe('AdmissionMiddleware over real HTTP', () => {
  // The middleware as the API mounts it, in front of a handler the test holds open.
  it('holds the second request until the first is done, and answers 503 beyond the queue', async () => {
    const middleware = new AdmissionMiddleware({
      graphql: { concurrency: 1, queueLimit: 1 },
    } as ConstructorParameters<typeof AdmissionMiddleware>[0]);
    const held: (() => void)[] = [];
    const app = express();
    app.use((req, res, next) => middleware.use(req, res, next));
    app.post('/graphql', (_req, res) => {
      held.push(() => res.json({ data: { ok: true } }));
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    const post = () => fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST' });
    try {
      const first = post();
      while (held.length < 1) await tick();
      const second = post();
      while (middleware.admission.queued < 1) await tick();
      const third = await post();
      expect(third.status).toBe(503);
      expect(third.headers.get('retry-after')).toBe('1');
      expect(await third.json()).toEqual({
        errors: [
          {
            message: 'The server is busy; try again in a moment.',
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
          },
        ],
      });
      expect(held).toHaveLength(1); // the second is still waiting
      held[0]();
      expect((await first).status).toBe(200);
      while (held.length < 2) await tick();
      held[1]();
      expect((await second).status).toBe(200);
      expect([middleware.admission.inFlight, middleware.admission.queued]).toEqual([0, 0]);
    } finally {
      server.close();
    }
  });
});
