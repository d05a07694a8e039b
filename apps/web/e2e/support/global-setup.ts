import { rmSync, mkdirSync } from 'node:fs';
import {
  MAIL_DIR,
  OUTPUT,
  SCREENSHOT_DIR,
  assertBuilt,
  databaseUrl,
  startMailbox,
  startPlatform,
} from './stack';

/**
 * Starts what the journeys run against: two platforms on the real PostgreSQL and Redis, one
 * with open admission and one where the office admits newcomers, both mailing the in-process
 * SMTP server. Their addresses reach the test workers through the environment.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  assertBuilt();
  rmSync(MAIL_DIR, { recursive: true, force: true });
  rmSync(`${OUTPUT}/data`, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const mailbox = await startMailbox();
  const env = { SMTP_URL: mailbox.smtp.url, MAIL_FROM: 'SPECTRUM CoP <cop@example.org>' };
  const [open, approval] = await Promise.all([
    startPlatform('open', { ...env, COMMUNITY_ADMISSION: 'open' }),
    startPlatform('approval', { ...env, COMMUNITY_ADMISSION: 'approval' }),
  ]);
  process.env.E2E_OPEN_URL = open.url;
  process.env.E2E_APPROVAL_URL = approval.url;
  // Journeys that prepare data no API writes (backdated rows, many subscribers) reach it directly.
  process.env.E2E_OPEN_DATABASE_URL = databaseUrl(open.database);
  process.env.E2E_MAIL_DIR = MAIL_DIR;
  // A journey that starts a platform of its own (my-data: its clock moves) mails the same mailbox.
  process.env.E2E_SMTP_URL = mailbox.smtp.url;
  return async () => {
    await Promise.all([open.stop(), approval.stop()]);
    await mailbox.stop();
  };
}
