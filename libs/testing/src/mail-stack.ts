import { Client } from 'pg';
import { type RunningWorker, startWorker } from '../../../apps/worker/src/bootstrap';
import { startSmtpServer, type TestSmtpServer } from './smtp-server';
import { startTestApi, type TestApi } from './test-api';
import { createTestEnvironment, type TestEnvironment } from './test-environment';

/** What a mail-sending suite runs against: an SMTP server, its environment, the API, a SQL client. */
export interface MailStack {
  smtp: TestSmtpServer;
  env: TestEnvironment;
  api: TestApi;
  db: Client;
  /** The in-process worker, unless the suite runs its own (worker: false). */
  worker?: RunningWorker;
  close(): Promise<void>;
}

export async function startMailStack(
  opts: { env?: Record<string, string>; worker?: boolean } = {},
): Promise<MailStack> {
  const smtp = await startSmtpServer();
  const env = await createTestEnvironment({ SMTP_URL: smtp.url, ...opts.env });
  const api = await startTestApi(env.config);
  const worker =
    opts.worker === false
      ? undefined
      : await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
  const db = new Client({ connectionString: env.db.url });
  await db.connect();
  return {
    smtp,
    env,
    api,
    db,
    worker,
    async close() {
      await worker?.stop();
      await db.end();
      await api.close();
      await env.cleanup();
      await smtp.stop();
    },
  };
}
