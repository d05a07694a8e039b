import { Client, types } from 'pg';
import { parseUtcTimestamp, pgTypes } from './timestamps';

const pgParse = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (text: string) => unknown;

/** An instant as PostgreSQL writes a timestamptz under TimeZone=UTC: the fraction without trailing zeros. */
function asPostgresWrites(ms: number, micros: number): string {
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const fraction = `${iso.slice(20, 23)}${String(micros).padStart(3, '0')}`.replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ''}+00`;
}

const same = (text: string) => {
  const ours = parseUtcTimestamp(text);
  const theirs = pgParse(text);
  return ours instanceof Date && theirs instanceof Date
    ? ours.getTime() === theirs.getTime() || (Number.isNaN(ours.getTime()) && Number.isNaN(theirs.getTime()))
    : ours === theirs;
};

describe('parseUtcTimestamp', () => {
  it('reads what PostgreSQL writes as pg does, over 20,000 instants from 1000 to 9999', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const from = Date.UTC(1000, 0, 1);
    const to = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    const failures: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor(from + random() * (to - from));
      // Whole seconds, milliseconds and microseconds, each often.
      const kind = i % 3;
      const text = asPostgresWrites(
        kind === 0 ? ms - (ms % 1000) : ms,
        kind === 2 ? Math.floor(random() * 1000) : 0,
      );
      if (!same(text)) failures.push(text);
    }
    expect(failures).toEqual([]);
  });

  it.each([
    '2024-02-29 00:00:00+00',
    '2026-12-01 18:36:34.5+00',
    '2026-12-01 18:36:34.05+00',
    '2026-12-01 18:36:34.999999+00',
    '1970-01-01 00:00:00+00',
    '9999-12-31 23:59:59.999999+00',
  ])('reads %s by position', (text) => {
    expect(parseUtcTimestamp(text)).toEqual(pgParse(text));
  });

  it.each([
    '2026-12-01 19:36:34.5+01',
    '2026-12-01 18:36:34+05:30',
    '0044-03-15 12:00:00+00 BC',
    '0999-12-31 23:59:59+00',
    '10000-01-01 00:00:00+00',
    'infinity',
    '-infinity',
    '2026-12-01 18:36:3x+00',
    '2026-12-01 18:36:34.+00',
  ])('leaves %s to pg, with the same answer', (text) => {
    expect(same(text)).toBe(true);
  });

  it('is what the pool reads timestamptz with, and parses what the server sends', async () => {
    const db = new Client({
      connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      options: '-c TimeZone=UTC',
      types: pgTypes,
    });
    await db.connect();
    try {
      const { rows } = await db.query<{ t: Date; text: string }>(
        `SELECT t, t::text AS text FROM (VALUES (timestamptz '2026-03-29 01:30:00.123456+01'),
           (now()), (timestamptz '1999-12-31 23:59:59.9+00'), (timestamptz 'infinity')) v(t)`,
      );
      for (const row of rows) expect(row.t).toEqual(pgParse(row.text));
      expect(rows[0].t.toISOString()).toBe('2026-03-29T00:30:00.123Z');
    } finally {
      await db.end();
    }
  });
});
