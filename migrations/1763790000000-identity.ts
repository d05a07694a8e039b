import { MigrationInterface, QueryRunner } from 'typeorm';

/** People, their federated identities, sessions, personal access tokens and login attempts. */
export class Identity1763790000000 implements MigrationInterface {
  name = 'Identity1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        -- lower-cased; verified by an issuer when set through sign-in
        email text,
        email_verified boolean NOT NULL DEFAULT false,
        affiliation text,
        country text,
        orcid text,
        bio text,
        domains text[] NOT NULL DEFAULT '{}',
        computing_roles text[] NOT NULL DEFAULT '{}',
        target_group text,
        time_zone text,
        role text NOT NULL DEFAULT 'GUEST' CHECK (role IN ('GUEST', 'MEMBER', 'OFFICE')),
        -- what granted the role: admission mode, an issuer's entitlement, the office, bootstrap e-mail
        role_source text NOT NULL DEFAULT 'ADMISSION' CHECK (role_source IN ('ADMISSION', 'ENTITLEMENT', 'OFFICE', 'BOOTSTRAP')),
        digest text NOT NULL DEFAULT 'WEEKLY' CHECK (digest IN ('NEVER', 'DAILY', 'WEEKLY')),
        meeting_reminders boolean NOT NULL DEFAULT true,
        newsletter boolean NOT NULL DEFAULT false,
        joined_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX people_email ON people (email) WHERE email IS NOT NULL`);
    await q.query(`CREATE INDEX people_display_name ON people (lower(display_name), id)`);
    await q.query(`CREATE INDEX people_role ON people (role)`);

    await q.query(`
      CREATE TABLE identities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        provider text NOT NULL,
        subject text NOT NULL,
        email text,
        email_verified boolean NOT NULL DEFAULT false,
        entitlements text[] NOT NULL DEFAULT '{}',
        linked_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        UNIQUE (provider, subject)
      )`);
    await q.query(`CREATE INDEX identities_person ON identities (person_id)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        provider text NOT NULL,
        id_token text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text,
        ip text
      )`);
    await q.query(`CREATE INDEX sessions_person ON sessions (person_id)`);

    await q.query(`
      CREATE TABLE access_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX access_tokens_person ON access_tokens (person_id)`);

    // One row per sign-in attempt: state, nonce and PKCE verifier, bound to the browser by a
    // signed cookie carrying the id, used once.
    await q.query(`
      CREATE TABLE login_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider text NOT NULL,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL DEFAULT '/',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX login_attempts_expires ON login_attempts (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['login_attempts', 'access_tokens', 'sessions', 'identities', 'people']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
