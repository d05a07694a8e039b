import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { ALLOWED_TRESPASSES } from './table-ownership.allow';

/**
 * Each table belongs to the domain whose migration created it (issue 24). A domain's SQL reads,
 * writes or joins only its own tables; for another domain's rows it composes what the owner
 * exports (community's seat-sql.ts is the pattern). This check finds SQL text in libs/<domain>/src
 * that names another domain's table after FROM, JOIN, INTO or UPDATE, and fails naming the file,
 * line and table, unless the pair is in table-ownership.allow.ts with its reason.
 */

const ROOT = join(__dirname, '..', '..');
const MIGRATIONS = join(ROOT, 'migrations');
const LIBS = join(ROOT, 'libs');

/** Libraries that are no domain: they own no tables and their SQL is not checked. */
const NOT_DOMAINS = new Set(['testing']);

/**
 * The domain of each migration that creates tables, by the name after its timestamp. A new
 * migration creating a table must be listed here (the check fails until it is).
 */
const MIGRATION_DOMAIN: Record<string, string> = {
  'platform-foundation': 'platform',
  identity: 'identity',
  community: 'community',
  surveys: 'surveys',
  'use-cases': 'use-cases',
  knowledge: 'knowledge',
  meetings: 'meetings',
  newsletter: 'newsletter',
  digests: 'digests',
  'survey-bitmaps': 'surveys',
  'digest-schedule': 'digests',
  'newsletter-test-sends': 'newsletter',
  reports: 'reports',
  expertise: 'expertise',
  privacy: 'privacy',
  'in-process-queue': 'platform',
};

/**
 * Tables a migration created for another domain than its name says: the domain whose library
 * holds the entity and the only repository of the table (checked below against @Entity).
 */
const TABLE_OWNER_OVERRIDES: Record<string, { owner: string; why: string }> = {
  community: {
    owner: 'community',
    why: "platform-foundation created the community row; community's entity and repository keep it",
  },
  news_items: { owner: 'news', why: 'the community migration created news; libs/news owns it' },
  faq_entries: { owner: 'news', why: 'the community migration created the FAQ; libs/news owns it' },
  initiatives: {
    owner: 'initiatives',
    why: 'the reports migration created initiatives; libs/initiatives owns them',
  },
  initiative_groups: { owner: 'initiatives', why: 'created with reports; libs/initiatives owns it' },
  initiative_group_links: { owner: 'initiatives', why: 'created with reports; libs/initiatives owns it' },
  initiative_group_members: { owner: 'initiatives', why: 'created with reports; libs/initiatives owns it' },
  report_targets: {
    owner: 'initiatives',
    why: "created with reports; the targets are initiatives' (its entity)",
  },
};

interface CreatedTable {
  table: string;
  migration: string;
}

function createdTables(): CreatedTable[] {
  const created: CreatedTable[] = [];
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => /^\d+-.+\.ts$/.test(f))
    .sort()) {
    const text = readFileSync(join(MIGRATIONS, file), 'utf8');
    const re =
      /\bCREATE\s+(?:TABLE(?:\s+IF\s+NOT\s+EXISTS)?|(?:MATERIALIZED\s+)?VIEW)\s+"?([a-z_][a-z0-9_]*)"?/g;
    for (const m of text.matchAll(re)) created.push({ table: m[1], migration: file });
  }
  return created;
}

/** table -> owning domain. */
function ownershipMap(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { table, migration } of createdTables()) {
    const name = migration.replace(/^\d+-/, '').replace(/\.ts$/, '');
    const domain = TABLE_OWNER_OVERRIDES[table]?.owner ?? MIGRATION_DOMAIN[name];
    if (!domain)
      throw new Error(
        `migrations/${migration} creates ${table}: say which domain owns it in MIGRATION_DOMAIN`,
      );
    owners.set(table, domain);
  }
  return owners;
}

export interface Trespass {
  file: string;
  line: number;
  table: string;
  owner: string;
}

