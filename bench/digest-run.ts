// node dist/bench/digest-run.js [--members N] [--groups N] [--keep]: the weekly digest run of
// bench/scenarios/digest-run.ts on a database of its own (BENCH_DATABASE_URL, default
// cop_bench_digest, dropped and created again). See bench/README.md.
import { digestRun } from './scenarios/digest-run';
import { benchDatabaseUrl } from './lib/database-url';

function parseArgs(argv: string[]) {
  const args = { members: 10_000, groups: 60, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--members' || a === '--groups') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
        throw new Error(`${a}: a positive integer, got ${argv[i]}`);
      args[a === '--members' ? 'members' : 'groups'] = n;
    } else if (a === '--keep') args.keep = true;
    else throw new Error(`Unknown argument ${a} (use --members N, --groups N, --keep)`);
  }
  if (args.members < 2 * args.groups) throw new Error('--members: at least two per group (the chairs)');
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const figures = await digestRun({
    databaseUrl: process.env.BENCH_DATABASE_URL ?? benchDatabaseUrl('cop_bench_digest'),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ...args,
    log: (m) => process.stderr.write(`${m}\n`),
  });
  console.log(JSON.stringify(figures, null, 2));
  const met = figures.members >= 10_000 && figures.durationSeconds < 120;
  console.log(
    `weekly digest, ${figures.members} members / ${figures.groups} groups: ${figures.messages} messages in ` +
      `${figures.durationSeconds} s (${figures.messagesPerSecond}/s), worker peak RSS ${figures.peakWorkerRssMb} MB; ` +
      `target < 120 s at 10,000 members: ${figures.members < 10_000 ? 'not measured (fewer members)' : met ? 'met' : 'MISSED'}`,
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
