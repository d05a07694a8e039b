import { Client } from 'pg';
import { loadConfig, runMigrations } from '@cop/platform';
import { MIGRATIONS } from '@cop/migrations';
import { FUNCTION_WORD_COUNT, rankedVocabularySql, VOCABULARY_SIZE, vocabularySql } from './vocabulary';
import { seedMeetings, seedUseCases } from './seed-community';

/** The counts of one scale seed; scale 1 is the size the issues' targets name. */
export interface SeedCounts {
  people: number;
  workingGroups: number;
  topicsPerGroup: number;
  /** Seats a person holds (each in a different group): 30,000 at scale 1. */
  seatsPerPerson: number;
  meetingSeries: number;
  useCases: number;
  documents: number;
  surveyQuestions: number;
  surveyResponses: number;
}

export function seedCounts(scale: number): SeedCounts {
  return {
    people: Math.max(50, Math.round(10_000 * scale)),
    workingGroups: Math.max(6, Math.round(60 * scale)),
    topicsPerGroup: 3,
    seatsPerPerson: 3,
    meetingSeries: Math.max(20, Math.round(2_000 * scale)),
    useCases: Math.max(2, Math.round(20 * scale)),
    documents: Math.max(100, Math.round(100_000 * scale)),
    surveyQuestions: 40,
    surveyResponses: Math.max(100, Math.round(50_000 * scale)),
  };
}

export const BENCH_SURVEY_SLUG = 'bench-survey';
/** Person 1 of the seed: a MEMBER with ACTIVE seats in groups 1 to 3, the benchmarks' viewer. */
export const BENCH_MEMBER_ID_SQL = `md5('person1')::uuid`;

