import JSZip from 'jszip';
import { Logger, type LoggerService } from '@nestjs/common';
import { Clock, STORAGE, type Storage } from '@cop/platform';
import { SignInService } from '@cop/identity';
import { ErasureService, PurgeExportsJob } from '@cop/privacy';
import { insertPerson, sessionCookie, startMailStack, type MailStack } from '@cop/testing';
import {
  scanDatabase,
  seedPerson,
  seedShared,
  type SeededPerson,
  type SharedFixture,
} from './privacy-fixture';

const DAY = 24 * 3600 * 1000;

/** Issue 26: one's own data, through the API, the worker, SMTP and the download route. */
describe('privacy: export and erasure', () => {
  let stack: MailStack;
  let storage: Storage;
  let shared: SharedFixture;
  let a: SeededPerson;
  let b: SeededPerson;
  let officeId: string;
  let office: Record<string, string>;
  let asA: Record<string, string>;
  let asB: Record<string, string>;

  beforeAll(async () => {
    stack = await startMailStack();
    storage = stack.api.app.get<Storage>(STORAGE);
    officeId = await insertPerson(stack.env.db.url, {
      displayName: 'Office Holder',
      email: 'office@example.org',
      role: 'OFFICE',
    });
    shared = await seedShared(stack.db, officeId);
    a = await seedPerson(stack.db, storage, shared, 'A');
    b = await seedPerson(stack.db, storage, shared, 'B');
    // B co-writes A's document and comments beside A: neither may show up in A's export.
    await stack.db.query(
      `INSERT INTO document_versions (document_id, version, title, body, edited_by) VALUES ($1, 2, $2, $3, $4)`,
      [a.documentId, a.documentTitle, 'A second version B wrote.', b.id],
    );
    office = await sessionCookie(stack.api, officeId);
    asA = await sessionCookie(stack.api, a.id);
    asB = await sessionCookie(stack.api, b.id);
  }, 60000);

  afterAll(async () => {
    await stack?.close();
  });

  async function waitForMailTo(address: string) {
    for (let i = 0; i < 300; i++) {
      const mail = stack.smtp.messages.find((m) => m.envelope.to.includes(address));
      if (mail) return mail;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail to ${address}`);
  }

  const gql = <T = Record<string, unknown>>(
    q: string,
    v: Record<string, unknown>,
    h: Record<string, string>,
  ) => stack.api.gql<T>(q, v, h);

  it('exports exactly the person’s data in a ZIP, by a single-use link mailed once', async () => {
    const first = await gql<{ requestDataExport: { id: string; outcome: string; readyAt: string | null } }>(
      `mutation { requestDataExport { id outcome readyAt downloaded } }`,
      {},
      asA,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.requestDataExport).toMatchObject({ outcome: 'PENDING', readyAt: null });
    // One pending at a time (unless the worker already finished it).
    const second = await gql(`mutation { requestDataExport { id } }`, {}, asA);
    if (second.errors) expect(second.errors[0].extensions?.code).toBe('CONFLICT');

    const [mail] = await stack.smtp.waitFor(1, 30000);
    expect(mail.envelope.to).toEqual([a.email]);
    const link = /https?:\/\/[^\s"<>]+\/my-data\/[^\s"<>]+\.zip/.exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();
    const path = new URL(link!).pathname;

    const res = await fetch(`${stack.api.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));

    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n].dir)
      .sort();
    for (const part of [
      'identity',
      'community',
      'meetings',
      'knowledge',
      'surveys',
      'use-cases',
      'newsletter',
      'mails',
      'reports',
      'initiatives',
      'digests',
      'expertise',
    ])
      expect(names).toContain(`${part}.json`);
    const attachment = names.find((n) => n.startsWith('attachments/'));
    expect(attachment).toMatch(new RegExp(`notes-A\\.txt$`));
    expect(await zip.file(attachment!)!.async('string')).toBe(a.attachmentBytes);

    let all = '';
    for (const n of names) all += `\n${n}\n${await zip.file(n)!.async('string')}`;
    const json = (n: string) =>
      zip
        .file(n)!
        .async('string')
        .then((t) => JSON.parse(t) as Record<string, unknown>);
    const identity = await json('identity.json');
    expect(identity.profile).toMatchObject({ id: a.id, displayName: a.name, email: a.email });
    expect(JSON.stringify(identity)).not.toMatch(/hash-|token_hash|tokenHash/);
    // Every part of A is there ...
    for (const text of [
      a.name,
      a.email,
      a.documentTitle,
      a.versionBody,
      a.useCaseTitle,
      a.commentBody,
      a.surveyAnswerText,
      a.meetingTitle,
      'Welcome, Person A',
      'Shared meeting',
      'WGP',
      'Issue one',
      'Its group',
    ])
      expect(all).toContain(text);
    // ... and nothing of B: not their name, address, texts, nor the version B wrote of A's document,
    // nor A's answer to the anonymous survey (nobody's).
    for (const text of [
      b.name,
      b.email,
      'Uniquenameb',
      b.documentTitle,
      b.versionBody,
      b.commentBody,
      b.useCaseTitle,
      'A second version B wrote.',
      a.anonymousAnswerText,
      'Office Holder',
      'office@example.org',
    ])
      expect(all.toLowerCase()).not.toContain(text.toLowerCase());
    const expertise = await json('expertise.json');
    expect(expertise.entries).toEqual([
      expect.objectContaining({ label: 'Privacy engineering', level: 'KNOWS' }),
    ]);
    const surveys = await json('surveys.json');
    expect((surveys.responses as unknown[]).length).toBe(1);

    // Single use: a second GET is refused, an unknown token is not found.
    expect((await fetch(`${stack.api.url}${path}`)).status).toBe(410);
    expect((await fetch(`${stack.api.url}/my-data/cop_export_${'x'.repeat(43)}.zip`)).status).toBe(404);

    const viewer = await gql<{
      viewer: { dataExports: { outcome: string; downloaded: boolean; readyAt: string; expiresAt: string }[] };
    }>(`{ viewer { dataExports { outcome downloaded readyAt expiresAt } } }`, {}, asA);
    const [exp] = viewer.data!.viewer.dataExports;
    expect(exp).toMatchObject({ outcome: 'DONE', downloaded: true });
    expect(Date.parse(exp.expiresAt) - Date.parse(exp.readyAt)).toBe(7 * DAY);
    // The file went with the download.
    const { rows } = await stack.db.query(`SELECT storage_key FROM data_requests WHERE person_id = $1`, [
      a.id,
    ]);
    expect(rows.every((r) => r.storage_key === null)).toBe(true);
    // One mail per export, even after the job ran again.
    expect(stack.smtp.messages.filter((m) => m.envelope.to.includes(a.email))).toHaveLength(1);
  }, 60000);

  it('refuses a wrong confirmation naming the field, and changes nothing', async () => {
    const before = await stack.db.query(`SELECT count(*) AS n FROM data_requests`);
    const res = await gql(
      `mutation ($e: String!) { requestAccountErasure(confirmEmail: $e) { erasesAt } }`,
      { e: 'not@mine.example' },
      asA,
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { confirmEmail: expect.any(String) },
    });
    const after = await stack.db.query(`SELECT count(*) AS n FROM data_requests`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const { rows } = await stack.db.query(`SELECT erasure_requested_at FROM people WHERE id = $1`, [a.id]);
    expect(rows[0].erasure_requested_at).toBeNull();
  });

  it('refuses the last chair of a group with other members and the last office, naming why', async () => {
    const chair = await seedPerson(stack.db, storage, shared, 'C', { chair: true });
    const asChair = await sessionCookie(stack.api, chair.id);
    const blockers = await gql<{
      viewer: { erasureBlockers: { reason: string; workingGroup: { code: string } | null }[] };
    }>(`{ viewer { erasureBlockers { reason workingGroup { code } } } }`, {}, asChair);
    expect(blockers.data!.viewer.erasureBlockers).toEqual([
      { reason: expect.stringContaining('last chair of WGP'), workingGroup: { code: 'WGP' } },
    ]);
    const refused = await gql(
      `mutation ($e: String!) { requestAccountErasure(confirmEmail: $e) { erasesAt } }`,
      { e: chair.email },
      asChair,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain('last chair of WGP');
    const lastOffice = await gql(
      `mutation { requestAccountErasure(confirmEmail: "office@example.org") { erasesAt } }`,
      {},
      office,
    );
    expect(lastOffice.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(lastOffice.errors?.[0].message).toContain('project office');
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM people WHERE erasure_requested_at IS NOT NULL`,
    );
    expect(rows[0].n).toBe(0);
    // Once replaced (another chair), nothing blocks the chair any more.
    await stack.db.query(`UPDATE memberships SET role = 'CHAIR' WHERE person_id = $1`, [b.id]);
    const now = await gql<{ viewer: { erasureBlockers: unknown[] } }>(
      `{ viewer { erasureBlockers { reason } } }`,
      {},
      asChair,
    );
    expect(now.data!.viewer.erasureBlockers).toEqual([]);
    await stack.db.query(`UPDATE memberships SET role = 'MEMBER' WHERE person_id = $1`, [b.id]);
    await stack.db.query(`DELETE FROM memberships WHERE person_id = $1`, [chair.id]);
  });

  it('cancels a pending erasure by the mutation and by signing in', async () => {
    const asked = await gql<{ requestAccountErasure: { requestedAt: string; erasesAt: string } }>(
      `mutation ($e: String!) { requestAccountErasure(confirmEmail: $e) { requestedAt erasesAt } }`,
      { e: b.email.toUpperCase() },
      asB,
    );
    expect(asked.errors).toBeUndefined();
    const { requestedAt, erasesAt } = asked.data!.requestAccountErasure;
    expect(Date.parse(erasesAt) - Date.parse(requestedAt)).toBe(7 * DAY);
    const cancelled = await gql<{ cancelAccountErasure: boolean }>(
      `mutation { cancelAccountErasure }`,
      {},
      asB,
    );
    expect(cancelled.data!.cancelAccountErasure).toBe(true);
    const none = await gql<{ viewer: { accountErasure: unknown } }>(
      `{ viewer { accountErasure { erasesAt } } }`,
      {},
      asB,
    );
    expect(none.data!.viewer.accountErasure).toBeNull();

    await gql(
      `mutation ($e: String!) { requestAccountErasure(confirmEmail: $e) { erasesAt } }`,
      { e: b.email },
      asB,
    );
    await stack.api.app.get(SignInService).completeSignIn({
      provider: 'test',
      subject: 'subject-B',
      email: b.email,
      emailVerified: true,
      displayName: b.name,
      entitlements: [],
    });
    const afterSignIn = await gql<{ viewer: { accountErasure: unknown } }>(
      `{ viewer { accountErasure { erasesAt } } }`,
      {},
      asB,
    );
    expect(afterSignIn.data!.viewer.accountErasure).toBeNull();
    const records = await gql<{
      dataRequests: { edges: { node: { kind: string; outcome: string; personLabel: string } }[] };
    }>(
      `{ dataRequests { totalCount edges { node { kind outcome personLabel requestedAt completedAt person { id } } } } }`,
      {},
      office,
    );
    const mine = records.data!.dataRequests.edges.map((e) => e.node).filter((n) => n.personLabel === b.name);
    expect(mine.map((n) => [n.kind, n.outcome])).toEqual([
      ['ERASURE', 'CANCELLED'],
      ['ERASURE', 'CANCELLED'],
    ]);
  });

  it('erases after the grace period in one transaction: no trace of the name or address anywhere, documents stay as "former member"', async () => {
    const asked = await gql(
      `mutation ($e: String!) { requestAccountErasure(confirmEmail: $e) { erasesAt } }`,
      { e: a.email },
      asA,
    );
    expect(asked.errors).toBeUndefined();
    const worker = stack.worker!.app;
    const erasure = worker.get(ErasureService);
    const answersBefore = await stack.db.query(
      `SELECT survey_id, question_key, text FROM survey_answers ORDER BY text`,
    );
    const sessionsOf = async (id: string) =>
      (await stack.db.query(`SELECT count(*)::int AS n FROM sessions WHERE person_id = $1`, [id])).rows[0]
        .n as number;
    const sessionsBefore = await sessionsOf(a.id);
    expect(sessionsBefore).toBeGreaterThan(0);

    // Not due yet: nothing happens.
    expect(await erasure.eraseDue()).toBe(0);
    worker.get(Clock).advance(7 * DAY + 60_000);

    // A crash in the middle (a domain's statement fails) leaves everything as it was.
    await stack.db.query(`
      CREATE FUNCTION privacy_test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'worker killed'; END $$`);
    await stack.db.query(
      `CREATE TRIGGER privacy_test_crash BEFORE DELETE ON report_reviewers FOR EACH STATEMENT EXECUTE FUNCTION privacy_test_crash()`,
    );
    await expect(erasure.eraseDue()).rejects.toThrow(/worker killed/);
    expect(
      (await stack.db.query(`SELECT display_name FROM people WHERE id = $1`, [a.id])).rows[0].display_name,
    ).toBe(a.name);
    expect(await sessionsOf(a.id)).toBe(sessionsBefore);
    await stack.db.query(
      `DROP TRIGGER privacy_test_crash ON report_reviewers; DROP FUNCTION privacy_test_crash()`,
    );

    const lines: string[] = [];
    const capture: LoggerService = {
      log: (m: unknown) => void lines.push(String(m)),
      warn: (m: unknown) => void lines.push(String(m)),
      error: (m: unknown) => void lines.push(String(m)),
    };
    Logger.overrideLogger(capture);
    try {
      expect(await erasure.eraseDue()).toBe(1);
      // A re-run finds nothing left to do.
      expect(await erasure.eraseDue()).toBe(0);
    } finally {
      Logger.overrideLogger(false as never);
    }
    expect(lines.join('\n')).toContain(`Erased the account of person ${a.id}`);

    for (const needle of [a.name, a.email, 'Uniquenamea', `Institute of A`]) {
      expect({ needle, hits: await scanDatabase(stack.db, needle) }).toEqual({ needle, hits: [] });
      expect(lines.join('\n').toLowerCase()).not.toContain(needle.toLowerCase());
    }
    // B is untouched (the scan does find B).
    expect(await scanDatabase(stack.db, b.email)).toEqual(
      expect.arrayContaining(['people.email', 'identities.email', 'mail_deliveries.recipient']),
    );

    // Sessions are gone: A's cookie no longer signs in (once the API's 10-second viewer cache lapses).
    expect(await sessionsOf(a.id)).toBe(0);
    stack.api.app.get(Clock).advance(11_000);
    const viewer = await gql<{ viewer: unknown }>(`{ viewer { person { id } } }`, {}, asA);
    expect(viewer.data?.viewer ?? null).toBeNull();

    // The document, its versions and attachment stay, signed "former member".
    const doc = await gql<{ document: { title: string; author: { displayName: string } } }>(
      `query ($id: ID!) { document(id: $id) { title author { displayName } } }`,
      { id: a.documentId },
      office,
    );
    expect(doc.data!.document).toEqual({ title: a.documentTitle, author: { displayName: 'former member' } });
    expect(
      (
        await stack.db.query(`SELECT count(*)::int AS n FROM document_versions WHERE document_id = $1`, [
          a.documentId,
        ])
      ).rows[0].n,
    ).toBe(2);
    expect(
      (
        await stack.db.query(`SELECT count(*)::int AS n FROM attachments WHERE document_id = $1`, [
          a.documentId,
        ])
      ).rows[0].n,
    ).toBe(1);
    expect(
      (await stack.db.query(`SELECT count(*)::int AS n FROM use_cases WHERE id = $1`, [a.useCaseId])).rows[0]
        .n,
    ).toBe(1);

    // The tombstone is no one of the directory nor a guest waiting for admission.
    const lists = await gql<{
      people: { edges: { node: { id: string } }[] };
      pendingAdmissions: { id: string }[];
    }>(`{ people(first: 100) { edges { node { id } } } pendingAdmissions { id } }`, {}, office);
    expect(lists.errors).toBeUndefined();
    expect(lists.data!.people.edges.map((e) => e.node.id)).not.toContain(a.id);
    expect(lists.data!.people.edges.map((e) => e.node.id)).toContain(b.id);
    expect(lists.data!.pendingAdmissions.map((p) => p.id)).not.toContain(a.id);

    // Expertise entries go (the vocabulary stays).
    expect(
      (await stack.db.query(`SELECT count(*)::int AS n FROM person_expertise WHERE person_id = $1`, [a.id]))
        .rows[0].n,
    ).toBe(0);
    expect(
      (await stack.db.query(`SELECT count(*)::int AS n FROM expertise_terms`)).rows[0].n,
    ).toBeGreaterThan(0);

    // Non-anonymous responses become anonymous; answers (and so tallies) are unchanged.
    expect(
      (await stack.db.query(`SELECT count(*)::int AS n FROM survey_responses WHERE person_id = $1`, [a.id]))
        .rows[0].n,
    ).toBe(0);
    expect(
      (await stack.db.query(`SELECT survey_id, question_key, text FROM survey_answers ORDER BY text`)).rows,
    ).toEqual(answersBefore.rows);

    // The office's record: done, the person shown as "former member".
    const records = await gql<{
      dataRequests: {
        edges: {
          node: {
            kind: string;
            outcome: string;
            personLabel: string;
            person: unknown;
            completedAt: string | null;
          };
        }[];
      };
    }>(
      `{ dataRequests { edges { node { kind outcome personLabel completedAt person { id } } } } }`,
      {},
      office,
    );
    const formers = records
      .data!.dataRequests.edges.map((e) => e.node)
      .filter((n) => n.personLabel === 'former member');
    expect(formers.map((n) => [n.kind, n.outcome, n.person])).toEqual(
      expect.arrayContaining([
        ['ERASURE', 'DONE', null],
        ['EXPORT', 'DONE', null],
      ]),
    );
  }, 60000);

  it('answers 410 once a link has expired, and the purge deletes the expired ZIP', async () => {
    const asked = await gql<{ requestDataExport: { id: string } }>(
      `mutation { requestDataExport { id } }`,
      {},
      asB,
    );
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestDataExport.id;
    const mail = await waitForMailTo(b.email);
    const path = new URL(/https?:\/\/[^\s"<>]+\/my-data\/[^\s"<>]+\.zip/.exec(mail.text ?? '')![0]).pathname;
    const key = `privacy/exports/${id}.zip`;
    expect(await storage.exists(key)).toBe(true);
    // Both clocks past the link's 7 days (the worker's clock made it, the API's checks it).
    stack.api.app.get(Clock).advance(15 * DAY);
    stack.worker!.app.get(Clock).advance(8 * DAY);
    expect((await fetch(`${stack.api.url}${path}`)).status).toBe(410);
    await stack.worker!.app.get(PurgeExportsJob).handle();
    expect(await storage.exists(key)).toBe(false);
    const { rows } = await stack.db.query(
      `SELECT storage_key, downloaded_at FROM data_requests WHERE id = $1`,
      [id],
    );
    expect(rows).toEqual([{ storage_key: null, downloaded_at: null }]);
  }, 60000);

  it('records an export whose mail the server refuses for good as FAILED', async () => {
    const asB2 = await sessionCookie(stack.api, b.id);
    stack.smtp.failNext(1, 550, 'rcpt');
    const asked = await gql<{ requestDataExport: { id: string } }>(
      `mutation { requestDataExport { id } }`,
      {},
      asB2,
    );
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestDataExport.id;
    for (let i = 0; i < 300; i++) {
      const { rows } = await stack.db.query(`SELECT outcome, token_hash FROM data_requests WHERE id = $1`, [
        id,
      ]);
      if (rows[0].outcome === 'FAILED') {
        expect(rows[0].token_hash).toBeNull();
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the export did not fail');
  }, 60000);

  it('gives dataRequests to the office only', async () => {
    // A fresh session: the clocks moved past the earlier ones' lifetime.
    const res = await gql(`{ dataRequests { totalCount } }`, {}, await sessionCookie(stack.api, b.id));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await gql(`mutation { requestDataExport { id } }`, {}, {});
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
