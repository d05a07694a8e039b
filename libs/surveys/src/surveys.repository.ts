import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@cop/platform';
import type { AnswerValue, SurveyFields, SurveyStatusValue } from './survey-definition';
import { SurveyEntity } from './survey.entity';

export interface AnswerFilterValue {
  questionKey: string;
  anyOf: string[];
}

export interface ResultRows {
  responses: number;
  shown: Map<string, number>;
  answered: Map<string, { answered: number; mean: number | null }>;
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
  constructor(private readonly tx: TransactionContext) {}

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

  /** Newest first; DRAFT ones only when asked. */
  list(includeDrafts: boolean): Promise<SurveyEntity[]> {
    const q = this.surveys.createQueryBuilder('s').orderBy('s.created_at', 'DESC').addOrderBy('s.id', 'DESC');
    if (!includeDrafts) q.where(`s.status <> 'DRAFT'`);
    return q.getMany();
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
    await this.surveys.update({ id }, { ...fields, updatedAt: new Date() });
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
   * Writes a response and replaces its answers. A signed-in person has one response per survey
   * (upserted on the partial unique key); a signed-out one always adds a new response.
   */
  async saveResponse(
    r: { surveyId: string; personId: string | null; submittedAt: Date | null; shownKeys: string[] },
    answers: AnswerValue[],
  ): Promise<{ id: string; submittedAt: Date | null }> {
    const rows = await this.query<{ id: string; submitted_at: Date | null }>(
      r.personId === null
        ? `INSERT INTO survey_responses (survey_id, person_id, submitted_at, shown_keys)
           VALUES ($1, NULL, $2, $3) RETURNING id, submitted_at`
        : `INSERT INTO survey_responses (survey_id, person_id, submitted_at, shown_keys)
           VALUES ($1, $4, $2, $3)
           ON CONFLICT (survey_id, person_id) WHERE person_id IS NOT NULL
           DO UPDATE SET submitted_at = EXCLUDED.submitted_at, shown_keys = EXCLUDED.shown_keys, updated_at = now()
           RETURNING id, submitted_at`,
      r.personId === null
        ? [r.surveyId, r.submittedAt, r.shownKeys]
        : [r.surveyId, r.submittedAt, r.shownKeys, r.personId],
    );
    const id = rows[0].id;
    await this.query(`DELETE FROM survey_answers WHERE response_id = $1`, [id]);
    if (answers.length) {
      await this.query(
        `INSERT INTO survey_answers (response_id, survey_id, submitted_at, question_key, option_keys, other_text, text, number)
         SELECT $1, $2, $4::timestamptz, a.question_key, a.option_keys, a.other_text, a.text, a.number
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
          rows[0].submitted_at,
        ],
      );
    }
    return { id, submittedAt: rows[0].submitted_at };
  }

  /**
   * The counts of the results page, in SQL: submitted responses (matching every filter), how
   * many were shown each question (grouped by shown set first), answers grouped by question and
   * chosen option set in one pass (the service folds these few groups into tallies and means),
   * and the newest texts of the given questions (at most textsMax each, read by index).
   */
  async results(
    surveyId: string,
    filters: AnswerFilterValue[],
    textKeys: string[],
    textsMax: number,
  ): Promise<ResultRows> {
    const params: unknown[] = [surveyId];
    const conditions = filters.map((f) => {
      params.push(f.questionKey, f.anyOf);
      return `AND EXISTS (SELECT 1 FROM survey_answers f WHERE f.response_id = sr.id
                AND f.survey_id = $1 AND f.question_key = $${params.length - 1} AND f.option_keys && $${params.length}::text[])`;
    });
    const base = `WITH r AS (
      SELECT sr.id, sr.shown_keys FROM survey_responses sr
      WHERE sr.survey_id = $1 AND sr.submitted_at IS NOT NULL ${conditions.join(' ')})`;
    // Without filters every submitted answer counts: no need to join the responses.
    const inFiltered = filters.length ? 'AND a.response_id IN (SELECT id FROM r)' : '';
    const n = params.length;
    const [count, shown, groups, texts] = await Promise.all([
      this.query<{ n: number }>(`${base} SELECT count(*)::int AS n FROM r`, params),
      this.query<{ key: string; n: number }>(
        `${base} SELECT k AS key, sum(g.n)::int AS n
         FROM (SELECT shown_keys, count(*) AS n FROM r GROUP BY shown_keys) g
         CROSS JOIN LATERAL unnest(g.shown_keys) AS k GROUP BY k`,
        params,
      ),
      this.query<{ key: string; options: string[]; n: number; s: number | null; c: number }>(
        `${filters.length ? base : ''} SELECT a.question_key AS key, a.option_keys AS options, count(*)::int AS n,
           sum(a.number) AS s, count(a.number)::int AS c
         FROM survey_answers a WHERE a.survey_id = $1 AND a.submitted_at IS NOT NULL ${inFiltered}
         GROUP BY a.question_key, a.option_keys`,
        params,
      ),
      textKeys.length
        ? this.query<{ key: string; t: string }>(
            `${filters.length ? base : ''} SELECT k.key, x.t FROM unnest($${n + 1}::text[]) AS k(key)
             CROSS JOIN LATERAL (
               SELECT coalesce(a.text, a.other_text) AS t, a.submitted_at, a.response_id FROM survey_answers a
               WHERE a.survey_id = $1 AND a.question_key = k.key AND a.submitted_at IS NOT NULL
                 AND (a.text IS NOT NULL OR a.other_text IS NOT NULL) ${inFiltered}
               ORDER BY a.submitted_at DESC, a.response_id DESC LIMIT $${n + 2}) x
             ORDER BY k.key, x.submitted_at DESC, x.response_id DESC`,
            [...params, textKeys, textsMax],
          )
        : Promise.resolve([]),
    ]);
    const answered = new Map<string, { answered: number; sum: number; numbers: number }>();
    const tallyMap = new Map<string, Map<string, number>>();
    for (const g of groups) {
      const a = answered.get(g.key) ?? { answered: 0, sum: 0, numbers: 0 };
      a.answered += g.n;
      a.sum += g.s === null ? 0 : Number(g.s);
      a.numbers += g.c;
      answered.set(g.key, a);
      if (!tallyMap.has(g.key)) tallyMap.set(g.key, new Map());
      const t = tallyMap.get(g.key)!;
      for (const o of g.options) t.set(o, (t.get(o) ?? 0) + g.n);
    }
    const textMap = new Map<string, string[]>();
    for (const t of texts) {
      if (!textMap.has(t.key)) textMap.set(t.key, []);
      textMap.get(t.key)!.push(t.t);
    }
    return {
      responses: count[0]?.n ?? 0,
      shown: new Map(shown.map((s) => [s.key, s.n])),
      answered: new Map(
        [...answered].map(([k, a]) => [
          k,
          { answered: a.answered, mean: a.numbers ? a.sum / a.numbers : null },
        ]),
      ),
      tallies: tallyMap,
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
