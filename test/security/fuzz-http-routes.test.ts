import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema, GraphQLField } from 'graphql';
import { freePort } from '@cop/testing';
import { createApi } from '../../apps/api/src/bootstrap';
import { argumentsFor, hostileString, operationFor } from './fuzz-arbitraries';
import {
  checkProperty,
  changedTables,
  contractViolation,
  CONTRACT_CODES,
  FUZZ_SEED,
  FuzzFixture,
  startFuzzFixture,
} from './fuzz-fixture';

/**
 * The HTTP routes that take input (tokens, feed names, upload filenames and content types, the
 * survey CSV slug, auth returnTo) and every query with arguments, fed hostile values: never a
 * 5xx, a JSON error only with a contract code, and nothing written by a refused request.
 */

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const queries = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);
const RUNS = 25;
const QUERY_RUNS = 12;

/** A token-shaped or hostile value for a URL: strings, and repeated or nested query parameters. */
const tokenish = fc.oneof(
  fc.base64String({ maxLength: 64 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{20,60}$/),
  hostileString.filter((s) => s.length < 20_000),
);

describe('fuzzed HTTP routes and queries (demo community, real PostgreSQL)', () => {
  let fx: FuzzFixture;
  let total = 0;

  beforeAll(async () => {
    fx = await startFuzzFixture();
  }, 60_000);
  afterAll(async () => {
    console.log(`fuzz: ${total} runs over HTTP routes and ${queries.length} queries (seed ${FUZZ_SEED})`);
    await fx?.close();
  });

  /** Checks one raw HTTP answer; JSON error bodies must carry a contract code. */
  async function checkAnswer(res: Response): Promise<void> {
    if (res.status >= 500) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
    if (res.status >= 400 && /json/.test(res.headers.get('content-type') ?? '')) {
      const body = (await res.json()) as { error?: { code?: string } };
      if (!body.error?.code || !CONTRACT_CODES.has(body.error.code)) {
        throw new Error(`HTTP ${res.status} with ${JSON.stringify(body).slice(0, 300)}`);
      }
    } else {
      await res.arrayBuffer();
    }
  }

  /** Runs requests from values; a refused (4xx) request must not change any table. */
  async function fuzzRoute<T>(
    arbitrary: fc.Arbitrary<T>,
    request: (value: T) => Promise<Response>,
    runs = RUNS,
  ): Promise<void> {
    let before = await fx.digest();
    await checkProperty(
      'request',
      fc.asyncProperty(arbitrary, async (value) => {
        total += 1;
        const res = await request(value);
        const status = res.status;
        await checkAnswer(res);
        const after = await fx.digest();
        const changed = changedTables(before, after);
        before = after;
        if (status >= 400 && changed.length)
          throw new Error(`HTTP ${status} but changed ${changed.join(', ')}`);
      }),
      runs,
    );
  }

  const query = (name: string, value: string | string[]) =>
    (Array.isArray(value) ? value : [value]).map((v) => `${name}=${encodeURIComponent(v)}`).join('&');
  const tokenQuery = fc.oneof(
    tokenish.map((t) => query('token', t)),
    fc.array(tokenish, { minLength: 2, maxLength: 3 }).map((t) => query('token', t)),
    tokenish.map((t) => `token[a]=${encodeURIComponent(t)}`),
    fc.constant(''),
  );

  it.each([
    ['GET', '/newsletter/confirm'],
    ['GET', '/newsletter/unsubscribe'],
    ['POST', '/newsletter/unsubscribe'],
    ['GET', '/digests/unsubscribe'],
    ['POST', '/digests/unsubscribe'],
  ])('%s %s?token=…', (method, path) =>
    fuzzRoute(tokenQuery, (q) => fetch(`${fx.api.url}${path}?${q}`, { method, redirect: 'manual' })),
  );

  it('GET /calendar/feeds/:token.ics and /calendar/groups/:code.ics', () =>
    fuzzRoute(
      fc.tuple(fc.constantFrom('feeds', 'groups'), tokenish, fc.constantFrom('.ics', '', '.ICS', '.ics.ics')),
      ([kind, name, ext]) => fetch(`${fx.api.url}/calendar/${kind}/${encodeURIComponent(name)}${ext}`),
    ));

  it('GET /surveys/:slug/responses.csv as OFFICE', async () => {
    const { slugs } = await fx.pools();
    await fuzzRoute(fc.oneof(fc.constantFrom(...slugs), tokenish), (slug) =>
      fetch(`${fx.api.url}/surveys/${encodeURIComponent(slug)}/responses.csv`, { headers: fx.as.OFFICE }),
    );
  });

  it('POST /documents/:id/attachments with hostile filenames and content types, as MEMBER', async () => {
    const { ids } = await fx.pools();
    // Filenames go raw into the multipart header (quotes, CR/LF, NUL, paths): what a hostile
    // client sends, not what a browser would.
    const filename = fc.oneof(
      fc.constantFrom(
        'report.pdf',
        '../../etc/passwd',
        'a"b.txt',
        'line\r\nContent-Type: text/html',
        'nul\u0000.txt',
        '\u202egnp.exe',
        '😀.png',
        '',
        'x'.repeat(5000),
      ),
      hostileString.filter((s) => s.length < 5000),
    );
    const contentType = fc.constantFrom(
      'application/pdf',
      'text/html',
      'image/svg+xml',
      'application/octet-stream',
      '',
      'x/y; charset="\u0000"',
      'text/plain\r\nX-Evil: 1',
      'a'.repeat(2000),
    );
    const id = fc.oneof(fc.constantFrom(...ids.documents), fc.uuid(), fc.constantFrom('not-a-uuid', '%00'));
    await fuzzRoute(
      fc.record({ id, filename, contentType, bytes: fc.uint8Array({ maxLength: 2000 }) }),
      ({ id: documentId, filename: name, contentType: type, bytes }) => {
        const boundary = 'fuzzboundary7MA4YWxkTrZu0gW';
        const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`;
        const body = Buffer.concat([
          Buffer.from(head),
          Buffer.from(bytes),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        return fetch(`${fx.api.url}/documents/${encodeURIComponent(documentId)}/attachments`, {
          method: 'POST',
          headers: { ...fx.as.MEMBER, 'content-type': `multipart/form-data; boundary=${boundary}` },
          body,
        });
      },
    );
  });

  it('GET /auth/dev/login?returnTo=…: a redirect to the issuer, returnTo kept only as a same-origin path', async () => {
    // The development issuer lives inside the API at PUBLIC_URL: it needs an API on a known port.
    const port = await freePort();
    const app = await createApi(
      fx.env.configWith({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` }),
      { logger: false },
    );
    await app.listen(port, '127.0.0.1');
    try {
      const returnTo = fc.oneof(
        fc.constantFrom(
          '/groups?tab=1',
          '//evil.example',
          '/\\evil.example',
          'https://evil.example/',
          'javascript:alert(1)',
          '/%2F%2Fevil.example',
          '/\t/evil.example',
          '\u0000',
        ),
        hostileString.filter((s) => s.length < 5000),
      );
      // 20 a minute per address: fewer runs than the limit, so each reaches the sign-in.
      let redirects = 0;
      await fuzzRoute(
        returnTo,
        async (to) => {
          const res = await fetch(
            `http://127.0.0.1:${port}/auth/dev/login?returnTo=${encodeURIComponent(to)}`,
            {
              redirect: 'manual',
            },
          );
          if (res.status === 302) {
            redirects += 1;
            const { rows } = await fx.db.query<{ return_to: string }>(
              `SELECT return_to FROM login_attempts ORDER BY created_at DESC LIMIT 1`,
            );
            const kept = rows[0].return_to;
            if (!kept.startsWith('/') || kept.startsWith('//') || kept.startsWith('/\\')) {
              throw new Error(`returnTo kept as ${JSON.stringify(kept)}`);
            }
          }
          return res;
        },
        15,
      );
      expect(redirects).toBeGreaterThan(0); // the returnTo check above was reached
    } finally {
      await app.close();
    }
  });

  async function fuzzQuery(field: GraphQLField<unknown, unknown>): Promise<void> {
    const operation = operationFor('query', field);
    const pools = await fx.pools();
    await checkProperty(
      field.name,
      fc.asyncProperty(
        argumentsFor(field, pools),
        fc.constantFrom('OFFICE', 'MEMBER'),
        async (variables, role) => {
          total += 1;
          const { status, body } = await fx.post(operation, variables, fx.as[role as 'OFFICE' | 'MEMBER']);
          const violation = contractViolation(status, body);
          if (violation) throw new Error(`${violation} (as ${role})`);
        },
      ),
      QUERY_RUNS,
    );
  }

  describe('queries with arguments (cursors, filters, search, dates)', () => {
    let before: Record<string, string>;
    beforeAll(async () => {
      before = await fx.digest();
    });
    it.each(queries.map((q) => [q.name, q] as const))('%s', (_name, field) => fuzzQuery(field));
    it('changed nothing in the database', async () => {
      expect(changedTables(before, await fx.digest())).toEqual([]);
    });
  });
});
