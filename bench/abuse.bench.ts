// Times the refusal of each hostile GraphQL request of bench/lib/abuse-payloads.ts (the issue's
// target: under 100 ms each, without load on the database; test/security/abuse.test.ts proves
// they issue no SQL). The API runs in production mode with no database connection at all, so a
// refusal that needed one would fail here. Prints the median and the worst of 20 tries each.
// Run: npm run build && node dist/bench/abuse.bench.js
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@cop/platform';
import { createApi } from '../apps/api/src/bootstrap';
import { abuseRequests } from './lib/abuse-payloads';

const TRIES = 20;

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cop_bench_abuse_unused',
    SESSION_SECRET: process.env.SESSION_SECRET ?? 'bench-session-secret-0123456789abcdef0123456789',
    PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://127.0.0.1:3999',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'error',
  });
  const app = await createApi(config, { logger: false, connect: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    console.log(`${'request'.padEnd(50)} status  median ms  max ms`);
    for (const request of abuseRequests()) {
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < TRIES; i++) {
        const started = process.hrtime.bigint();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request.body,
        });
        await res.arrayBuffer();
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        status = res.status;
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      console.log(
        `${request.name.padEnd(50)} ${String(status).padStart(6)} ${median.toFixed(1).padStart(10)} ${times[times.length - 1].toFixed(1).padStart(7)}`,
      );
    }
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
