import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppConfig, type EmbeddedPostgres, loadConfig, startEmbeddedPostgres } from '@cop/platform';

/** An embedded PGlite in a temporary folder, on a free port, with a test config pointing at it. */
export interface TestPglite {
  url: string;
  config: AppConfig;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** For the checks that migrations (and the SQL they define) also run on PGlite. */
export async function startTestPglite(): Promise<TestPglite> {
  const dir = mkdtempSync(join(tmpdir(), 'cop-pglite-'));
  let pg: EmbeddedPostgres;
  try {
    pg = await startEmbeddedPostgres(dir);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: pg.url,
    DATA_DIR: dir,
    SESSION_SECRET: 'x'.repeat(40),
  });
  return {
    url: pg.url,
    config,
    async stop() {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
