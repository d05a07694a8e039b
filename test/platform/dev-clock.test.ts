import { Clock, ConfigError, QueueService, bullJobId, loadConfig } from '@cop/platform';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { startWorker, type RunningWorker } from '../../apps/worker/src/bootstrap';

const DAY = 24 * 3600_000;

const post = (api: TestApi, path: string, body?: unknown) =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/**
 * DEV_CLOCK: the browser journeys move the clock of a platform running as its own process
 * (an erasure's 7-day grace period) over HTTP. Only in development with the flag; absent
 * otherwise, refused by the configuration in production.
 */
describe('the development clock (DEV_CLOCK)', () => {
  let env: TestEnvironment;
  const apis: TestApi[] = [];
  let worker: RunningWorker | undefined;

  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(async () => {
    await worker?.stop();
    for (const api of apis) await api.close();
    await env?.cleanup();
  });

  it('is refused by the configuration with NODE_ENV=production', () => {
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://u@127.0.0.1/db',
      PUBLIC_URL: 'https://cop.example.org',
      REDIS_URL: 'redis://redis:6379',
    };
    expect(() => loadConfig({ ...production, DEV_CLOCK: 'true' })).toThrow(ConfigError);
    try {
      loadConfig({ ...production, DEV_CLOCK: 'true' });
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([expect.stringMatching(/^DEV_CLOCK: /)]);
    }
    expect(loadConfig({ ...production, DEV_CLOCK: 'false' }).devClock).toBe(false);
    expect(() => loadConfig({ DEV_CLOCK: 'yes' })).toThrow(/DEV_CLOCK: must be true or false/);
  });

  it.each([
    ['without the flag (development)', { NODE_ENV: 'development' }],
    ['with the flag outside development (test)', { NODE_ENV: 'test', DEV_CLOCK: 'true' }],
  ])('has no routes %s, and the clock does not move', async (_label, extra) => {
    const config = env.configWith(extra);
    expect(config.devClock).toBe(false);
    const api = await startTestApi(config);
    apis.push(api);
    const before = api.app.get(Clock).now().getTime();
    expect((await post(api, '/dev/clock', { advanceMs: 8 * DAY })).status).toBe(404);
    expect((await fetch(`${api.url}/dev/clock`)).status).toBe(404);
    expect((await post(api, '/dev/jobs/platform.purge-outbox')).status).toBe(404);
    expect(Math.abs(api.app.get(Clock).now().getTime() - before)).toBeLessThan(60_000);
  });

  it('with the flag in development: moves the one clock of the process (API and worker) and runs a periodic job', async () => {
    const config = env.configWith({ NODE_ENV: 'development', DEV_CLOCK: 'true' });
    expect(config.devClock).toBe(true);
    const api = await startTestApi(config);
    apis.push(api);
    worker = await startWorker(config, { logger: false, schedulers: false });
    const apiClock = api.app.get(Clock);
    expect(worker.app.get(Clock)).toBe(apiClock);

    // Bad input names its field and moves nothing.
    const offsetBefore = apiClock.now().getTime() - Date.now();
    const bad = await post(api, '/dev/clock', { advanceMs: 'eight days' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('advanceMs');
    expect((await post(api, '/dev/clock', { at: 'not a date' })).status).toBe(400);
    expect((await post(api, '/dev/clock', {})).status).toBe(400);
    expect(Math.abs(apiClock.now().getTime() - Date.now() - offsetBefore)).toBeLessThan(1000);

    const moved = await post(api, '/dev/clock', { advanceMs: 8 * DAY });
    expect(moved.status).toBe(200);
    const state = (await moved.json()) as { now: string; offsetMs: number };
    expect(Math.abs(state.offsetMs - offsetBefore - 8 * DAY)).toBeLessThan(1000);
    expect(Math.abs(worker.app.get(Clock).now().getTime() - Date.parse(state.now))).toBeLessThan(1000);

    const at = '2031-01-02T03:04:05.000Z';
    expect(((await (await post(api, '/dev/clock', { at })).json()) as { now: string }).now.slice(0, 16)).toBe(
      at.slice(0, 16),
    );
    expect(((await (await fetch(`${api.url}/dev/clock`)).json()) as { now: string }).now.slice(0, 16)).toBe(
      at.slice(0, 16),
    );

    // Only periodic jobs of the catalogue; the worker runs the one queued.
    expect((await post(api, '/dev/jobs/no.such-job')).status).toBe(404);
    expect((await post(api, '/dev/jobs/newsletter.test')).status).toBe(404);
    const run = await post(api, '/dev/jobs/platform.purge-outbox');
    expect(run.status).toBe(202);
    const { jobId } = (await run.json()) as { jobId: string };
    const queue = worker.app.get(QueueService).queue('maintenance');
    const deadline = Date.now() + 20_000;
    let state2: string | undefined;
    while (Date.now() < deadline) {
      state2 = await (await queue.getJob(bullJobId(jobId)))?.getState();
      if (state2 === 'completed' || state2 === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(state2).toBe('completed');
  }, 60_000);
});
