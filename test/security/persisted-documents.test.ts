import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type ASTNode } from 'graphql';
import { Client } from 'pg';
import { AccessTokensService } from '@cop/identity';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';

// Trusted documents (issue 23): the web app's operations go by hash, and in production a request
// carrying a session cookie may run nothing else; tokens and anonymous callers keep the open API.

const ROOT = join(__dirname, '../..');
const WEB_SRC = join(ROOT, 'apps/web/src');
const manifest = JSON.parse(readFileSync(join(WEB_SRC, 'gql/persisted-documents.json'), 'utf8')) as Record<
  string,
  string
>;

function hashOf(operationName: string): string {
  const entry = Object.entries(manifest).find(([, text]) => text.includes(`query ${operationName} `));
  if (!entry) throw new Error(`no persisted query ${operationName}`);
  return entry[0];
}

const SHELL = hashOf('Shell');
const UNKNOWN = createHash('sha256').update('query Unknown { community { name } }').digest('hex');
/** Not one of the web app's documents: what an injected script would send. */
const ARBITRARY = '{ viewer { person { displayName email } } }';

interface Body {
  data?: { viewer?: { person: { displayName: string } | null } | null; community?: { name: string } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(api: TestApi, body: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('persisted operations', () => {
  let env: TestEnvironment;
  let development: TestApi;
  let production: TestApi;
  let productionOff: TestApi;
  let cookie: Record<string, string>;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    development = await startTestApi(env.config);
    production = await startTestApi(env.configWith({ NODE_ENV: 'production' }));
    productionOff = await startTestApi(
      env.configWith({ NODE_ENV: 'production', GRAPHQL_TRUSTED_DOCUMENTS: 'off' }),
    );
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(`INSERT INTO community (id, name, mission, phases) VALUES (1, 'CoP', 'Mission', '[]')`);
    await db.end();
    const personId = await insertPerson(env.db.url, {
      displayName: 'Ada Browser',
      email: 'ada@example.org',
      role: 'MEMBER',
    });
    cookie = await sessionCookie(production, personId);
    const tokens = production.app.get(AccessTokensService);
    const { secret } = await tokens.create({ personId } as never, 'script', null);
    bearer = { authorization: `Bearer ${secret}` };
  }, 60_000);
  afterAll(async () => {
    await development?.close();
    await production?.close();
    await productionOff?.close();
    await env?.cleanup();
  });

  it('runs a known hash without its text, for the signed-in viewer', async () => {
    for (const api of [development, production]) {
      const res = await post(api, byHash(SHELL), cookie);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.viewer?.person?.displayName).toBe('Ada Browser');
    }
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, and registers nothing', async () => {
    for (const api of [development, production]) {
      const res = await post(api, byHash(UNKNOWN));
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toEqual([
        { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      ]);
    }
    // Apollo's automatic registration (text and hash) would make the hash known: it is not.
    const text = 'query Unknown { community { name } }';
    const registered = await post(development, { query: text, ...byHash(UNKNOWN) });
    expect(registered.body.data?.community?.name).toEqual(expect.any(String));
    const again = await post(development, byHash(UNKNOWN));
    expect(again.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses, in production, an unknown document sent with a session cookie', async () => {
    const res = await post(production, { query: ARBITRARY }, cookie);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0].extensions).toEqual({ code: 'PERSISTED_QUERY_REQUIRED' });
    expect(res.body.errors?.[0].message).toMatch(/session cookie/);
    // A stale or forged cookie is refused alike: the rule is about the browser, not the session.
    const forged = await post(production, { query: ARBITRARY }, { cookie: 'cop_session=forged' });
    expect(forged.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
    // The manifest's own text is a known document, sent in full or by hash.
    const shellText = manifest[SHELL];
    const full = await post(production, { query: shellText }, cookie);
    expect(full.body.data?.viewer?.person?.displayName).toBe('Ada Browser');
  });

  it('keeps arbitrary documents with a cookie outside production, and with GRAPHQL_TRUSTED_DOCUMENTS=off', async () => {
    for (const api of [development, productionOff]) {
      const res = await post(api, { query: ARBITRARY }, cookie);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.viewer?.person?.displayName).toBe('Ada Browser');
    }
  });

  it('lets bearer-token clients and anonymous callers run arbitrary documents in production', async () => {
    const scripted = await post(production, { query: ARBITRARY }, bearer);
    expect(scripted.body.errors).toBeUndefined();
    expect(scripted.body.data?.viewer?.person?.displayName).toBe('Ada Browser');
    // The viewer middleware takes the token over the cookie: so does this rule.
    const both = await post(production, { query: ARBITRARY }, { ...bearer, ...cookie });
    expect(both.body.data?.viewer?.person?.displayName).toBe('Ada Browser');
    const anonymous = await post(production, { query: '{ community { name } viewer { person { id } } }' });
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data?.viewer?.person ?? null).toBeNull();
    // ... within the current limits: 31 aliases are still one too many.
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: community { name }`).join(' ')} }`;
    const limited = await post(production, { query: aliased }, bearer);
    expect(limited.body.data ?? null).toBeNull();
    expect(limited.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("the web app's manifest", () => {
  const operationsOf = (text: string) =>
    parse(text).definitions.flatMap((d) =>
      d.kind === 'OperationDefinition' ? [`${d.operation} ${d.name?.value}`] : [],
    );

  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
  }

  it('holds every operation of apps/web/src, each under the sha256 of its text', () => {
    const operations = sources(WEB_SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)].flatMap(([, text]) =>
        operationsOf(text),
      ),
    );
    expect(operations.length).toBeGreaterThan(100);
    const persisted = Object.values(manifest).flatMap(operationsOf);
    expect([...new Set(operations)].sort()).toEqual([...new Set(persisted)].sort());
    for (const [hash, text] of Object.entries(manifest)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    }
  });

  // urql's cache learns from the typenames of a result which queries a mutation makes stale; a
  // document sent by hash runs as stored, so the stored text must select them (apps/web/codegen.ts).
  it('selects __typename in every selection set but the operation root, as urql would add it', () => {
    const missing: string[] = [];
    for (const text of Object.values(manifest)) {
      visit(parse(text), {
        SelectionSet(node, _key, parent: ASTNode | readonly ASTNode[] | undefined) {
          if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return;
          if (!node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
            missing.push(text.slice(0, 60));
        },
      });
    }
    expect(missing).toEqual([]);
  });
});
