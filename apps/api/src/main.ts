import 'reflect-metadata';
import { ConfigError, loadConfig } from '@cop/platform';
import { createApi } from './bootstrap';

/** `npm run start:api`: the production API process, configured only by the environment. */
async function main() {
  const config = loadConfig();
  const app = await createApi(config, { emitSchema: false });
  await app.listen(config.port);
  console.log(`CoP API listening on ${config.publicUrl} (GraphQL at ${config.publicUrl}/graphql)`);
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    for (const p of err.problems) console.error(p);
  } else {
    console.error(err);
  }
  process.exit(1);
});
