import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '../..');
const COMMITTED = join(ROOT, 'apps/web/src/gql');

// The web app's typed operations are generated from schema.gql and committed: regenerating them
// must give the same files, and an operation naming a field the schema lacks fails generation.
describe('web app operations', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'cop-codegen-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('are generated from the current schema and committed as generated', async () => {
    await run(
      process.execPath,
      [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '-c', 'codegen.ts'],
      {
        cwd: join(ROOT, 'apps/web'),
        env: { ...process.env, CODEGEN_OUT: `${out}/` },
      },
    );
    const generated = readdirSync(out).sort();
    expect(generated).toEqual(readdirSync(COMMITTED).sort());
    for (const file of generated) {
      expect({ file, text: readFileSync(join(out, file), 'utf8') }).toEqual({
        file,
        text: readFileSync(join(COMMITTED, file), 'utf8'),
      });
    }
  }, 60_000);
});
