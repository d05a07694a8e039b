// The API alone in a process of its own (production mode, as bench/lib/api.ts starts it), so the
// load generator does not share its event loop and its peak RSS is its own. Prints its URL.
import { startApi } from './lib/api';

startApi(process.argv[2]).then(
  (api) => process.stdout.write(`${api.url}\n`),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
