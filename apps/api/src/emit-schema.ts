import 'reflect-metadata';
import { loadConfig } from '@cop/platform';
import { createApi } from './bootstrap';
import { schemaFile } from './graphql/graphql-options';

/** `npm run build` ends here: writes the code-first schema to schema.gql (no database needed). */
async function main() {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'error' });
  const app = await createApi(config, { emitSchema: true, connect: false, logger: false });
  await app.init();
  await app.close();
  console.log(`schema written to ${schemaFile()}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
