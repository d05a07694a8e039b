import { Injectable } from '@nestjs/common';
import {
  ProvidesPersonalData,
  sql,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
  type TransactionContext,
} from '@cop/platform';

/**
 * Surveys' part of one's own data: the responses to surveys that are not anonymous (an
 * anonymous survey's responses are nobody's). Erasure removes the person link of every response:
 * answers, facts and tallies stay, the response becomes anonymous.
 */
@Injectable()
@ProvidesPersonalData()
export class SurveysPersonalData implements PersonalDataProvider {
  readonly name = 'surveys';

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const responses = await tx.query<{ id: string }>(
      sql`SELECT r.id, s.slug AS survey, s.title AS "surveyTitle", r.submitted_at AS "submittedAt",
                 r.created_at AS "createdAt", r.updated_at AS "updatedAt"
          FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
          WHERE r.person_id = ${personId} AND NOT s.anonymous ORDER BY r.created_at, r.id`,
    );
    const answers = responses.length
      ? await tx.query<{ responseId: string }>(
          sql`SELECT response_id AS "responseId", question_key AS question, option_keys AS options,
                     other_text AS "otherText", text, number
              FROM survey_answers WHERE response_id = ANY(${responses.map((r) => r.id)}::uuid[])
              ORDER BY question_key`,
        )
      : [];
    return {
      data: {
        responses: responses.map((r) => ({
          ...r,
          answers: answers.filter((a) => a.responseId === r.id).map(({ responseId: _, ...a }) => a),
        })),
      },
    };
  }

  async erase({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    await tx.query(sql`UPDATE survey_responses SET person_id = NULL WHERE person_id = ${personId}`);
  }
}
