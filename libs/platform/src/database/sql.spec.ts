import { DataSource } from 'typeorm';
import { empty, ident, join, sql, type Sql } from './sql';
import { TransactionContext } from './transaction-context';

const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('sql', () => {
  it('binds every value as a numbered parameter', () => {
    const id = '0b7f3c1e-0000-4000-8000-000000000001';
    const s = sql`SELECT * FROM people p WHERE p.id = ${id} AND p.role = ${'MEMBER'}`;
    expect(s.text).toBe('SELECT * FROM people p WHERE p.id = $1 AND p.role = $2');
    expect(s.values).toEqual([id, 'MEMBER']);
  });

  it('composes nested fragments, renumbering their parameters', () => {
    const visible = (personId: string): Sql => sql`(d.author_id = ${personId} OR d.visibility = ${'PUBLIC'})`;
    const s = sql`SELECT 1 FROM documents d WHERE d.id = ${'x'} AND ${visible('p1')} LIMIT ${10}`;
    expect(s.text).toBe(
      'SELECT 1 FROM documents d WHERE d.id = $1 AND (d.author_id = $2 OR d.visibility = $3) LIMIT $4',
    );
    expect(s.values).toEqual(['x', 'p1', 'PUBLIC', 10]);
  });

  it('joins values or fragments, and empty adds nothing', () => {
    expect(join([1, 2, 3]).text).toBe('$1, $2, $3');
    const s = sql`WHERE ${join([sql`a = ${1}`, sql`b = ${2}`], ' AND ')}${empty}`;
    expect(s.text).toBe('WHERE a = $1 AND b = $2');
    expect(s.values).toEqual([1, 2]);
  });

  it('takes identifiers as text and refuses anything else', () => {
    expect(sql`SELECT ${ident('d')}.id FROM documents ${ident('d')}`.text).toBe(
      'SELECT d.id FROM documents d',
    );
    expect(sql`${ident('vm_2')}.x`.values).toEqual([]);
    for (const bad of ['', 'D', '1d', 'd.id', 'd; DROP TABLE people', 'd"', "d'", 'd--', 'd e'])
      expect(() => ident(bad)).toThrow(/Not an SQL identifier/);
  });

  it("keeps a value such as '; DROP TABLE out of the SQL text", () => {
    const evil = "x'; DROP TABLE people; --";
    const s = sql`SELECT 1 FROM people WHERE email = ${evil}`;
    expect(s.text).toBe('SELECT 1 FROM people WHERE email = $1');
    expect(s.text).not.toContain('DROP');
    expect(s.values).toEqual([evil]);
  });
});

describe('TransactionContext.query', () => {
  let dataSource: DataSource;
  let tx: TransactionContext;

  beforeAll(async () => {
    dataSource = new DataSource({
      type: 'postgres',
      url: ADMIN_URL,
      entities: [],
      logging: false,
      extra: { max: 2 },
    });
    await dataSource.initialize();
    tx = new TransactionContext(dataSource);
  });

  afterAll(() => dataSource?.destroy());

  /** Runs fn against a temporary table of the transaction, rolled back at the end. */
  async function withTable(fn: () => Promise<void>): Promise<void> {
    const rollback = new Error('rollback');
    await expect(
      tx.run(async () => {
        await tx.query(
          sql`CREATE TEMP TABLE sql_spec (id int PRIMARY KEY, name text NOT NULL) ON COMMIT DROP`,
        );
        await fn();
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  }

  it('answers rows for SELECT, INSERT … RETURNING and UPDATE … RETURNING alike', async () => {
    await withTable(async () => {
      const inserted = await tx.query<{ id: number }>(
        sql`INSERT INTO sql_spec (id, name) VALUES (${1}, ${'one'}), (${2}, ${'two'}) RETURNING id`,
      );
      expect(inserted).toEqual([{ id: 1 }, { id: 2 }]);
      const updated = await tx.query<{ id: number; name: string }>(
        sql`UPDATE sql_spec SET name = upper(name) WHERE id = ANY(${[1, 2]}::int[]) RETURNING id, name`,
      );
      expect(updated).toEqual([
        { id: 1, name: 'ONE' },
        { id: 2, name: 'TWO' },
      ]);
      const deleted = await tx.query<{ id: number }>(sql`DELETE FROM sql_spec WHERE id = ${2} RETURNING id`);
      expect(deleted).toEqual([{ id: 2 }]);
      expect(await tx.query(sql`UPDATE sql_spec SET name = ${'x'} WHERE id = ${99}`)).toEqual([]);
      expect(await tx.query<{ name: string }>(sql`SELECT name FROM sql_spec ORDER BY id`)).toEqual([
        { name: 'ONE' },
      ]);
    });
  });

  it("stores a value with '; DROP as data and runs nothing of it", async () => {
    await withTable(async () => {
      const evil = "x'); DROP TABLE sql_spec; --";
      await tx.query(sql`INSERT INTO sql_spec (id, name) VALUES (${1}, ${evil})`);
      const rows = await tx.query<{ name: string }>(sql`SELECT name FROM sql_spec WHERE name = ${evil}`);
      expect(rows).toEqual([{ name: evil }]);
    });
  });
});
