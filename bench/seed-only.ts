// npm run bench:seed -- --scale N: the scale seed alone, into BENCH_DATABASE_URL (dropped first).
import { createBenchDatabase, seedScale } from './lib/seed';
import { benchDatabaseUrl } from './lib/database-url';

async function main(): Promise<void> {
  const i = process.argv.indexOf('--scale');
  const scale = i > 0 ? Number(process.argv[i + 1]) : 1;
  if (!(scale > 0 && scale <= 10))
    throw new Error(`--scale: a number in (0, 10], got ${process.argv[i + 1]}`);
  const url = process.env.BENCH_DATABASE_URL ?? benchDatabaseUrl('cop_bench');
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const t = Date.now();
  log(`Seeding ${url} at scale ${scale} …`);
  await createBenchDatabase(url);
  const counts = await seedScale(url, scale, log);
  log(`Seeded in ${((Date.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
