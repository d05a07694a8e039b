import type { Client } from 'pg';
import type { TestApi } from './test-api';
import { insertPerson, sessionCookie } from './people';

/** Newsletter set-ups shared by the newsletter and fault suites (straight SQL, then the real API). */

/** count CONFIRMED subscribers `<prefix><i>@example.org`, inserted in one statement. */
export async function insertConfirmedSubscribers(
  db: Client,
  count: number,
  prefix = 'reader',
): Promise<void> {
  await db.query(
    `INSERT INTO newsletter_subscribers (email, status, unsubscribe_token_hash, confirmed_at)
     SELECT $2 || i || '@example.org', 'CONFIRMED', md5($2 || i), now() FROM generate_series(1, $1) i`,
    [count, prefix],
  );
}

/** A person with role OFFICE and a real session: the cookie header. */
export async function officeSession(api: TestApi, databaseUrl: string): Promise<Record<string, string>> {
  const id = await insertPerson(databaseUrl, {
    displayName: 'Office',
    email: 'office@example.org',
    role: 'OFFICE',
  });
  return sessionCookie(api, id);
}

/** Drafts an issue and sends it now, through GraphQL as the office; returns its id. */
export async function draftAndSend(
  api: TestApi,
  office: Record<string, string>,
  subject: string,
  body = 'Hello',
): Promise<string> {
  const drafted = await api.gql<{ draftNewsletter: { id: string } }>(
    `mutation($i: NewsletterInput!) { draftNewsletter(input: $i) { id } }`,
    { i: { subject, body } },
    office,
  );
  if (drafted.errors) throw new Error(`draftNewsletter: ${JSON.stringify(drafted.errors)}`);
  const id = drafted.data!.draftNewsletter.id;
  const sent = await api.gql(`mutation($id: ID!) { sendNewsletter(id: $id) { status } }`, { id }, office);
  if (sent.errors) throw new Error(`sendNewsletter: ${JSON.stringify(sent.errors)}`);
  return id;
}

/** Resolves once the issue is SENT; rejects after ms. */
export async function untilIssueSent(db: Client, id: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const { rows } = await db.query(`SELECT status FROM newsletter_issues WHERE id = $1`, [id]);
    if (rows[0]?.status === 'SENT') return;
    if (Date.now() > end) throw new Error(`newsletter issue ${id} not SENT within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
