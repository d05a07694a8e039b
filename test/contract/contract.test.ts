import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  BreakingChange,
  buildSchema,
  findBreakingChanges,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { loadConfig } from '@cop/platform';
import { createApi } from '../../apps/api/src/bootstrap';

const ROOT = join(__dirname, '..', '..');
const CONTRACT = join(ROOT, '..', 'shared', 'contract', 'schema.graphql');
const GENERATED = join(ROOT, 'schema.gql');
const PENDING = join(__dirname, 'pending.txt');

function describeChange(c: BreakingChange): string {
  return `${c.type}: ${c.description}`;
}

function readPending(): string[] {
  return readFileSync(PENDING, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The schema the code generates now, without a database. */
async function generatedSchema(): Promise<string> {
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: 'x'.repeat(32),
    DATA_DIR: '/tmp/cop-contract',
  });
  const app = await createApi(config, { connect: false, logger: false });
  await app.init();
  try {
    return printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
  } finally {
    await app.close();
  }
}

describe('the GraphQL contract', () => {
  let generated: string;

  beforeAll(async () => {
    generated = await generatedSchema();
  });

  it('schema.gql is the schema the code generates (run `npm run build` and commit it)', () => {
    const committed = printSchema(lexicographicSortSchema(buildSchema(readFileSync(GENERATED, 'utf8'))));
    if (process.env.UPDATE_SCHEMA === '1' && committed !== generated) {
      writeFileSync(GENERATED, generated);
      return;
    }
    expect(committed).toBe(generated);
  });

  it('breaks the contract only where test/contract/pending.txt says, and every pending line still breaks', () => {
    const changes = findBreakingChanges(
      buildSchema(readFileSync(CONTRACT, 'utf8')),
      buildSchema(generated),
    ).map(describeChange);
    const pending = readPending();
    const unlisted = changes.filter((c) => !pending.includes(c));
    const stale = pending.filter((p) => !changes.includes(p));
    expect({ unlisted, stale }).toEqual({ unlisted: [], stale: [] });
  });

  it('is complete: every type, field and argument of the contract is served, nothing pending (issue 11)', () => {
    const changes = findBreakingChanges(
      buildSchema(readFileSync(CONTRACT, 'utf8')),
      buildSchema(generated),
    ).map(describeChange);
    expect({ changes, pending: readPending() }).toEqual({ changes: [], pending: [] });
  });
});
