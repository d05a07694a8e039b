import { Injectable } from '@nestjs/common';
import { Clock, TransactionContext, empty, sql, type Sql } from '@cop/platform';
import type { AnswerValue, SurveyFields, SurveyStatusValue } from './survey-definition';
import { SurveyEntity } from './survey.entity';
import { surveyVisibleSql, type SurveyScope } from './survey-visibility';

// Ordinals per bitmap row: 4096 bits, 512 bytes, small enough to stay inline. Written as a
// literal in the statements below (a type modifier such as bit(4096) cannot be a parameter, and
// the divisions keep their plans), as in the migration's survey_rebuild_bitmaps.

export interface AnswerFilterValue {
  questionKey: string;
  anyOf: string[];
}

export interface ResultRows {
  responses: number;
  shown: Map<string, number>;
  /** mean: of the numbers given, read only for NUMBER and SCALE questions. */
  answered: Map<string, { answered: number; mean: number }>;
  tallies: Map<string, Map<string, number>>;
  texts: Map<string, string[]>;
}

export interface ExportRow {
  id: string;
  submittedAt: Date;
  answers: AnswerValue[];
}

interface AnswerRow {
  response_id: string;
  question_key: string;
  option_keys: string[];
  other_text: string | null;
  text: string | null;
  number: number | null;
}

function toAnswer(r: AnswerRow): AnswerValue {
  return {
    questionKey: r.question_key,
    optionKeys: r.option_keys,
    otherText: r.other_text,
    text: r.text,
    number: r.number === null ? null : Number(r.number),
  };
}

