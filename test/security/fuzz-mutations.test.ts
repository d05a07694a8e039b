import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema, GraphQLField } from 'graphql';
import { argumentsFor, operationFor } from './fuzz-arbitraries';
import {
  checkProperty,
  changedTables,
  contractViolation,
  FUZZ_SEED,
  FuzzFixture,
  startFuzzFixture,
} from './fuzz-fixture';

/**
 * Every mutation of the schema, fed arguments generated from its input types (fuzz-arbitraries):
 * each answer is data or errors with a contract code (never INTERNAL_SERVER_ERROR, never a 5xx),
 * and a mutation that answers with an error leaves every table as it was.
 */

// The committed generated schema (the contract test keeps it equal to the served one): the
// list of mutations is known before the API starts, so each gets its own test.
const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());
const RUNS = { OFFICE: 25, MEMBER: 6 } as const;
const RUNS_WITHOUT_ARGUMENTS = 2;

describe('fuzzed mutations over HTTP (demo community, real PostgreSQL)', () => {
  let fx: FuzzFixture;
  let total = 0;
  /** How the runs were answered: data, or the first error's code (to see the services are reached). */
  const answers: Record<string, number> = {};

  beforeAll(async () => {
    fx = await startFuzzFixture();
  }, 60_000);
  afterAll(async () => {
    console.log(
      `fuzz: ${total} runs over ${mutations.length} mutations (seed ${FUZZ_SEED}): ${JSON.stringify(answers)}`,
    );
    await fx?.close();
  });

  async function fuzz(field: GraphQLField<unknown, unknown>, role: keyof typeof RUNS): Promise<void> {
    const query = operationFor('mutation', field);
    const pools = await fx.pools();
    let before = await fx.digest();
    let writes = await fx.writes();
    await checkProperty(
      `${field.name} as ${role}`,
      fc.asyncProperty(argumentsFor(field, pools), async (variables) => {
        total += 1;
        const { status, body } = await fx.post(query, variables, fx.as[role]);
        const violation = contractViolation(status, body);
        if (violation) throw new Error(violation);
        const answer = body.errors?.[0]?.extensions?.code ?? body.error?.code ?? 'data';
        answers[answer] = (answers[answer] ?? 0) + 1;
        const written = await fx.writes();
        if (written === writes) return; // no row written since `before`
        writes = written;
        const after = await fx.digest();
        const failed = Boolean(body.errors?.length) && !body.data?.[field.name];
        const changed = changedTables(before, after);
        before = after;
        if (failed && changed.length) {
          throw new Error(
            `failed with ${body.errors![0].extensions?.code} but changed ${changed.join(', ')}`,
          );
        }
      }),
      field.args.length ? RUNS[role] : RUNS_WITHOUT_ARGUMENTS,
    );
  }

  for (const role of ['OFFICE', 'MEMBER'] as const) {
    describe(`as ${role}`, () => {
      it.each(mutations.map((m) => [m.name, m] as const))('%s', (_name, field) => fuzz(field, role), 60_000);
    });
  }
});
