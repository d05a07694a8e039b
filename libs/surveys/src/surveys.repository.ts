import { Injectable } from '@nestjs/common';
import { Clock, TransactionContext } from '@cop/platform';
import type { AnswerValue, SurveyFields, SurveyStatusValue } from './survey-definition';
import { SurveyEntity } from './survey.entity';
import { surveyVisibleSql, type SurveyScope } from './survey-visibility';

/** Ordinals per bitmap row: 4096 bits, 512 bytes, small enough to stay inline. */
const BLOCK = 4096;

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

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.tx.manager().query(sql, params);
  }

  findById(id: string): Promise<SurveyEntity | null> {
    return this.surveys.findOneBy({ id });
  }

  findBySlug(slug: string): Promise<SurveyEntity | null> {
    return this.surveys.findOneBy({ slug });
  }

  /** The surveys the scope may see, newest first. */
  list(scope: SurveyScope): Promise<SurveyEntity[]> {
    return this.surveys
      .createQueryBuilder('s')
      .where(surveyVisibleSql(scope, 's'))
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
  }

  async slugTaken(slug: string, exceptId: string | null): Promise<boolean> {
    const rows = await this.query<{ id: string }>(
      `SELECT id FROM surveys WHERE slug = $1 AND id IS DISTINCT FROM $2`,
      [slug, exceptId],
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
    const rows = await this.query<{ survey_id: string; n: number }>(
      `SELECT survey_id, count(*)::int AS n FROM survey_responses
       WHERE survey_id = ANY($1::uuid[]) AND submitted_at IS NOT NULL GROUP BY survey_id`,
      [surveyIds],
    );
    return new Map(rows.map((r) => [r.survey_id, r.n]));
  }

  /** Whether the survey has any response, draft or submitted (its definition is then frozen). */
  async hasResponses(surveyId: string): Promise<boolean> {
    const rows = await this.query(`SELECT 1 FROM survey_responses WHERE survey_id = $1 LIMIT 1`, [surveyId]);
    return rows.length > 0;
  }

  async findPersonResponse(
    surveyId: string,
    personId: string,
  ): Promise<{ id: string; submittedAt: Date | null } | null> {
    const rows = await this.query<{ id: string; submitted_at: Date | null }>(
      `SELECT id, submitted_at FROM survey_responses WHERE survey_id = $1 AND person_id = $2`,
      [surveyId, personId],
    );
    return rows[0] ? { id: rows[0].id, submittedAt: rows[0].submitted_at } : null;
  }

  async answersOf(responseId: string): Promise<AnswerValue[]> {
    const rows = await this.query<AnswerRow>(
      `SELECT response_id, question_key, option_keys, other_text, text, number
       FROM survey_answers WHERE response_id = $1 ORDER BY question_key`,
      [responseId],
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
      const [survey] = await this.query<{ next: number }>(
        `SELECT next_response_ordinal AS next FROM surveys WHERE id = $1 FOR NO KEY UPDATE`,
        [r.surveyId],
      );
      const existing =
        r.personId === null
          ? null
          : (
              await this.query<{ id: string; ordinal: number; submitted_at: Date | null }>(
                `SELECT id, ordinal, submitted_at FROM survey_responses WHERE survey_id = $1 AND person_id = $2`,
                [r.surveyId, r.personId],
              )
            )[0];
      const submittedAt = r.submittedAt;
      let id: string;
      let ordinal: number;
      if (existing) {
        if (existing.submitted_at) await this.clearBits(existing.id);
        await this.query(
          `UPDATE survey_responses SET submitted_at = $2, shown_keys = $3, updated_at = now() WHERE id = $1`,
          [existing.id, submittedAt, r.shownKeys],
        );
        [id, ordinal] = [existing.id, existing.ordinal];
      } else {
        const rows = await this.query<{ id: string }>(
          `INSERT INTO survey_responses (survey_id, person_id, submitted_at, shown_keys, ordinal)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [r.surveyId, r.personId, submittedAt, r.shownKeys, survey.next],
        );
        await this.query(`UPDATE surveys SET next_response_ordinal = $2 WHERE id = $1`, [
          r.surveyId,
          survey.next + 1,
        ]);
        [id, ordinal] = [rows[0].id, survey.next];
      }
      await this.query(`DELETE FROM survey_answers WHERE response_id = $1`, [id]);
      if (answers.length) {
        await this.query(
          `INSERT INTO survey_answers (response_id, survey_id, submitted_at, response_ordinal, question_key, option_keys,
             other_text, text, number)
           SELECT $1, $2, $4::timestamptz, $5, a.question_key, a.option_keys, a.other_text, a.text, a.number
           FROM jsonb_to_recordset($3::jsonb)
             AS a(question_key text, option_keys text[], other_text text, text text, number double precision)`,
          [
            id,
            r.surveyId,
            JSON.stringify(
              answers.map((a) => ({
                question_key: a.questionKey,
                option_keys: a.optionKeys,
                other_text: a.otherText,
                text: a.text,
                number: a.number,
              })),
            ),
            submittedAt,
            ordinal,
          ],
        );
      }
      if (submittedAt) await this.setBits(id);
      return { id, submittedAt };
    });
  }

  /** Sets the response's bit in the bitmap of each of its facts (creating the blocks it needs). */
  private async setBits(responseId: string): Promise<void> {
    await this.query(
      `INSERT INTO survey_bitmaps (survey_id, fact, block, bits)
       SELECT survey_id, fact, ordinal / ${BLOCK}, B'1'::bit(${BLOCK}) >> (ordinal % ${BLOCK})
       FROM survey_response_facts WHERE response_id = $1
       ON CONFLICT (survey_id, fact, block) DO UPDATE SET bits = survey_bitmaps.bits | EXCLUDED.bits`,
      [responseId],
    );
  }

  /** Clears the response's bit in the bitmap of each of its facts, before they change. */
  private async clearBits(responseId: string): Promise<void> {
    await this.query(
      `UPDATE survey_bitmaps b SET bits = b.bits & ~(B'1'::bit(${BLOCK}) >> (f.ordinal % ${BLOCK}))
       FROM survey_response_facts f
       WHERE f.response_id = $1 AND b.survey_id = f.survey_id AND b.fact = f.fact AND b.block = f.ordinal / ${BLOCK}`,
      [responseId],
    );
  }

  /** Recomputes a survey's result bitmaps from its responses (after a repair or a bulk load). */
  async rebuildBitmaps(surveyId: string): Promise<void> {
    await this.query(`SELECT survey_rebuild_bitmaps($1)`, [surveyId]);
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
    const params: unknown[] = [surveyId];
    let counts = `SELECT fact, sum(bit_count(bits))::int AS n FROM survey_bitmaps WHERE survey_id = $1 GROUP BY fact`;
    // Filtered: m holds the matching responses per block (OR within a filter's options, AND
    // across filters), f the same as one bit string over all ordinals for answer-level reads.
    let matched = '';
    let answerMatches = '';
    if (filters.length) {
      params.push(
        filters.flatMap((f) => f.anyOf.map((o) => `o:${f.questionKey}:${o}`)),
        filters.flatMap((f, i) => f.anyOf.map(() => i)),
        filters.length,
      );
      matched = `WITH fo AS (
          SELECT b.block, x.i, bit_or(b.bits) AS bits
          FROM unnest($2::text[], $3::int[]) AS x(fact, i)
          JOIN survey_bitmaps b ON b.survey_id = $1 AND b.fact = x.fact
          GROUP BY b.block, x.i),
        m AS (SELECT block, bit_and(bits) AS bits FROM fo GROUP BY block HAVING count(*) = $4::int),
        f AS (
          SELECT string_agg(coalesce(m.bits, B'0'::bit(${BLOCK}))::text, '' ORDER BY g.block)::varbit AS bits
          FROM generate_series(0, (SELECT max(block) FROM m)) AS g(block) LEFT JOIN m USING (block))`;
      answerMatches = `AND CASE WHEN a.response_ordinal < (SELECT length(bits) FROM f)
        THEN get_bit((SELECT bits FROM f), a.response_ordinal) = 1 ELSE false END`;
      counts = `${matched} SELECT b.fact, sum(bit_count(b.bits & m.bits))::int AS n
        FROM m JOIN survey_bitmaps b ON b.survey_id = $1 AND b.block = m.block GROUP BY b.fact`;
    }
    const n = params.length;
    const [factCounts, texts] = await Promise.all([
      this.query<{ fact: string; n: number }>(counts, params),
      textKeys.length
        ? this.query<{ key: string; t: string }>(
            `${matched} SELECT k.key, x.t FROM unnest($${n + 1}::text[]) AS k(key)
             CROSS JOIN LATERAL (
               SELECT coalesce(a.text, a.other_text) AS t, a.submitted_at, a.response_id FROM survey_answers a
               WHERE a.survey_id = $1 AND a.question_key = k.key AND a.submitted_at IS NOT NULL
                 AND (a.text IS NOT NULL OR a.other_text IS NOT NULL) ${answerMatches}
               ORDER BY a.submitted_at DESC, a.response_id DESC LIMIT $${n + 2}) x
             ORDER BY k.key, x.submitted_at DESC, x.response_id DESC`,
            [...params, textKeys, textsMax],
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
      const rows = await this.query<{ key: string; s: number; c: number }>(
        `${matched} SELECT a.question_key AS key, sum(a.number) AS s, count(*)::int AS c
         FROM survey_answers a
         WHERE a.survey_id = $1 AND a.question_key = ANY($${n + 1}::text[])
           AND a.submitted_at IS NOT NULL AND a.number IS NOT NULL ${answerMatches}
         GROUP BY a.question_key`,
        [...params, summedFromAnswers],
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
    const responses = await this.query<{ id: string; submitted_at: Date }>(
      `SELECT id, submitted_at FROM survey_responses
       WHERE survey_id = $1 AND submitted_at IS NOT NULL AND ($2::uuid IS NULL OR id > $2::uuid)
       ORDER BY id LIMIT $3`,
      [surveyId, afterId, limit],
    );
    if (!responses.length) return [];
    const answers = await this.query<AnswerRow>(
      `SELECT response_id, question_key, option_keys, other_text, text, number
       FROM survey_answers WHERE response_id = ANY($1::uuid[])`,
      [responses.map((r) => r.id)],
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