/** The database URL with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Drops and creates the bench database, then applies every migration. */
export async function createBenchDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe bench database name: ${name}`);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const config = loadConfig({ DATABASE_URL: url });
  await runMigrations(config, MIGRATIONS, url);
}

/** The 40-question survey: five sections of eight, the third shown only to roles o1 and o2. */
export function benchSurveyDefinition() {
  const sections = [];
  for (let s = 1; s <= 5; s++) {
    const questions = [];
    for (let j = 1; j <= 8; j++) {
      const n = (s - 1) * 8 + j;
      const key = `q${String(n).padStart(2, '0')}`;
      const m = n % 5;
      const kind =
        n === 1
          ? 'SINGLE_CHOICE'
          : m === 0
            ? 'MULTIPLE_CHOICE'
            : m === 1 || m === 3
              ? 'SINGLE_CHOICE'
              : m === 2
                ? 'SCALE'
                : n % 10 === 4
                  ? 'TEXT'
                  : 'NUMBER';
      const optionCount = n === 1 ? 4 : kind === 'MULTIPLE_CHOICE' ? 6 : m === 1 ? 5 : 3;
      const choice = kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';
      questions.push({
        key,
        text: n === 1 ? 'Your role in computing' : `Question ${n}`,
        kind,
        required: n === 1,
        allowOther: false,
        options: choice
          ? Array.from({ length: optionCount }, (_, o) => ({ key: `o${o + 1}`, label: `Option ${o + 1}` }))
          : [],
        scaleMin: kind === 'SCALE' ? 1 : null,
        scaleMax: kind === 'SCALE' ? 5 : null,
        showIf: null,
      });
    }
    sections.push({
      key: `s${s}`,
      title: `Section ${s}`,
      description: null,
      showIf: s === 3 ? { questionKey: 'q01', anyOf: ['o1', 'o2'] } : null,
      questions,
    });
  }
  return { sections };
}

type Log = (message: string) => void;

/**
 * The scale seed, in SQL: multi-row INSERT … SELECT over generate_series, words picked from
 * the vocabulary by a hash of the row number (deterministic, skewed like natural language).
 */
export async function seedScale(url: string, scale: number, log: Log): Promise<SeedCounts> {
  const c = seedCounts(scale);
  const db = new Client({ connectionString: url });
  await db.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const r = await db.query(sql, params);
    log(`  ${label}: ${r.rowCount ?? 0} rows, ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    // Helpers living only in the bench database, dropped at the end.
    await db.query(`CREATE FUNCTION bench_vocab() RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT ${vocabularySql()} $$`);
    // A uniform number in [0, 1) from a row number: the seeded pseudo-random source.
    await db.query(`CREATE FUNCTION bench_u(bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (hashint8($1)::bigint + 2147483648)::float8 / 4294967296 $$`);
    // A word, frequent words more often (u squared skews towards the head of the list).
    await db.query(`CREATE FUNCTION bench_word(bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (bench_vocab())[1 + floor(cardinality(bench_vocab()) * bench_u($1) ^ 2)::int] $$`);
    await db.query(`CREATE FUNCTION bench_words(seed bigint, n int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT string_agg(bench_word(seed * 1000 + j) || CASE WHEN j % 14 = 0 THEN '.' ELSE '' END, ' ')
            FROM generate_series(1, n) j $$`);
    await createDocumentTextFunctions(db);

    await step(
      'people',
      `INSERT INTO people (id, display_name, email, email_verified, affiliation, country, role, role_source)
       SELECT md5('person' || i)::uuid, 'Bench Person ' || i, 'person' || i || '@bench.example', true,
              'Institute ' || (1 + i % 40), (ARRAY['DE','IT','FR','ES','NL','CH','PL','SE'])[1 + i % 8],
              CASE WHEN i = 2 THEN 'OFFICE' WHEN i % 10 = 0 THEN 'GUEST' ELSE 'MEMBER' END, 'ADMISSION'
       FROM generate_series(1, $1::int) i`,
      [c.people],
    );
    await step(
      'working groups',
      `INSERT INTO working_groups (id, code, name, description, join_policy)
       SELECT md5('group' || g)::uuid, 'WG' || g, initcap(bench_words(900000 + g, 3)), bench_words(910000 + g, 30),
              CASE WHEN g % 3 = 0 THEN 'APPROVAL' ELSE 'OPEN' END
       FROM generate_series(1, $1::int) g`,
      [c.workingGroups],
    );
    await step(
      'topics',
      `INSERT INTO topics (id, working_group_id, name)
       SELECT md5('topic' || g || '-' || t)::uuid, md5('group' || g)::uuid, 'Topic ' || t || ' ' || bench_word(920000 + g * 10 + t)
       FROM generate_series(1, $1::int) g, generate_series(1, $2::int) t`,
      [c.workingGroups, c.topicsPerGroup],
    );
    // Three seats a person in three different groups (the bench member: groups 1 to 3), as
    // MembershipsService.join writes them: PENDING only under APPROVAL (every third group), times
    // in milliseconds, joined_at = requested_at when ACTIVE, and the JOINED/REQUESTED event.
    // Chairs: about one seat in a hundred, never the bench member (so it may always leave).
    await step(
      'memberships',
      `INSERT INTO memberships (person_id, working_group_id, role, status, requested_at, joined_at)
       SELECT md5('person' || p)::uuid, md5('group' || g)::uuid,
              CASE WHEN p > 1 AND bench_u(930000 + p * 100 + k) < 0.01 THEN 'CHAIR' ELSE 'MEMBER' END,
              CASE WHEN pending THEN 'PENDING' ELSE 'ACTIVE' END, t, CASE WHEN pending THEN NULL ELSE t END
       FROM (SELECT p, k,
                    CASE WHEN p = 1 THEN k
                         ELSE 1 + ((hashint8(950000 + p)::bigint & 2147483647) + (k - 1) * ($2::int / 3)) % $2::int
                    END AS g,
                    date_trunc('milliseconds', now() - make_interval(secs => bench_u(945000 + p * 10 + k) * 2 * 365 * 86400)) AS t
               FROM generate_series(1, $1::int) p, generate_series(1, $3::int) k) s,
            LATERAL (SELECT p > 1 AND g % 3 = 0 AND bench_u(940000 + p * 100 + k) < 0.15 AS pending) x`,
      [c.people, c.workingGroups, c.seatsPerPerson],
    );
    await step(
      'membership events',
      `INSERT INTO membership_events (membership_id, person_id, working_group_id, event, role, actor_id, occurred_at)
       SELECT id, person_id, working_group_id, CASE status WHEN 'ACTIVE' THEN 'JOINED' ELSE 'REQUESTED' END, role,
              person_id, requested_at
       FROM memberships ORDER BY requested_at`,
    );
    await seedMeetings(db, c, step);
    await seedUseCases(db, c, step);
    // Documents in chunks (progress, and no single huge transaction).
    const chunk = 10_000;
    for (let from = 1; from <= c.documents; from += chunk) {
      const to = Math.min(c.documents, from + chunk - 1);
      await step(
        `documents ${from}-${to}`,
        `INSERT INTO documents (id, title, summary, body, kind, visibility, tags, author_id, version, created_at, updated_at)
         SELECT md5('doc' || i)::uuid,
                initcap(bench_doc_words(i * 4 + 1, 3 + i % 5, $4)),
                bench_doc_words(i * 4 + 2, 30, 0),
                bench_doc_words(i * 4 + 3, ${DOCUMENT_BODY_WORDS}, 0),
                (ARRAY['REPORT','SLIDES','MINUTES','USE_CASE','PAPER','DATASET','LINK','NOTE'])[1 + i % 8],
                CASE WHEN bench_u(i * 8 + 5) < 0.4 THEN 'PUBLIC' WHEN bench_u(i * 8 + 5) < 0.7 THEN 'COMMUNITY'
                     ELSE 'WORKING_GROUP' END,
                ARRAY[bench_doc_word(i * 8 + 6, $4), bench_doc_word(i * 8 + 7, $4)],
                md5('person' || (1 + (hashint8(i * 8 + 1)::bigint & 2147483647) % $3::int))::uuid,
                1,
                now() - make_interval(secs => bench_u(i * 8 + 2) * 3 * 365 * 86400),
                now() - make_interval(secs => bench_u(i * 8 + 3) * 365 * 86400)
         FROM generate_series($1::int, $2::int) i`,
        [from, to, c.people, FUNCTION_WORD_COUNT],
      );
    }
    // Every document in one group, one in five in a second; a topic of its first group for half.
    await step(
      'document groups',
      `INSERT INTO document_working_groups (document_id, working_group_id)
       SELECT md5('doc' || i)::uuid, md5('group' || (1 + (hashint8(i * 8 + 4)::bigint & 2147483647) % $2::int))::uuid
       FROM generate_series(1, $1::int) i
       UNION
       SELECT md5('doc' || i)::uuid, md5('group' || (1 + ((hashint8(i * 8 + 4)::bigint & 2147483647) + 1) % $2::int))::uuid
       FROM generate_series(1, $1::int) i WHERE bench_u(i * 16 + 9) < 0.2`,
      [c.documents, c.workingGroups],
    );
    await step(
      'document topics',
      `INSERT INTO document_topics (document_id, topic_id)
       SELECT md5('doc' || i)::uuid,
              md5('topic' || (1 + (hashint8(i * 8 + 4)::bigint & 2147483647) % $2::int) || '-' || (1 + i % $3::int))::uuid
       FROM generate_series(1, $1::int) i WHERE i % 2 = 0`,
      [c.documents, c.workingGroups, c.topicsPerGroup],
    );
    await step(
      'attachments',
      `INSERT INTO attachments (document_id, filename, content_type, size, sha256, storage_key, uploaded_by)
       SELECT md5('doc' || i)::uuid, 'slides-' || i || '-' || a || '.pdf', 'application/pdf',
              10000 + (hashint8(i * 16 + a)::bigint & 2147483647) % 5000000,
              encode(sha256(('doc' || i || '-' || a)::bytea), 'hex'), 'bench/' || i || '/' || a,
              md5('person' || (1 + (hashint8(i * 8 + 1)::bigint & 2147483647) % $2::int))::uuid
       FROM generate_series(1, $1::int) i, generate_series(1, 2) a
       WHERE bench_u(i * 16 + 10) < CASE a WHEN 1 THEN 0.25 ELSE 0.05 END`,
      [c.documents, c.people],
    );
    await seedSurvey(db, c, step);
    await dropDocumentTextFunctions(db);
    await db.query(`DROP FUNCTION bench_words(bigint, int)`);
    await db.query(`DROP FUNCTION bench_word(bigint)`);
    await db.query(`DROP FUNCTION bench_u(bigint)`);
    await db.query(`DROP FUNCTION bench_vocab()`);
    const t = Date.now();
    await db.query('VACUUM ANALYZE');
    log(`  VACUUM ANALYZE: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await db.end();
  }
  return c;
}

/** Words in a document body: about 2 kB of text with this vocabulary. */
const DOCUMENT_BODY_WORDS = 330;

/**
 * Document text: words drawn from the ranked vocabulary with a Zipf law, P(rank r) ~ 1/r, by
 * inverting its continuous distribution over [lo, n]: r = floor(lo * ((n + 1) / lo) ^ u), lo = skip + 1.
 * `skip` leaves out the first ranks (the function words) for titles and tags, keeping the others'
 * relative frequencies.
 */
async function createDocumentTextFunctions(db: Client): Promise<void> {
  await db.query(`CREATE FUNCTION bench_ranked() RETURNS name[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ${rankedVocabularySql()} $$`);
  await db.query(`CREATE FUNCTION bench_doc_word(seed bigint, skip int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (bench_ranked())[least(${VOCABULARY_SIZE},
            floor((skip + 1) * ((${VOCABULARY_SIZE} + 1.0) / (skip + 1)) ^ bench_u(seed))::int)]::text $$`);
  await db.query(`CREATE FUNCTION bench_doc_words(seed bigint, n int, skip int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT string_agg(bench_doc_word(seed * 1000 + j, skip) || CASE WHEN j % 14 = 0 THEN '.' ELSE '' END, ' ')
          FROM generate_series(1, n) j $$`);
}

async function dropDocumentTextFunctions(db: Client): Promise<void> {
  await db.query(`DROP FUNCTION bench_doc_words(bigint, int, int)`);
  await db.query(`DROP FUNCTION bench_doc_word(bigint, int)`);
  await db.query(`DROP FUNCTION bench_ranked()`);
}

/**
 * One CLOSED anonymous survey with its submitted responses, in the shape
 * SurveysRepository.saveResponse writes: shown_keys in definition order, only non-empty answers,
 * submitted_at and the response's ordinal repeated on every answer, the survey's next ordinal;
 * then its result bitmaps, by the same survey_rebuild_bitmaps the application has.
 */
async function seedSurvey(
  db: Client,
  c: SeedCounts,
  step: (label: string, sql: string, params?: unknown[]) => Promise<void>,
): Promise<void> {
  const definition = benchSurveyDefinition();
  const questions = definition.sections
    .flatMap((s) =>
      s.questions.map((q) => ({ section: s.key, key: q.key, kind: q.kind, options: q.options.length })),
    )
    .map((q, i) => ({ n: i + 1, ...q }));
  const allKeys = questions.map((q) => q.key);
  const withoutS3 = questions.filter((q) => q.section !== 's3').map((q) => q.key);
  const survey = await db.query<{ id: string }>(
    `INSERT INTO surveys (slug, title, description, status, anonymous, definition)
     VALUES ($1, 'Benchmark survey', 'Forty questions, one conditional section.', 'CLOSED', true, $2::jsonb)
     RETURNING id`,
    [BENCH_SURVEY_SLUG, JSON.stringify(definition)],
  );
  const surveyId = survey.rows[0].id;
  await db.query(`CREATE TEMP TABLE bench_questions (n int, key text, kind text, options int, section text)`);
  await db.query(
    `INSERT INTO bench_questions SELECT q.n, q.key, q.kind, q.options, q.section
     FROM jsonb_to_recordset($1::jsonb) AS q(n int, key text, kind text, options int, section text)`,
    [JSON.stringify(questions)],
  );
  await step(
    'survey response keys',
    `CREATE TEMP TABLE bench_responses AS
     SELECT i, gen_random_uuid() AS id, 'o' || (1 + floor(4 * bench_u(960000000 + i) ^ 1.3))::int AS role,
            now() - interval '30 days' + make_interval(secs => i * 20) AS submitted_at
     FROM generate_series(1, $1::int) i`,
    [c.surveyResponses],
  );
  await step(
    'survey responses',
    `INSERT INTO survey_responses (id, survey_id, person_id, submitted_at, shown_keys, ordinal, created_at, updated_at)
     SELECT id, $1, NULL, submitted_at,
            CASE WHEN role IN ('o1', 'o2') THEN $2::text[] ELSE $3::text[] END, i - 1, submitted_at, submitted_at
     FROM bench_responses`,
    [surveyId, allKeys, withoutS3],
  );
  // About 90% of the shown questions answered; q01 (required) always; texts by three in ten.
  await step(
    'survey answers',
    `INSERT INTO survey_answers (response_id, survey_id, submitted_at, response_ordinal, question_key, option_keys,
       other_text, text, number)
     SELECT r.id, $1, r.submitted_at, r.i - 1, q.key,
            CASE WHEN q.key = 'q01' THEN ARRAY[r.role]
                 WHEN q.kind = 'SINGLE_CHOICE' THEN
                   ARRAY['o' || (1 + floor(q.options * bench_u(r.i * 64 + q.n) ^ 1.4))::int]
                 WHEN q.kind = 'MULTIPLE_CHOICE' THEN
                   ARRAY(SELECT 'o' || o FROM generate_series(1, q.options) o
                         WHERE bench_u(r.i * 4096 + q.n * 64 + o) < 0.3 OR o = 1 + r.i % q.options ORDER BY o)
                 ELSE '{}'::text[] END,
            NULL,
            CASE WHEN q.kind = 'TEXT' THEN bench_words(r.i * 64 + q.n, 6 + r.i % 10) END,
            CASE WHEN q.kind = 'SCALE' THEN 1 + floor(5 * bench_u(r.i * 64 + q.n))
                 WHEN q.kind = 'NUMBER' THEN round(100 * bench_u(r.i * 64 + q.n)) END
     FROM bench_responses r
     JOIN bench_questions q ON q.section <> 's3' OR r.role IN ('o1', 'o2')
     WHERE q.key = 'q01'
        OR (q.kind <> 'TEXT' AND bench_u(r.i * 128 + q.n + 7) >= 0.1)
        OR (q.kind = 'TEXT' AND bench_u(r.i * 128 + q.n + 7) < 0.3)`,
    [surveyId],
  );
  await db.query(`UPDATE surveys SET next_response_ordinal = $2 WHERE id = $1`, [
    surveyId,
    c.surveyResponses,
  ]);
  await step('survey result bitmaps', `SELECT survey_rebuild_bitmaps($1)`, [surveyId]);
  await db.query(`DROP TABLE bench_responses`);
  await db.query(`DROP TABLE bench_questions`);
}