const SQL_TABLE = /\b(FROM|JOIN|INTO|UPDATE)\s+(?:ONLY\s+)?(?:public\.)?"?([a-z_][a-z0-9_]*)"?(?![.(\w])/g;

/**
 * The other domains' tables that the SQL text of one source file names. Only string and template
 * literals are read (comments and code are not SQL), with the keywords in capitals as the house
 * writes them.
 */
export function trespassesIn(
  file: string,
  domain: string,
  source: string,
  owners: Map<string, string>,
): Trespass[] {
  const found: Trespass[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const start = node.getStart(sf);
      const text = source.slice(start, node.getEnd());
      for (const m of text.matchAll(SQL_TABLE)) {
        const table = m[2];
        const owner = owners.get(table);
        if (owner === undefined || owner === domain) continue;
        const at = start + (m.index ?? 0) + m[0].length - table.length;
        found.push({ file, line: sf.getLineAndCharacterOfPosition(at).line + 1, table, owner });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !/\.(spec|sql-cases)\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

function domains(): string[] {
  return readdirSync(LIBS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NOT_DOMAINS.has(d.name))
    .map((d) => d.name)
    .sort();
}

function scanLibs(owners: Map<string, string>): Trespass[] {
  const found: Trespass[] = [];
  for (const domain of domains()) {
    for (const path of sourceFiles(join(LIBS, domain, 'src'))) {
      found.push(...trespassesIn(relative(ROOT, path), domain, readFileSync(path, 'utf8'), owners));
    }
  }
  return found;
}

const key = (file: string, table: string) => `${file} -> ${table}`;

describe('table ownership', () => {
  const owners = ownershipMap();

  it('knows an owner for every table, and each entity lives in its owner library', () => {
    expect(owners.size).toBeGreaterThanOrEqual(60);
    const misplaced: string[] = [];
    for (const domain of domains()) {
      for (const path of sourceFiles(join(LIBS, domain, 'src'))) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/@Entity\(\{\s*name:\s*'([a-z_]+)'/g)) {
          const owner = owners.get(m[1]);
          if (owner !== domain)
            misplaced.push(`${relative(ROOT, path)}: entity of ${m[1]}, owned by ${owner ?? 'no migration'}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
    for (const [table, { owner }] of Object.entries(TABLE_OWNER_OVERRIDES))
      expect([table, owners.get(table)]).toEqual([table, owner]);
  });

  it("finds another domain's table in SQL text, and only there", () => {
    const sample = [
      "import { sql } from '@cop/platform';",
      '// FROM memberships: a comment is not SQL',
      'const a = sql`SELECT d.id FROM documents d',
      '  JOIN memberships m ON m.person_id = ${p}`;',
      "const b = 'INSERT INTO people (id) VALUES ($1)';",
      'const c = sql`SELECT EXTRACT(EPOCH FROM meetings.starts_at) FROM unnest(${ids}) x`;',
      "const memberships = 'from memberships, as English';",
    ].join('\n');
    const found = trespassesIn('libs/knowledge/src/sample.ts', 'knowledge', sample, owners);
    expect(found).toEqual([
      { file: 'libs/knowledge/src/sample.ts', line: 4, table: 'memberships', owner: 'community' },
      { file: 'libs/knowledge/src/sample.ts', line: 5, table: 'people', owner: 'identity' },
    ]);
    // The owner reading its own table, or exporting it as SQL, is no trespass.
    expect(trespassesIn('libs/community/src/seat-sql.ts', 'community', sample, owners)).toEqual([
      { file: 'libs/community/src/seat-sql.ts', line: 3, table: 'documents', owner: 'knowledge' },
      { file: 'libs/community/src/seat-sql.ts', line: 5, table: 'people', owner: 'identity' },
    ]);
  });

  it("no domain's SQL reads another domain's table unless the allowlist says why", () => {
    const found = scanLibs(owners);
    const allowed = new Map(ALLOWED_TRESPASSES.map((a) => [key(a.file, a.table), a]));
    const unexplained = found
      .filter((t) => !allowed.has(key(t.file, t.table)))
      .map((t) => `${t.file}:${t.line} reads ${t.table} (owned by ${t.owner})`);
    expect(unexplained).toEqual([]);

    // An entry whose trespass is gone goes too, so the list stays the list of what is left.
    const seen = new Set(found.map((t) => key(t.file, t.table)));
    const stale = ALLOWED_TRESPASSES.filter((a) => !seen.has(key(a.file, a.table))).map((a) =>
      key(a.file, a.table),
    );
    expect(stale).toEqual([]);
    for (const a of ALLOWED_TRESPASSES) expect(a.reason.trim()).not.toBe('');
  });
});
