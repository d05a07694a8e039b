// The baseline server in a process of its own (see server.ts). Prints its URL.
import { startBaseline } from './server';

startBaseline(process.argv[2], { publicUrl: process.env.PUBLIC_URL ?? 'http://127.0.0.1:3999' }).then(
  (b) => process.stdout.write(`${b.url}\n`),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
