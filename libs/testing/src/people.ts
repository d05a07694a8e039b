import { Client } from 'pg';
import { SessionsService } from '@cop/identity';
import type { TestApi } from './test-api';

export type TestRole = 'GUEST' | 'MEMBER' | 'OFFICE';

/** Inserts a person straight into the test database; returns its id. */
export async function insertPerson(
  databaseUrl: string,
  p: { displayName: string; email?: string | null; role?: TestRole; affiliation?: string | null },
): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO people (display_name, email, email_verified, role, affiliation) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        p.displayName,
        p.email?.toLowerCase() ?? null,
        Boolean(p.email),
        p.role ?? 'MEMBER',
        p.affiliation ?? null,
      ],
    );
    return rows[0].id;
  } finally {
    await db.end();
  }
}

/** A real session for the person, created by the platform's own SessionsService: the cookie header. */
export async function sessionCookie(api: TestApi, personId: string): Promise<Record<string, string>> {
  const { token } = await api.app.get(SessionsService).create(personId, { provider: 'test', idToken: null });
  return { cookie: `cop_session=${encodeURIComponent(token)}` };
}