@Injectable()
export class SurveysRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  private get surveys() {
    return this.tx.manager().getRepository(SurveyEntity);
  }

  findById(id: string): Promise<SurveyEntity | null> {
    return this.surveys.findOneBy({ id });
  }

  findBySlug(slug: string): Promise<SurveyEntity | null> {
    return this.surveys.findOneBy({ slug });
  }

  /** The surveys the scope may see, newest first. */
  async list(scope: SurveyScope): Promise<SurveyEntity[]> {
    const rows = await this.tx.query<SurveyEntity>(
      sql`SELECT ${this.tx.columnsOf(SurveyEntity, 's')} FROM surveys s
       WHERE ${surveyVisibleSql(scope, 's')} ORDER BY s.created_at DESC, s.id DESC`,
    );
    return rows.map((r) => Object.assign(new SurveyEntity(), r));
  }

  async slugTaken(slug: string, exceptId: string | null): Promise<boolean> {
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT id FROM surveys WHERE slug = ${slug} AND id IS DISTINCT FROM ${exceptId}`,
    );
    return rows.length > 0;
  }

  insert(fields: SurveyFields & { status: SurveyStatusValue }): Promise<SurveyEntity> {
    return this.surveys.save(this.surveys.create(fields));
  }

  async update(id: string, fields: Partial<SurveyFields> & { status?: SurveyStatusValue }): Promise<void> {
    await this.surveys.update({ id }, { ...fields, updatedAt: this.clock.now() });
  }

  /** Submitted responses per survey, for Survey.responseCount (one query per request level). */
  async countSubmitted(surveyIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.tx.query<{ survey_id: string; n: number }>(
      sql`SELECT survey_id, count(*)::int AS n FROM survey_responses
       WHERE survey_id = ANY(${surveyIds}::uuid[]) AND submitted_at IS NOT NULL GROUP BY survey_id`,
    );
    return new Map(rows.map((r) => [r.survey_id, r.n]));
  }

  /** Whether the survey has any response, draft or submitted (its definition is then frozen). */
  async hasResponses(surveyId: string): Promise<boolean> {
    const rows = await this.tx.query<{ one: number }>(
      sql`SELECT 1 AS one FROM survey_responses WHERE survey_id = ${surveyId} LIMIT 1`,
    );
    return rows.length > 0;
  }

  async findPersonResponse(
    surveyId: string,
    personId: string,
  ): Promise<{ id: string; submittedAt: Date | null } | null> {
    const rows = await this.tx.query<{ id: string; submitted_at: Date | null }>(
      sql`SELECT id, submitted_at FROM survey_responses WHERE survey_id = ${surveyId} AND person_id = ${personId}`,
    );
    return rows[0] ? { id: rows[0].id, submittedAt: rows[0].submitted_at } : null;
  }

  async answersOf(responseId: string): Promise<AnswerValue[]> {
    const rows = await this.tx.query<AnswerRow>(
      sql`SELECT response_id, question_key, option_keys, other_text, text, number
       FROM survey_answers WHERE response_id = ${responseId} ORDER BY question_key`,
    );
    return rows.map(toAnswer);
  }

  /**
   * Writes a response and replaces its answers, and keeps the survey's result bitmaps exact in
   * the same transaction. The survey row is locked first (FOR NO KEY UPDATE: answers still take
   * their key-share locks on it), so writers of one survey take turns: a replacement clears the
   * old response's bits before setting the new ones, and nobody's update is lost. A signed-in
   * person has one response per survey; a signed-out one always adds a new response.
   */
  async saveResponse(
    r: { surveyId: string; personId: string | null; submittedAt: Date | null; shownKeys: string[] },
    answers: AnswerValue[],
  ): Promise<{ id: string; submittedAt: Date | null }> {
    // One transaction (the caller's when there is one): the lock lasts until the bits are set.
    return this.tx.run(async () => {
      const [survey] = await this.tx.query<{ next: number }>(
        sql`SELECT next_response_ordinal AS next FROM surveys WHERE id = ${r.surveyId} FOR NO KEY UPDATE`,
      );
      const existing =
        r.personId === null
          ? null
          : (
              await this.tx.query<{ id: string; ordinal: number; submitted_at: Date | null }>(
                sql`SELECT id, ordinal, submitted_at FROM survey_responses WHERE survey_id = ${r.surveyId} AND person_id = ${r.personId}`,
              )
            )[0];
      const submittedAt = r.submittedAt;
      let id: string;
      let ordinal: number;
      if (existing) {
        if (existing.submitted_at) await this.clearBits(existing.id);
        await this.tx.query(
          sql`UPDATE survey_responses SET submitted_at = ${submittedAt}, shown_keys = ${r.shownKeys}, updated_at = now()
           WHERE id = ${existing.id}`,
        );
        [id, ordinal] = [existing.id, existing.ordinal];
      } else {
        const rows = await this.tx.query<{ id: string }>(
          sql`INSERT INTO survey_responses (survey_id, person_id, submitted_at, shown_keys, ordinal)
           VALUES (${r.surveyId}, ${r.personId}, ${submittedAt}, ${r.shownKeys}, ${survey.next}) RETURNING id`,
        );
        await this.tx.query(
          sql`UPDATE surveys SET next_response_ordinal = ${survey.next + 1} WHERE id = ${r.surveyId}`,
        );
        [id, ordinal] = [rows[0].id, survey.next];
      }
      await this.tx.query(sql`DELETE FROM survey_answers WHERE response_id = ${id}`);
      if (answers.length) {
        const rows = JSON.stringify(
          answers.map((a) => ({
            question_key: a.questionKey,
            option_keys: a.optionKeys,
            other_text: a.otherText,
            text: a.text,
            number: a.number,
          })),
        );
        await this.tx.query(
          sql`INSERT INTO survey_answers (response_id, survey_id, submitted_at, response_ordinal, question_key, option_keys,
             other_text, text, number)
           SELECT ${id}, ${r.surveyId}, ${submittedAt}::timestamptz, ${ordinal}, a.question_key, a.option_keys, a.other_text, a.text, a.number
           FROM jsonb_to_recordset(${rows}::jsonb)
             AS a(question_key text, option_keys text[], other_text text, text text, number double precision)`,
        );
      }
      if (submittedAt) await this.setBits(id);
      return { id, submittedAt };
    });
  }

  /** Sets the response's bit in the bitmap of each of its facts (creating the blocks it needs). */
  private async setBits(responseId: string): Promise<void> {
    await this.tx.query(
      sql`INSERT INTO survey_bitmaps (survey_id, fact, block, bits)
       SELECT survey_id, fact, ordinal / 4096, B'1'::bit(4096) >> (ordinal % 4096)
       FROM survey_response_facts WHERE response_id = ${responseId}
       ON CONFLICT (survey_id, fact, block) DO UPDATE SET bits = survey_bitmaps.bits | EXCLUDED.bits`,
    );
  }

  /** Clears the response's bit in the bitmap of each of its facts, before they change. */
  private async clearBits(responseId: string): Promise<void> {
    await this.tx.query(
      sql`UPDATE survey_bitmaps b SET bits = b.bits & ~(B'1'::bit(4096) >> (f.ordinal % 4096))
       FROM survey_response_facts f
       WHERE f.response_id = ${responseId} AND b.survey_id = f.survey_id AND b.fact = f.fact AND b.block = f.ordinal / 4096`,
    );
  }

  /** Recomputes a survey's result bitmaps from its responses (after a repair or a bulk load). */
  async rebuildBitmaps(surveyId: string): Promise<void> {
    await this.tx.query(sql`SELECT survey_rebuild_bitmaps(${surveyId})`);
  }

  /**
   * The counts of the results page, in SQL, from the bitmaps: one bit_count per fact (after
   * ANDing it with the filters' bitmap), so the cost does not grow with the responses. Sums of
   * whole numbers come from their bit slices; a question with any other number is summed from
   * its answers instead. Texts are the newest matching ones per question (at most textsMax
   * each, read by index in order until enough match).
   */
  async results(
    surveyId: string,
    filters: AnswerFilterValue[],
    textKeys: string[],
    textsMax: number,
  ): Promise<ResultRows> {
    let counts = sql`SELECT fact, sum(bit_count(bits))::int AS n FROM survey_bitmaps WHERE survey_id = ${surveyId} GROUP BY fact`;
    // Filtered: m holds the matching responses per block (OR within a filter's options, AND
    // across filters), f the same as one bit string over all ordinals for answer-level reads.
    let matched: Sql = empty;
    let answerMatches: Sql = empty;
    if (filters.length) {
      const facts = filters.flatMap((f) => f.anyOf.map((o) => `o:${f.questionKey}:${o}`));
      const filterIndexes = filters.flatMap((f, i) => f.anyOf.map(() => i));
      matched = sql`WITH fo AS (
          SELECT b.block, x.i, bit_or(b.bits) AS bits
          FROM unnest(${facts}::text[], ${filterIndexes}::int[]) AS x(fact, i)
          JOIN survey_bitmaps b ON b.survey_id = ${surveyId} AND b.fact = x.fact
          GROUP BY b.block, x.i),
        m AS (SELECT block, bit_and(bits) AS bits FROM fo GROUP BY block HAVING count(*) = ${filters.length}::int),
        f AS (
          SELECT string_agg(coalesce(m.bits, B'0'::bit(4096))::text, '' ORDER BY g.block)::varbit AS bits
          FROM generate_series(0, (SELECT max(block) FROM m)) AS g(block) LEFT JOIN m USING (block))`;
      answerMatches = sql`AND CASE WHEN a.response_ordinal < (SELECT length(bits) FROM f)
        THEN get_bit((SELECT bits FROM f), a.response_ordinal) = 1 ELSE false END`;
      counts = sql`${matched} SELECT b.fact, sum(bit_count(b.bits & m.bits))::int AS n
        FROM m JOIN survey_bitmaps b ON b.survey_id = ${surveyId} AND b.block = m.block GROUP BY b.fact`;
    }
    const [factCounts, texts] = await Promise.all([
      this.tx.query<{ fact: string; n: number }>(counts),
      textKeys.length
        ? this.tx.query<{ key: string; t: string }>(
            sql`${matched} SELECT k.key, x.t FROM unnest(${textKeys}::text[]) AS k(key)
             CROSS JOIN LATERAL (
               SELECT coalesce(a.text, a.other_text) AS t, a.submitted_at, a.response_id FROM survey_answers a
               WHERE a.survey_id = ${surveyId} AND a.question_key = k.key AND a.submitted_at IS NOT NULL
                 AND (a.text IS NOT NULL OR a.other_text IS NOT NULL) ${answerMatches}
               ORDER BY a.submitted_at DESC, a.response_id DESC LIMIT ${textsMax}) x
             ORDER BY k.key, x.submitted_at DESC, x.response_id DESC`,
          )
        : Promise.resolve([]),
    ]);
    let responses = 0;
    const shown = new Map<string, number>();
    const answered = new Map<string, number>();
    const tallies = new Map<string, Map<string, number>>();
    // Exact integer sums (counts × 2^k overflow doubles); questions with other numbers apart.
    const sums = new Map<string, bigint>();
    const summedFromAnswers: string[] = [];
    for (const { fact, n: count } of factCounts) {
      // Empty under the filter (or emptied by replacements): as if absent.
      if (count === 0) continue;
      const [kind, key, rest] = fact.split(':');
      if (kind === 'r') responses = count;
      else if (kind === 's') shown.set(key, count);
      else if (kind === 'a') answered.set(key, count);
      else if (kind === 'o') {
        if (!tallies.has(key)) tallies.set(key, new Map());
        tallies.get(key)!.set(rest, count);
      } else if (kind === 'n' || kind === 'm') {
        const term = BigInt(count) << BigInt(rest);
        sums.set(key, (sums.get(key) ?? 0n) + (kind === 'n' ? term : -term));
      } else if (kind === 'x') summedFromAnswers.push(key);
    }
    const means = new Map<string, number>();
    for (const [key, sum] of sums) means.set(key, Number(sum) / answered.get(key)!);
    if (summedFromAnswers.length) {
      const rows = await this.tx.query<{ key: string; s: number; c: number }>(
        sql`${matched} SELECT a.question_key AS key, sum(a.number) AS s, count(*)::int AS c
         FROM survey_answers a
         WHERE a.survey_id = ${surveyId} AND a.question_key = ANY(${summedFromAnswers}::text[])
           AND a.submitted_at IS NOT NULL AND a.number IS NOT NULL ${answerMatches}
         GROUP BY a.question_key`,
      );
      for (const r of rows) means.set(r.key, Number(r.s) / r.c);
    }
    const textMap = new Map<string, string[]>();
    for (const t of texts) {
      if (!textMap.has(t.key)) textMap.set(t.key, []);
      textMap.get(t.key)!.push(t.t);
    }
    return {
      responses,
      shown,
      answered: new Map(
        // Zeros leave no bits: a question answered with numbers but without sums has mean 0.
        [...answered].map(([k, a]) => [k, { answered: a, mean: means.get(k) ?? 0 }]),
      ),
      tallies,
      texts: textMap,
    };
  }

  /** One keyset page of submitted responses with their answers, for the streamed CSV export. */
  async exportPage(surveyId: string, afterId: string | null, limit: number): Promise<ExportRow[]> {
    const responses = await this.tx.query<{ id: string; submitted_at: Date }>(
      sql`SELECT id, submitted_at FROM survey_responses
       WHERE survey_id = ${surveyId} AND submitted_at IS NOT NULL AND (${afterId}::uuid IS NULL OR id > ${afterId}::uuid)
       ORDER BY id LIMIT ${limit}`,
    );
    if (!responses.length) return [];
    const answers = await this.tx.query<AnswerRow>(
      sql`SELECT response_id, question_key, option_keys, other_text, text, number
       FROM survey_answers WHERE response_id = ANY(${responses.map((r) => r.id)}::uuid[])`,
    );
    const byResponse = new Map<string, AnswerValue[]>();
    for (const a of answers) {
      if (!byResponse.has(a.response_id)) byResponse.set(a.response_id, []);
      byResponse.get(a.response_id)!.push(toAnswer(a));
    }
    return responses.map((r) => ({
      id: r.id,
      submittedAt: r.submitted_at,
      answers: byResponse.get(r.id) ?? [],
    }));
  }
}
