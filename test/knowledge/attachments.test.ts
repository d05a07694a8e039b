import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { KnowledgeLimits } from '@cop/knowledge';
import { createTestEnvironment, startTestApi, TestApi, TestEnvironment } from '@cop/testing';
import { KB, type KnowledgeFixture, postDocument, seedKnowledgeFixture } from './knowledge-fixtures';

interface AttachmentJson {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  downloadUrl: string;
}

describe('attachments', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: KnowledgeFixture;
  let doc: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedKnowledgeFixture(api, env.db.url);
    doc = await postDocument(api, fx.as.MEMBER_A, {
      title: 'With files',
      visibility: 'WORKING_GROUP',
      workingGroupIds: [KB.groupA],
    });
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const upload = (
    bytes: Buffer,
    filename: string,
    headers: Record<string, string> = fx.as.MEMBER_A,
    id = doc,
    type = 'application/x-evil',
  ) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), filename);
    return fetch(`${api.url}/documents/${id}/attachments`, { method: 'POST', body: form, headers });
  };

  const storedFiles = async () => {
    const root = join(env.config.dataDir, 'files');
    try {
      return (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    } catch {
      return 0;
    }
  };
  const rows = async () => (await fx.db.query(`SELECT count(*)::int AS n FROM attachments`)).rows[0].n;

  it('round-trips the exact bytes with sha256, ETag, Content-Disposition and a sniffed type', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * 1024 * 1024 + 17)]);
    const res = await upload(bytes, 'Résumé final.pdf');
    expect(res.status).toBe(201);
    const a = (await res.json()) as AttachmentJson;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(a).toMatchObject({
      filename: 'Résumé final.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256,
      downloadUrl: `http://localhost:3000/attachments/${a.id}`,
    });

    const down = await fetch(`${api.url}/attachments/${a.id}`, { headers: fx.as.MEMBER_A });
    expect(down.status).toBe(200);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('etag')).toBe(`"${sha256}"`);
    expect(down.headers.get('content-disposition')).toBe(
      `attachment; filename="R_sum_ final.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20final.pdf`,
    );
    const back = Buffer.from(await down.arrayBuffer());
    expect(back.equals(bytes)).toBe(true);

    const cached = await fetch(`${api.url}/attachments/${a.id}`, {
      headers: { ...fx.as.MEMBER_A, 'if-none-match': `"${sha256}"` },
    });
    expect(cached.status).toBe(304);

    const listed = await api.gql<{
      document: { attachments: { sha256: string; uploadedBy: { displayName: string } }[] };
    }>(
      `query($id: ID!) { document(id: $id) { attachments { sha256 uploadedBy { displayName } } } }`,
      { id: doc },
      fx.as.CHAIR_A,
    );
    expect(listed.data!.document.attachments).toContainEqual({
      sha256,
      uploadedBy: { displayName: 'Member A' },
    });
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system.ini', 'system.ini'],
    ['evil\u202ename.txt', 'evilname.txt'],
    ['..', 'file'],
    ['.hidden', 'hidden'],
  ])('sanitizes the filename %j', async (name, expected) => {
    const res = await upload(Buffer.from('plain text'), name);
    expect(res.status).toBe(201);
    expect(((await res.json()) as AttachmentJson).filename).toBe(expected);
  });

  it.each([
    ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]), 'image/jpeg'],
    ['gif', Buffer.from('GIF89a....'), 'image/gif'],
    ['gzip', Buffer.from([0x1f, 0x8b, 8, 0, 0]), 'application/gzip'],
    ['zip', Buffer.from('PK\u0003\u0004plain.txt'), 'application/zip'],
    [
      'docx',
      Buffer.from('PK\u0003\u0004....word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['utf-8 text', Buffer.from('Grüße, <script>alert(1)</script>'), 'text/plain; charset=utf-8'],
    ['binary', Buffer.from([0, 1, 2, 0xfe, 0xff]), 'application/octet-stream'],
    ['html claimed by the client', Buffer.from([0xc3, 0x28, 0]), 'application/octet-stream'],
  ])('sniffs %s from the bytes, not from the client', async (_label, bytes, type) => {
    const res = await upload(bytes, 'x.html', fx.as.MEMBER_A, doc, 'text/html');
    expect(res.status).toBe(201);
    expect(((await res.json()) as AttachmentJson).contentType).toBe(type);
  });

  it('strips control and bidi characters from an RFC 5987 filename*', async () => {
    const boundary = 'xBOUNDARYx';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''..%2Fevil%07name%E2%80%AE%0A.txt\r\n` +
        `Content-Type: text/html\r\n\r\nhello\r\n--${boundary}--\r\n`,
    );
    const res = await fetch(`${api.url}/documents/${doc}/attachments`, {
      method: 'POST',
      body,
      headers: { ...fx.as.MEMBER_A, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as AttachmentJson).filename).toBe('evilname.txt');
  });

  it('ends an oversized upload with 413 and stores nothing', async () => {
    const limits = api.app.get(KnowledgeLimits);
    const saved = limits.attachmentMaxBytes;
    limits.attachmentMaxBytes = 100 * 1024;
    try {
      const [files, count] = [await storedFiles(), await rows()];
      const res = await upload(randomBytes(400 * 1024), 'big.bin');
      expect(res.status).toBe(413);
      expect([await storedFiles(), await rows()]).toEqual([files, count]);
      // Exactly at the limit is fine.
      expect((await upload(randomBytes(100 * 1024), 'exact.bin')).status).toBe(201);
    } finally {
      limits.attachmentMaxBytes = saved;
    }
  });

  it('lets only who may update the document upload', async () => {
    const bytes = Buffer.from('x');
    expect((await upload(bytes, 'a.txt', fx.as.CHAIR_A)).status).toBe(201);
    expect((await upload(bytes, 'a.txt', fx.as.OFFICE)).status).toBe(201);
    expect((await upload(bytes, 'a.txt', fx.as.MEMBER_B)).status).toBe(404); // cannot even see it
    expect((await upload(bytes, 'a.txt', fx.as.anonymous)).status).toBe(401);
    const communityDoc = await postDocument(api, fx.as.MEMBER_A, { title: 'Open doc' });
    expect((await upload(bytes, 'a.txt', fx.as.MEMBER_B, communityDoc)).status).toBe(403);
    expect(
      (await upload(bytes, 'a.txt', fx.as.MEMBER_A, '00000000-0000-4000-a000-0000000000ff')).status,
    ).toBe(404);
  });

  it('refuses a request without a file field', async () => {
    const form = new FormData();
    form.append('other', 'value');
    const res = await fetch(`${api.url}/documents/${doc}/attachments`, {
      method: 'POST',
      body: form,
      headers: fx.as.MEMBER_A,
    });
    expect(res.status).toBe(400);
    const json = await fetch(`${api.url}/documents/${doc}/attachments`, {
      method: 'POST',
      body: '{}',
      headers: { ...fx.as.MEMBER_A, 'content-type': 'application/json' },
    });
    expect(json.status).toBe(400);
  });

  it('hides downloads of documents the caller may not see with 404', async () => {
    const res = await upload(Buffer.from('secret'), 's.txt');
    const { id } = (await res.json()) as AttachmentJson;
    expect((await fetch(`${api.url}/attachments/${id}`, { headers: fx.as.MEMBER_B })).status).toBe(404);
    expect((await fetch(`${api.url}/attachments/${id}`)).status).toBe(404);
    expect((await fetch(`${api.url}/attachments/not-a-uuid`)).status).toBe(404);
    expect((await fetch(`${api.url}/attachments/${id}`, { headers: fx.as.OFFICE })).status).toBe(200);
  });
});
